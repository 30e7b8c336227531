/// Column-name hints: words in a column's name (English and Korean) that point at an
/// entity. A hint raises confidence, breaks ties, lets the weak-pattern entities
/// (PERSON_NAME, DATE, ADDRESS) pass with a lower share, and is required for entities
/// whose pattern alone proves nothing (passport, license, bank account, CPT, ...).
/// A hint alone never flags a column: the values must match too.
enum ColumnNameHints {
    /// The entities the column name `name` hints at, as `EntitySelection` bits.
    static func hints(for name: String) -> UInt64 {
        let words = split(name)
        let joined = words.joined()
        var bits: UInt64 = 0
        for (entity, rule) in rules {
            guard let i = EntityCatalog.index(of: entity) else { continue }
            if rule.matches(words: words, joined: joined, raw: name) { bits |= 1 << UInt64(i) }
        }
        return bits
    }

    struct Rule {
        /// Whole words ("ip" must not hit "zip" or "recipient").
        var words: Set<String> = []
        /// Substrings of the name with separators removed ("emailaddress", "phonenumber").
        var parts: [String] = []
        /// Substrings of the raw name (Korean has no word separators: "휴대폰번호").
        var korean: [String] = []
        /// Words that cancel the hint ("product_name" is no person's name, "ip_address"
        /// no street address).
        var veto: Set<String> = []

        func matches(words w: [String], joined: String, raw: String) -> Bool {
            if w.contains(where: veto.contains) { return false }
            if w.contains(where: words.contains) { return true }
            if parts.contains(where: joined.contains) { return true }
            return korean.contains(where: raw.contains)
        }
    }

    /// Lowercased words of a name: split at non-alphanumerics and camelCase humps.
    static func split(_ name: String) -> [String] {
        var words: [String] = []
        var cur = ""
        var prevLower = false
        for ch in name {
            if ch.isLetter || ch.isNumber {
                if ch.isUppercase && prevLower && !cur.isEmpty { words.append(cur); cur = "" }
                cur.append(contentsOf: ch.lowercased())
                prevLower = ch.isLowercase
            } else {
                if !cur.isEmpty { words.append(cur); cur = "" }
                prevLower = false
            }
        }
        if !cur.isEmpty { words.append(cur) }
        return words
    }

