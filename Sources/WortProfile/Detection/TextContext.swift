/// Context words for free text: words near a candidate that make it more likely to be
/// the entity ("SSN: 078-05-1120", "call me at 4258829090", "주민등록번호 ..."). Weak
/// patterns (bare digit strings, passport and account numbers) are reported only with
/// such a word nearby; strong ones score higher with it.
enum TextContext {
    /// English words, lowercase, compared with whole words in a window before the
    /// candidate (and a couple after).
    static let words: [EntityType: Set<String>] = [
        .email: ["email", "e-mail", "mail", "address", "contact"],
        .phoneNumber: ["phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact", "number", "phone#", "ph", "text", "whatsapp"],
        .creditCard: ["card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc", "payment"],
        .usaSSN: ["ssn", "ssns", "social", "security", "ss#", "ssn#", "ssid"],
        .usaITIN: ["itin", "taxpayer", "tax", "individual", "tin"],
        .usaPassportNumber: ["passport", "passport#", "travel", "document"],
        .usaDrivingLicense: ["driver", "driver's", "drivers", "driving", "license", "licence", "dl", "lic", "permit"],
        .bankAccount: ["account", "acct", "bank", "banking", "routing", "checking", "savings", "debit", "deposit"],
        .ipAddress: ["ip", "ipv4", "ipv6", "address", "host", "server", "client", "from"],
        .macAddress: ["mac", "ethernet", "hardware", "device"],
        .personName: ["name", "mr", "mrs", "ms", "dr", "miss", "named", "called", "dear", "patient", "customer"],
        .date: ["born", "birth", "birthday", "dob", "birthdate", "date"],
        .usaDEANumber: ["dea", "registration", "prescriber"],
        .usaNPI: ["npi", "provider", "national"],
        .usaMBI: ["mbi", "medicare", "beneficiary"],
        .usaHICN: ["hicn", "medicare", "claim", "hic"],
        .usaNDC: ["ndc", "drug", "national"],
        .usaHCPCS: ["hcpcs", "procedure", "code", "billing"],
        .usaCPT: ["cpt", "procedure", "code", "billing"],
        .iban: ["iban", "account", "bank", "transfer", "wire"],
        .url: ["url", "link", "site", "website", "visit", "page"],
        .address: ["address", "live", "lives", "located", "street", "ship", "mail"],
        .krRRN: ["rrn", "resident", "registration"],
        .krBRN: ["brn", "business", "registration"],
        .crypto: ["wallet", "bitcoin", "btc", "eth", "ethereum", "crypto", "address", "send"],
        .awsAccessKey: ["aws", "access", "key", "akid", "aws_access_key_id"],
        .awsSecretKey: ["secret", "aws", "aws_secret_access_key", "secret_access_key", "key"],
        .secret: ["token", "secret", "key", "password", "bearer", "api", "authorization"],
    ]

    /// Korean context, matched as substrings (particles attach to words: "주민번호는").
    static let korean: [EntityType: [String]] = [
        .email: ["이메일", "메일"],
        .phoneNumber: ["전화", "휴대폰", "핸드폰", "연락처", "번호"],
        .creditCard: ["카드"],
        .usaPassportNumber: ["여권"],
        .usaDrivingLicense: ["면허"],
        .bankAccount: ["계좌", "은행"],
        .personName: ["이름", "성명", "성함", "님"],
        .date: ["생년월일", "생일", "출생", "태어"],
        .address: ["주소", "거주"],
        .krRRN: ["주민등록번호", "주민번호", "주민"],
        .krBRN: ["사업자등록번호", "사업자"],
        .crypto: ["지갑", "비트코인"],
        .secret: ["토큰", "비밀"],
    ]
}
