import Testing
@testable import WortProfile

// Known-valid numbers here come from the issuers' published examples or were checked by
// hand against the published rules; the invalid ones differ from them in one digit.

@Suite struct ValidatorTests {
    @Test func luhn() {
        #expect(Luhn.isValid("4111111111111111"))
        #expect(Luhn.isValid("79927398713"))  // the classic worked example
        #expect(!Luhn.isValid("79927398710"))
        #expect(!Luhn.isValid("4111111111111112"))
        #expect(Luhn.isValid("378282246310005"))
    }

    @Test func ssnRules() {
        #expect(SSNRules.isValid(area: 536, group: 22, serial: 1234))
        #expect(!SSNRules.isValid(area: 0, group: 22, serial: 1234))      // area 000
        #expect(!SSNRules.isValid(area: 666, group: 22, serial: 1234))    // area 666
        #expect(!SSNRules.isValid(area: 900, group: 22, serial: 1234))    // 9xx
        #expect(!SSNRules.isValid(area: 987, group: 65, serial: 4321))
        #expect(!SSNRules.isValid(area: 536, group: 0, serial: 1234))     // group 00
        #expect(!SSNRules.isValid(area: 536, group: 22, serial: 0))       // serial 0000
        #expect(!SSNRules.isValid(area: 78, group: 5, serial: 1120))      // the wallet-insert number
        #expect(SSNRules.isValid(area: 665, group: 1, serial: 1))
        #expect(SSNRules.isValid(area: 899, group: 99, serial: 9998))
    }

    @Test func itinRanges() {
        #expect(SSNRules.isValidITIN(digitRun("911-70-1234")!))
        #expect(SSNRules.isValidITIN(digitRun("900-50-0001")!))
        #expect(SSNRules.isValidITIN(digitRun("999-94-1234")!))
        #expect(!SSNRules.isValidITIN(digitRun("911-89-1234")!))  // group 89 not an ITIN group
        #expect(!SSNRules.isValidITIN(digitRun("911-93-1234")!))
        #expect(!SSNRules.isValidITIN(digitRun("811-70-1234")!))
    }

    @Test func ibanMod97AndLength() {
        #expect(bytesCheck("GB82WEST12345698765432", IBANCheck.isValid))
        #expect(bytesCheck("GB82 WEST 1234 5698 7654 32", IBANCheck.isValid))
        #expect(bytesCheck("DE89370400440532013000", IBANCheck.isValid))
        #expect(bytesCheck("de89 3704 0044 0532 0130 00", IBANCheck.isValid))
        #expect(!bytesCheck("GB82WEST12345698765431", IBANCheck.isValid))    // check fails
        #expect(!bytesCheck("GB82WEST1234569876543", IBANCheck.isValid))     // GB is 22 long
        #expect(!bytesCheck("DE89370400440532013000 1", IBANCheck.isValid))
        #expect(!bytesCheck("XX89370400440532013000", IBANCheck.isValid))    // no such country
        #expect(!bytesCheck("GB82  WEST12345698765432", IBANCheck.isValid))  // double space
        #expect(!bytesCheck("G B82 WEST 1234 5698 7654 32", IBANCheck.isValid))  // not in fours
        #expect(!bytesCheck("GB82 wEST 1234 5698 7654 32", IBANCheck.isValid))   // mixed case
        #expect(bytesCheck("NO93 8601 1117 947", IBANCheck.isValid))             // shortest country
    }

    @Test func koreanResidentNumber() {
        // 900101-1234568: weights 2..9,2..5 give 124; 11 - 124 mod 11 = 8.
        let good = digitRun("900101-1234568")!
        #expect(KoreanIDChecks.hasValidChecksum(good))
        #expect(KoreanIDChecks.hasValidDate(good))
        #expect(!KoreanIDChecks.hasValidChecksum(digitRun("900101-1234567")!))
        #expect(!KoreanIDChecks.hasValidDate(digitRun("900231-1234568")!))   // Feb 31
        #expect(KoreanIDChecks.hasValidDate(digitRun("900101-5234568")!))  // 5: foreign resident, 1900s
        #expect(!KoreanIDChecks.hasValidDate(digitRun("050229-3000000")!))   // 2005 is no leap year
        #expect(KoreanIDChecks.hasValidDate(digitRun("040229-3000000")!))            // 2004 leap
        // Written YYMMDD-NNNNNNN the date decides (post-2020 numbers have no check digit);
        // bare, the checksum is needed too.
        #expect(KoreanIDChecks.isRRN(digitRun("900101-1234567")!).match)
        #expect(!KoreanIDChecks.isRRN(digitRun("9001011234567")!).match)
        #expect(KoreanIDChecks.isRRN(digitRun("9001011234568")!).match)
        #expect(!KoreanIDChecks.isRRN(digitRun("901301-1234568")!).match)   // month 13
    }

