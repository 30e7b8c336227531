/// One entity's detector: its prefilter, its matcher, and how to weigh its matches.
struct Detector: Sendable {
    var entity: EntityType
    /// Cheap test on the value's `ValueShape`; false means `match` cannot succeed.
    var possible: @Sendable (ValueShape) -> Bool
    /// `Match.none`, `.weak` or `.strong` for a whole (trimmed) value.
    var match: @Sendable (Bytes) -> UInt8
    /// The pattern proves nothing alone (any 9 digits could be a passport): a column
    /// needs a name hint, free text a context word.
    var needsHint = false
    /// Matches are mostly `weak` by nature (name shape, dates, addresses): with a hint
    /// the column passes at a lower share (`ColumnEntityDetector.hintedShareFactor`).
    var lowerShareWithHint = false
    /// Without a hint, at least this share of the matches must be strong (formatted
    /// numbers rather than bare digits, names from the common-name list).
    var strongShareWithoutHint = 0.0
    /// How much one match says, 0...1 (checksums high, shapes low); feeds confidence
    /// and text scores.
    var strength: Double
    /// Tie-break between entities with the same share: the more specific wins.
    var specificity: Int
    /// Free text: how many whitespace-separated tokens a match may span.
    var maxTokens = 1
}

/// All detectors, in `EntityCatalog.all` order: the one place that lists them.
enum DetectorRegistry {
    /// `detectors[i].possible` and `.match` without the closure calls: the hot loop of
    /// `ColumnEntityDetector` calls these (a closure call retains and releases its
    /// context, which cost more than most prefilters).
    @inline(__always)
    static func possible(_ i: Int, _ s: ValueShape) -> Bool {
        switch i {
        case 0: EmailDetector.possible(s)
        case 1: PhoneDetector.possible(s)
        case 2: CreditCardDetector.possible(s)
        case 3: SSNDetector.possible(s)
        case 4: ITINDetector.possible(s)
        case 5: PassportDetector.possible(s)
        case 6: DrivingLicenseDetector.possible(s)
        case 7: BankAccountDetector.possible(s)
        case 8: IPAddressDetector.possible(s)
        case 9: MACAddressDetector.possible(s)
        case 10: PersonNameDetector.possible(s)
        case 11: DateDetector.possible(s)
        case 12: DEANumberDetector.possible(s)
        case 13: NPIDetector.possible(s)
        case 14: MBIDetector.possible(s)
        case 15: HICNDetector.possible(s)
        case 16: NDCDetector.possible(s)
        case 17: HCPCSDetector.possible(s)
        case 18: CPTDetector.possible(s)
        case 19: IBANDetector.possible(s)
        case 20: URLDetector.possible(s)
        case 21: AddressDetector.possible(s)
        case 22: KRRRNDetector.possible(s)
        case 23: KRBRNDetector.possible(s)
        case 24: CryptoDetector.possible(s)
        case 25: AWSAccessKeyDetector.possible(s)
        case 26: AWSSecretKeyDetector.possible(s)
        case 27: SecretTokenDetector.possible(s)
        default: false
        }
    }

    @inline(__always)
    static func match(_ i: Int, _ b: Bytes) -> UInt8 {
        switch i {
        case 0: EmailDetector.match(b)
        case 1: PhoneDetector.match(b)
        case 2: CreditCardDetector.match(b)
        case 3: SSNDetector.match(b)
        case 4: ITINDetector.match(b)
        case 5: PassportDetector.match(b)
        case 6: DrivingLicenseDetector.match(b)
        case 7: BankAccountDetector.match(b)
        case 8: IPAddressDetector.match(b)
        case 9: MACAddressDetector.match(b)
        case 10: PersonNameDetector.match(b)
        case 11: DateDetector.match(b)
        case 12: DEANumberDetector.match(b)
        case 13: NPIDetector.match(b)
        case 14: MBIDetector.match(b)
        case 15: HICNDetector.match(b)
        case 16: NDCDetector.match(b)
        case 17: HCPCSDetector.match(b)
        case 18: CPTDetector.match(b)
        case 19: IBANDetector.match(b)
        case 20: URLDetector.match(b)
        case 21: AddressDetector.match(b)
        case 22: KRRRNDetector.match(b)
        case 23: KRBRNDetector.match(b)
        case 24: CryptoDetector.match(b)
        case 25: AWSAccessKeyDetector.match(b)
        case 26: AWSSecretKeyDetector.match(b)
        case 27: SecretTokenDetector.match(b)
        default: Match.none
        }
    }

