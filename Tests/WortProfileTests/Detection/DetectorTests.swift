import Testing
@testable import WortProfile

/// Each detector on whole values: what it must accept, what it must not.
@Suite struct DetectorTests {
    @Test func email() {
        for v in ["john.smith@example.com", "gary_delacruz+sis@protonmail.com", "a.b-c@students.example.edu",
                  "x@mail.example.co.uk", "  padded@example.org  ", "O'Brien@example.ie"] {
            #expect(strong(.email, v), "\(v)")
        }
        for v in ["john.smith@", "@example.com", "john..smith@example.com", "john@example", "john@-example.com",
                  "john@example.c0m", "john smith@example.com", "info@presidio.", "a@b.c", "plain text"] {
            #expect(!matches(.email, v), "\(v)")
        }
    }

    @Test func phoneNumbers() {
        for v in ["(425) 882-9090", "425-882-9090", "425.882.9090", "+1 425 882 9090", "+1-425-882-9090",
                  "1-425-882-9090", "010-1234-5678", "02-123-4567", "02-1234-5678", "031-123-4567",
                  "+82 10-1234-5678", "+82-2-123-4567", "070-1234-5678", "1588-1234", "+44 20 7123 4567"] {
            #expect(strong(.phoneNumber, v), "\(v)")
        }
        #expect(rating(.phoneNumber, "4258829090") == Match.weak)      // bare digits: weak
        #expect(rating(.phoneNumber, "01012345678") == Match.weak)
        for v in ["123-456-7890", "425-182-9090", "(911) 555-1234", "425-882-909", "425-882 9090", "12345",
                  "3.14159265", "2024-01-13", "020-1234-5678", "100001"] {
            #expect(!matches(.phoneNumber, v), "\(v)")
        }
    }

    @Test func creditCards() {
        for v in ["4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005",
                  "3782 822463 10005", "5555555555554444", "6011000400000000", "3528000700000000",
                  "30569309025904", "2221000000000009", "4012888888881881"] {
            #expect(strong(.creditCard, v), "\(v)")
        }
        for v in ["4111111111111112", "4111 1111 1111 111", "4111-1111 1111-1111", "1234567812345678",
                  "0000000000000000", "36168002586008", "41111111-11111111", "7111111111111114"] {
            #expect(!matches(.creditCard, v), "\(v)")
        }
    }

    @Test func ssn() {
        #expect(strong(.usaSSN, "536-22-1234"))
        #expect(strong(.usaSSN, "536 22 1234"))
        #expect(strong(.usaSSN, "078.05.1123"))
        #expect(rating(.usaSSN, "536221234") == Match.weak)
        for v in ["000-12-3456", "666-12-3456", "912-34-5678", "536-00-1234", "536-22-0000", "078-05-1120",
                  "536-22 1234", "53-622-1234", "536-22-12345", "111-11-1111", "693-09.4444"] {
            #expect(!matches(.usaSSN, v), "\(v)")
        }
    }

    @Test func itin() {
        #expect(strong(.usaITIN, "911-70-1234"))
        #expect(rating(.usaITIN, "911701234") == Match.weak)
        #expect(!matches(.usaITIN, "911-89-1234"))
        #expect(!matches(.usaITIN, "536-70-1234"))
    }