    static let rules: [(EntityType, Rule)] = [
        (.email, Rule(words: ["email", "mail"], parts: ["email"], korean: ["이메일", "메일", "전자우편"])),
        (.phoneNumber, Rule(words: ["phone", "tel", "telephone", "mobile", "cell", "fax", "contact", "hp"],
                            parts: ["phone", "mobile", "cellular"], korean: ["전화", "휴대폰", "핸드폰", "연락처", "휴대전화", "팩스"])),
        (.creditCard, Rule(words: ["card", "cc", "pan", "visa", "mastercard", "amex"], parts: ["creditcard", "cardnumber", "cardno", "ccnum"],
                           korean: ["카드"])),
        (.usaSSN, Rule(words: ["ssn", "sin"], parts: ["socialsecurity", "ssn"], korean: ["사회보장"])),
        (.usaITIN, Rule(words: ["itin", "tin", "taxpayer"], parts: ["itin", "taxid", "taxpayer"], korean: ["납세자"])),
        (.usaPassportNumber, Rule(words: ["passport"], parts: ["passport"], korean: ["여권"])),
        (.usaDrivingLicense, Rule(words: ["license", "licence", "dl", "driver", "drivers"], parts: ["driverslicense", "drivinglicense", "licensenumber", "dlnumber"],
                                  korean: ["면허"])),
        (.bankAccount, Rule(words: ["account", "acct", "iban", "bank", "routing", "aba"], parts: ["accountnumber", "bankaccount", "acctno"],
                            korean: ["계좌", "은행"])),
        (.ipAddress, Rule(words: ["ip", "ipv4", "ipv6", "ipaddr", "ipaddress"], parts: ["ipaddress", "ipaddr", "clientip", "remoteaddr", "sourceip"],
                          korean: ["아이피"])),
        (.macAddress, Rule(words: ["mac"], parts: ["macaddress", "macaddr"], korean: ["맥주소"])),
        (.personName, Rule(words: ["name", "names", "surname", "fullname", "firstname", "lastname", "forename", "nickname"],
                           parts: ["firstname", "lastname", "fullname", "givenname", "familyname", "surname", "middlename"],
                           korean: ["성명", "이름", "성함", "고객명", "환자명", "보호자", "담당자"],
                           veto: ["product", "company", "city", "course", "file", "host", "country", "state", "street", "brand",
                                  "item", "category", "school", "department", "dept", "org", "organization", "team", "project",
                                  "table", "column", "field", "business", "store", "shop", "app", "device", "model", "sheet",
                                  "user", "username", "domain", "server", "major", "program", "event", "campaign", "plan",
                                  "region", "district", "town", "place", "venue", "hotel", "bank", "tag", "class", "type"])),
        (.date, Rule(words: ["dob", "birth", "birthday", "born", "bday", "birthdate"], parts: ["dateofbirth", "birthdate", "birthday", "dob"],
                     korean: ["생년월일", "생일", "출생"])),
        (.usaDEANumber, Rule(words: ["dea"], parts: ["deanumber"])),
        (.usaNPI, Rule(words: ["npi", "provider"], parts: ["npi", "provider"])),
        (.usaMBI, Rule(words: ["mbi", "medicare"], parts: ["medicare", "mbi"])),
        (.usaHICN, Rule(words: ["hicn", "hic", "medicare", "claim"], parts: ["hicn", "claimnumber", "medicare"])),
        (.usaNDC, Rule(words: ["ndc", "drug"], parts: ["ndc", "drugcode"])),
        (.usaHCPCS, Rule(words: ["hcpcs", "procedure"], parts: ["hcpcs", "procedurecode"])),
        (.usaCPT, Rule(words: ["cpt", "procedure"], parts: ["cpt", "procedurecode"])),
        (.iban, Rule(words: ["iban", "account"], parts: ["iban"], korean: ["계좌"])),
        (.url, Rule(words: ["url", "uri", "link", "website", "homepage", "href", "site", "web"], parts: ["url", "website", "homepage"],
                    korean: ["홈페이지", "주소창", "링크"])),
        (.address, Rule(words: ["address", "addr", "street", "road", "residence", "addressline"], parts: ["address", "street", "addr"],
                        korean: ["주소", "거주지", "도로명", "지번"],
                        veto: ["ip", "ipv4", "ipv6", "email", "mail", "mac", "web", "url", "wallet", "btc", "eth", "bitcoin", "remote", "server", "host"])),
        (.krRRN, Rule(words: ["rrn", "jumin", "resident"], parts: ["residentregistration", "jumin", "rrn"],
                      korean: ["주민번호", "주민등록", "주민"])),
        (.krBRN, Rule(words: ["brn", "business", "bizno", "corp"], parts: ["businessregistration", "bizno", "brn", "businessnumber"],
                      korean: ["사업자", "사업자등록"])),
        (.crypto, Rule(words: ["wallet", "btc", "bitcoin", "eth", "ethereum", "crypto"], parts: ["wallet", "bitcoin", "ethereum", "btcaddress"],
                       korean: ["지갑", "비트코인", "이더리움"])),
        (.awsAccessKey, Rule(words: ["aws", "access", "key"], parts: ["accesskey", "awskey"], korean: ["액세스키"])),
        (.awsSecretKey, Rule(words: ["secret"], parts: ["secretkey", "secretaccess", "awssecret"], korean: ["비밀키", "시크릿"])),
        (.secret, Rule(words: ["token", "secret", "password", "apikey", "jwt", "key", "credential", "credentials", "pem"],
                       parts: ["token", "apikey", "privatekey", "secret", "credential"], korean: ["토큰", "비밀", "인증키"])),
    ]
}