    static let detectors: [Detector] = {
        let list: [Detector] = [
            Detector(entity: .email, possible: EmailDetector.possible, match: EmailDetector.match, strength: 0.95, specificity: 9),
            Detector(entity: .phoneNumber, possible: PhoneDetector.possible, match: PhoneDetector.match,
                     strongShareWithoutHint: 0.2, strength: 0.7, specificity: 5, maxTokens: 5),
            Detector(entity: .creditCard, possible: CreditCardDetector.possible, match: CreditCardDetector.match, strength: 0.95, specificity: 9, maxTokens: 5),
            Detector(entity: .usaSSN, possible: SSNDetector.possible, match: SSNDetector.match,
                     strongShareWithoutHint: 0.2, strength: 0.8, specificity: 7, maxTokens: 3),
            Detector(entity: .usaITIN, possible: ITINDetector.possible, match: ITINDetector.match,
                     strongShareWithoutHint: 0.2, strength: 0.85, specificity: 8, maxTokens: 3),
            Detector(entity: .usaPassportNumber, possible: PassportDetector.possible, match: PassportDetector.match,
                     needsHint: true, strength: 0.3, specificity: 2),
            Detector(entity: .usaDrivingLicense, possible: DrivingLicenseDetector.possible, match: DrivingLicenseDetector.match,
                     needsHint: true, strength: 0.3, specificity: 1),
            Detector(entity: .bankAccount, possible: BankAccountDetector.possible, match: BankAccountDetector.match,
                     needsHint: true, strength: 0.3, specificity: 1),
            Detector(entity: .ipAddress, possible: IPAddressDetector.possible, match: IPAddressDetector.match, strength: 0.9, specificity: 8),
            Detector(entity: .macAddress, possible: MACAddressDetector.possible, match: MACAddressDetector.match, strength: 0.95, specificity: 9),
            Detector(entity: .personName, possible: PersonNameDetector.possible, match: PersonNameDetector.match,
                     lowerShareWithHint: true, strongShareWithoutHint: 0.5, strength: 0.5, specificity: 1, maxTokens: 3),
            Detector(entity: .date, possible: DateDetector.possible, match: DateDetector.match,
                     needsHint: true, lowerShareWithHint: true, strength: 0.6, specificity: 3, maxTokens: 4),
            Detector(entity: .usaDEANumber, possible: DEANumberDetector.possible, match: DEANumberDetector.match, strength: 0.9, specificity: 9),
            Detector(entity: .usaNPI, possible: NPIDetector.possible, match: NPIDetector.match, strength: 0.6, specificity: 4),
            Detector(entity: .usaMBI, possible: MBIDetector.possible, match: MBIDetector.match, strength: 0.9, specificity: 9),
            Detector(entity: .usaHICN, possible: HICNDetector.possible, match: HICNDetector.match,
                     strongShareWithoutHint: 0.5, strength: 0.7, specificity: 7),
            Detector(entity: .usaNDC, possible: NDCDetector.possible, match: NDCDetector.match,
                     strongShareWithoutHint: 0.5, strength: 0.6, specificity: 4),
            Detector(entity: .usaHCPCS, possible: HCPCSDetector.possible, match: HCPCSDetector.match,
                     needsHint: true, strength: 0.4, specificity: 3),
            Detector(entity: .usaCPT, possible: CPTDetector.possible, match: CPTDetector.match,
                     needsHint: true, strength: 0.3, specificity: 2),
            Detector(entity: .iban, possible: IBANDetector.possible, match: IBANDetector.match, strength: 0.95, specificity: 10, maxTokens: 9),
            Detector(entity: .url, possible: URLDetector.possible, match: URLDetector.match,
                     strongShareWithoutHint: 0.5, strength: 0.85, specificity: 6),
            Detector(entity: .address, possible: AddressDetector.possible, match: AddressDetector.match,
                     lowerShareWithHint: true, strength: 0.7, specificity: 5, maxTokens: 8),
            Detector(entity: .krRRN, possible: KRRRNDetector.possible, match: KRRRNDetector.match,
                     strongShareWithoutHint: 0.2, strength: 0.9, specificity: 9, maxTokens: 2),
            Detector(entity: .krBRN, possible: KRBRNDetector.possible, match: KRBRNDetector.match,
                     strongShareWithoutHint: 0.5, strength: 0.8, specificity: 8),
            Detector(entity: .crypto, possible: CryptoDetector.possible, match: CryptoDetector.match, strength: 0.95, specificity: 10),
            Detector(entity: .awsAccessKey, possible: AWSAccessKeyDetector.possible, match: AWSAccessKeyDetector.match, strength: 0.95, specificity: 10),
            Detector(entity: .awsSecretKey, possible: AWSSecretKeyDetector.possible, match: AWSSecretKeyDetector.match,
                     needsHint: true, strength: 0.4, specificity: 3),
            Detector(entity: .secret, possible: SecretTokenDetector.possible, match: SecretTokenDetector.match, strength: 0.95, specificity: 10,
                     maxTokens: 5),
        ]
        precondition(list.map(\.entity) == EntityCatalog.all, "DetectorRegistry must follow EntityCatalog.all")
        // The switches above must agree with the list (checked by DetectorRegistryTests).
        return list
    }()
}
