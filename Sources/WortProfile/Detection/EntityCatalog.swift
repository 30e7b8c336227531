/// Every entity type Wort detects, in one fixed order (the bit order of
/// `EntitySelection`), and the group names.
enum EntityCatalog {
    static let all: [EntityType] = [
        .email, .phoneNumber, .creditCard, .usaSSN, .usaITIN, .usaPassportNumber,
        .usaDrivingLicense, .bankAccount, .ipAddress, .macAddress, .personName, .date,
        .usaDEANumber, .usaNPI, .usaMBI, .usaHICN, .usaNDC, .usaHCPCS, .usaCPT,
        .iban, .url, .address, .krRRN, .krBRN, .crypto, .awsAccessKey, .awsSecretKey, .secret,
    ]

    /// DataBrew's group: all of its types except PERSON_NAME and DATE.
    static let usaAll: [EntityType] = [
        .usaSSN, .email, .usaITIN, .usaPassportNumber, .phoneNumber, .usaDrivingLicense,
        .bankAccount, .creditCard, .ipAddress, .macAddress, .usaDEANumber, .usaHCPCS,
        .usaNPI, .usaNDC, .usaHICN, .usaMBI, .usaCPT,
    ]

    static let groups: [String: [EntityType]] = [
        "USA_ALL": usaAll,
        "ALL": all,
        "KR_ALL": [.krRRN, .krBRN],
        "SECRETS": [.awsAccessKey, .awsSecretKey, .secret],
    ]

    static let validNames: [String] = all.map(\.rawValue) + groups.keys.sorted()

    static func index(of e: EntityType) -> Int? { indexByName[e.rawValue] }

    private static let indexByName: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, e) in all.enumerated() { d[e.rawValue] = i }
        return d
    }()
}
