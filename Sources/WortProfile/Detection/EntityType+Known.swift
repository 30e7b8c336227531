// The entity types Wort detects. DataBrew's names where DataBrew has the type (its
// documented list has no country-specific non-US types and no secrets); Wort's own
// names otherwise.
extension EntityType {
    // DataBrew's types (USA_ALL is all of these except PERSON_NAME and DATE).
    public static let email = EntityType("EMAIL")
    public static let phoneNumber = EntityType("PHONE_NUMBER")
    public static let creditCard = EntityType("CREDIT_CARD")
    public static let usaSSN = EntityType("USA_SSN")
    public static let usaITIN = EntityType("USA_ITIN")
    public static let usaPassportNumber = EntityType("USA_PASSPORT_NUMBER")
    public static let usaDrivingLicense = EntityType("USA_DRIVING_LICENSE")
    public static let bankAccount = EntityType("BANK_ACCOUNT")
    public static let ipAddress = EntityType("IP_ADDRESS")
    public static let macAddress = EntityType("MAC_ADDRESS")
    public static let personName = EntityType("PERSON_NAME")
    /// Dates that are personal data: birth dates (a column needs a birth hint).
    public static let date = EntityType("DATE")
    public static let usaDEANumber = EntityType("USA_DEA_NUMBER")
    public static let usaNPI = EntityType("USA_NATIONAL_PROVIDER_IDENTIFIER")
    public static let usaMBI = EntityType("USA_MEDICARE_BENEFICIARY_IDENTIFIER")
    public static let usaHICN = EntityType("USA_HEALTH_INSURANCE_CLAIM_NUMBER")
    public static let usaNDC = EntityType("USA_NATIONAL_DRUG_CODE")
    public static let usaHCPCS = EntityType("USA_HCPCS_CODE")
    public static let usaCPT = EntityType("USA_CPT_CODE")
    // Wort's own.
    public static let iban = EntityType("IBAN")
    public static let url = EntityType("URL")
    /// Street addresses (US/UK style "123 Main St" and Korean road/lot addresses).
    public static let address = EntityType("ADDRESS")
    /// Korean resident registration number (주민등록번호).
    public static let krRRN = EntityType("KR_RRN")
    /// Korean business registration number (사업자등록번호).
    public static let krBRN = EntityType("KR_BRN")
    /// Bitcoin (base58check, bech32/bech32m) and Ethereum addresses.
    public static let crypto = EntityType("CRYPTO")
    /// AWS access key ids (AKIA..., ASIA..., ...).
    public static let awsAccessKey = EntityType("AWS_ACCESS_KEY")
    /// AWS secret access keys (40 base64 characters; only next to a hint).
    public static let awsSecretKey = EntityType("AWS_SECRET_KEY")
    /// Other credentials: GitHub and Slack tokens, PEM private keys, JWTs.
    public static let secret = EntityType("SECRET")
}