    @Test func koreanBusinessNumber() {
        // 220-81-62517: 2+6+0+8+3+42+2+15+5 = 83, + 1*5/10 = 83; (10 - 3) mod 10 = 7.
        #expect(KoreanIDChecks.isValidBRN(digitRun("220-81-62517")!))
        #expect(!KoreanIDChecks.isValidBRN(digitRun("220-81-62518")!))
        #expect(!KoreanIDChecks.isValidBRN(digitRun("220-81-6251")!))
    }

    @Test func npi() {
        #expect(HealthIDChecks.isValidNPI(digitRun("1234567893")!))   // CMS's worked example
        #expect(!HealthIDChecks.isValidNPI(digitRun("1234567890")!))
        #expect(!HealthIDChecks.isValidNPI(digitRun("3234567893")!))  // must start 1 or 2
    }

    @Test func dea() {
        // AB1234563: (1+3+5) + 2*(2+4+6) = 33 -> check digit 3.
        #expect(bytesCheck("AB1234563", HealthIDChecks.isValidDEA))
        #expect(bytesCheck("F91234563", HealthIDChecks.isValidDEA))
        #expect(!bytesCheck("AB1234564", HealthIDChecks.isValidDEA))
        #expect(!bytesCheck("IB1234563", HealthIDChecks.isValidDEA))   // I is no registrant type
        #expect(!bytesCheck("AB123456", HealthIDChecks.isValidDEA))
    }

    @Test func mbi() {
        #expect(bytesCheck("1EG4TE5MK73", HealthIDChecks.isValidMBI))   // CMS's example
        #expect(bytesCheck("1EG4-TE5-MK73", HealthIDChecks.isValidMBI))
        #expect(!bytesCheck("0EG4TE5MK73", HealthIDChecks.isValidMBI))  // first is 1-9
        #expect(!bytesCheck("1SG4TE5MK73", HealthIDChecks.isValidMBI))  // S excluded
        #expect(!bytesCheck("1EG4TE5MK7", HealthIDChecks.isValidMBI))
        #expect(!bytesCheck("1E-G4TE5MK73", HealthIDChecks.isValidMBI))
        #expect(!bytesCheck("1EG4TE5M073", HealthIDChecks.isValidMBI))  // position 9 is a letter
    }

    @Test func sha256KnownVectors() {
        func hex(_ s: String) -> String { SHA256.hash(Array(s.utf8)).map { String($0, radix: 16).leftPadded(2) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func bitcoinBase58Check() {
        #expect(bytesCheck("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", CryptoAddressChecks.isBase58CheckAddress))
        #expect(bytesCheck("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", CryptoAddressChecks.isBase58CheckAddress))
        #expect(bytesCheck("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", CryptoAddressChecks.isBase58CheckAddress))  // genesis
        #expect(!bytesCheck("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", CryptoAddressChecks.isBase58CheckAddress))
        #expect(!bytesCheck("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN22", CryptoAddressChecks.isBase58CheckAddress))
        #expect(!bytesCheck("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0", CryptoAddressChecks.isBase58CheckAddress))  // 0 not base58
    }

    @Test func keccakAndEIP55() {
        func hex(_ b: [UInt8]) -> String { b.map { String($0, radix: 16).leftPadded(2) }.joined() }
        #expect(hex(Keccak256.hash([])) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
        #expect(hex(Keccak256.hash(Array("abc".utf8))) == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
        // EIP-55's own examples.
        for a in ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                  "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"] {
            #expect(bytesCheck(a) { CryptoAddressChecks.ethereumAddress($0) == Match.strong }, "\(a)")
        }
        #expect(bytesCheck("0xdbF03B407c01E7cD3CBea99509d93f8DDdC8C6FB") { CryptoAddressChecks.ethereumAddress($0) == Match.none })
        #expect(bytesCheck("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") { CryptoAddressChecks.ethereumAddress($0) == Match.weak })
    }

    @Test func bech32Checksums() {
        #expect(bytesCheck("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", CryptoAddressChecks.isBech32Address))  // BIP 173
        #expect(bytesCheck("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", CryptoAddressChecks.isBech32Address))
        #expect(bytesCheck("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", CryptoAddressChecks.isBech32Address))  // BIP 350
        #expect(!bytesCheck("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", CryptoAddressChecks.isBech32Address))
        #expect(!bytesCheck("bc1qw508d6qejxtdg4y5r3zarvarY0c5xw7kv8f3t4", CryptoAddressChecks.isBech32Address))  // mixed case
        #expect(!bytesCheck("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3b4", CryptoAddressChecks.isBech32Address))  // b not in set
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