    @Test func ipAddresses() {
        for v in ["192.168.0.1", "0.0.0.0", "255.255.255.255", "10.0.0.0/8", "2001:db8::8a2e:370:7334", "::1", "fe80::1%eth0",
                  "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.1", "2001:db8::/32",
                  "0:0:0:0:0:FFFF:129.144.52.38", "2673:c4e7:4063:19eb::b884", "684D:1111:222:3333:4444:5555:6:77"] {
            #expect(strong(.ipAddress, v), "\(v)")
        }
        for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "192.168.01.1", "12:34:56", "2001::db8::1",
                  "684D:1111:222:3333:4444:5555:77", "12345:db8::1", "gggg::1", "10.0.0.0/33", "3.14", "abc:def:ghi"] {
            #expect(!matches(.ipAddress, v), "\(v)")
        }
    }

    @Test func macAddresses() {
        for v in ["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e"] { #expect(strong(.macAddress, v), "\(v)") }
        for v in ["00:1A:2B:3C:4D", "00:1A-2B:3C:4D:5E", "00:1G:2B:3C:4D:5E", "2024-01-13 10:11"] { #expect(!matches(.macAddress, v), "\(v)") }
    }

    @Test func personNames() {
        #expect(strong(.personName, "John Smith"))
        #expect(strong(.personName, "김"))
        #expect(strong(.personName, "Renée"))
        #expect(rating(.personName, "Oluwaseyi") == Match.weak)
        #expect(rating(.personName, "Adaeze Obi-Nwosu") == Match.weak)
        #expect(matches(.personName, "Дмитрий"))
        #expect(matches(.personName, "O'Brien"))
        #expect(matches(.personName, "Jean-Luc Picard"))
        for v in ["R2D2", "john@example.com", "3.50", "", "a b c d e f", "Computer/Science"] {
            #expect(!matches(.personName, v), "\(v)")
        }
    }

    @Test func dates() {
        for v in ["1990-05-17", "1990/05/17", "19900517", "05/17/1990", "17.05.1990", "May 17, 1990", "17 May 1990",
                  "5-MAY-2021", "1990년 5월 17일", "2024-03-15T14:30:00Z", "21.5.21", "May-2021", "05/2021"] {
            #expect(matches(.date, v), "\(v)")
        }
        for v in ["1990-02-30", "1990-13-01", "13/13/1990", "1850-01-01", "3.14", "20251399", "may 17, 1990", "10-12"] {
            #expect(!matches(.date, v), "\(v)")
        }
    }

    @Test func healthIdentifiers() {
        #expect(strong(.usaDEANumber, "AB1234563"))
        #expect(!matches(.usaDEANumber, "AB1234564"))
        #expect(strong(.usaNPI, "1234567893"))
        #expect(!matches(.usaNPI, "1234567890"))
        #expect(strong(.usaMBI, "1EG4-TE5-MK73"))
        #expect(!matches(.usaMBI, "1EG4-TE5-MK7"))
        #expect(strong(.usaHICN, "536221234A"))
        #expect(strong(.usaHICN, "536-22-1234B1"))
        #expect(!matches(.usaHICN, "000221234A"))
        for v in ["1234-5678-90", "12345-678-90", "12345-6789-0", "12345-6789-01"] { #expect(strong(.usaNDC, v), "\(v)") }
        #expect(!matches(.usaNDC, "123-4567-890"))
        #expect(rating(.usaNDC, "12345678901") == Match.weak)
        #expect(matches(.usaHCPCS, "J3490"))
        #expect(!matches(.usaHCPCS, "Z3490"))
        #expect(!matches(.usaHCPCS, "ENG450"))
        #expect(matches(.usaCPT, "99213"))
        #expect(matches(.usaCPT, "0001F"))
        #expect(!matches(.usaCPT, "99999"))
        #expect(!matches(.usaCPT, "9921"))
    }

    @Test func weakIdentifiers() {
        #expect(rating(.usaPassportNumber, "912803456") == Match.weak)
        #expect(rating(.usaPassportNumber, "A12345678") == Match.weak)
        #expect(!matches(.usaPassportNumber, "AB1234567"))
        #expect(rating(.usaDrivingLicense, "A1234567") == Match.weak)
        #expect(rating(.usaDrivingLicense, "H12234567") == Match.weak)
        #expect(!matches(.usaDrivingLicense, "ABCDEFG"))
        #expect(rating(.bankAccount, "945456787654") == Match.weak)
        #expect(!matches(.bankAccount, "1234567"))
    }

    @Test func ibanAndURL() {
        #expect(strong(.iban, "GB82 WEST 1234 5698 7654 32"))
        #expect(strong(.iban, "DE89370400440532013000"))
        #expect(!matches(.iban, "DE89370400440532013001"))
        for v in ["https://www.microsoft.com/", "http://microsoft.com", "https://webhook.site/324d38de-dc6b?q=1&b=2",
                  "www.example.org/path", "ftp://files.example.net:21/x"] {
            #expect(strong(.url, v), "\(v)")
        }
        #expect(rating(.url, "microsoft.com") == Match.weak)
        for v in ["www.microsoft", "http://microsoft", "file.txt", "e.g.", "https://"] { #expect(!matches(.url, v), "\(v)") }
    }

    @Test func addresses() {
        for v in ["7462 Market St", "2405 University Road, Apt 9D", "12B Baker Street", "1600 Pennsylvania Avenue NW",
                  "PO Box 123", "서울특별시 강남구 테헤란로 152", "역삼동 123-45", "Apt 10, 5043 Cedar Ln",
                  "#40, 8139 Commonwealth Ave", "Unit A, 1353 Rue de l'Église", "Suite 12, 8765 University Blvd"] {
            #expect(strong(.address, v), "\(v)")
        }
        for v in ["7462", "Market St", "Salt Lake City", "3 apples and 2 pears", "2024 was a year", "Line 1: address change",
                  "Apt 10, third floor", "#40, 8139 apples"] {
            #expect(!matches(.address, v), "\(v)")
        }
    }

    @Test func koreanNumbers() {
        #expect(strong(.krRRN, "900101-1234568"))
        #expect(strong(.krRRN, "900101-1234567"))        // post-2020 form: date only
        #expect(rating(.krRRN, "9001011234568") == Match.weak)
        #expect(!matches(.krRRN, "9001011234567"))
        #expect(!matches(.krRRN, "901301-1234568"))
        #expect(strong(.krBRN, "220-81-62517"))
        #expect(rating(.krBRN, "2208162517") == Match.weak)
        #expect(!matches(.krBRN, "220-81-62518"))
    }

    @Test func cryptoAndSecrets() {
        #expect(strong(.crypto, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"))
        #expect(strong(.crypto, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"))
        #expect(!matches(.crypto, "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2"))
        #expect(strong(.crypto, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
        #expect(rating(.crypto, "0x52908400098527886E0F7030069857D2E4169EE7") == Match.weak)   // one case: no checksum to check
        #expect(rating(.crypto, "0x52908400098527886e0f7030069857d2e4169ee7") == Match.weak)
        #expect(!matches(.crypto, "0x0000000000000000000000000000000000000000"))
        #expect(strong(.awsAccessKey, "AKIAIOSFODNN7EXAMPLE"))
        #expect(strong(.awsAccessKey, "ASIAY34FZKBOKMUTVV7A"))
        #expect(!matches(.awsAccessKey, "AKIAIOSFODNN7EXAMPL1"))   // 1 is not base32
        #expect(!matches(.awsAccessKey, "ABCDIOSFODNN7EXAMPLE"))
        #expect(rating(.awsSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") == Match.weak)
        #expect(strong(.secret, "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"))
        #expect(strong(.secret, "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"))
        #expect(strong(.secret, "-----BEGIN RSA PRIVATE KEY-----"))
        #expect(strong(.secret, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"))
        #expect(!matches(.secret, "ghp_short"))
        #expect(!matches(.secret, "eyJhbGciOiJIUzI1NiJ9"))
    }

    /// Values of ordinary columns (ids, grades, amounts, dates of events, codes) match no
    /// detector strongly.
    @Test func ordinaryValuesAreNotStrongMatches() {
        let ordinary = ["100001", "3692515", "3.01", "4.00", "2024-01-13", "2022-03-22 11:19:34", "ENG450", "MUS499",
                        "Spring 2022", "B-", "true", "Computer Science", "Richmond", "VA", "23234", "23234-1234",
                        "Needs accommodation; see file #19221", "Résumé reviewed ✓", "42", "-17.5", "1e10"]
        for v in ordinary {
            for e in EntityCatalog.all where e != .personName && e != .date {
                #expect(!strong(e, v), "\(v) as \(e)")
            }
        }
    }
}
