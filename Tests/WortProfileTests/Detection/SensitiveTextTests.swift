import Testing
@testable import WortProfile

/// Free text: spans, offsets in code points, scores.
@Suite struct SensitiveTextTests {
    /// Code-point offsets of `part` in `text`, found independently of the detectors.
    func span(_ part: String, in text: String) -> (Int, Int) {
        let t = Array(text.unicodeScalars), p = Array(part.unicodeScalars)
        for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p { return (i, i + p.count) }
        Issue.record("'\(part)' not in text")
        return (-1, -1)
    }

    func found(_ text: String, _ entities: EntitySelection = .all, min: Double = SensitiveText.confidentScore) -> [TextFinding] {
        SensitiveText.findings(in: text, entities: entities).filter { $0.score >= min }
    }

    func expectFinding(_ text: String, _ part: String, _ entity: EntityType, sourceLocation: SourceLocation = #_sourceLocation) {
        let (s, e) = span(part, in: text)
        let f = found(text)
        #expect(f.contains { $0.entity == entity && $0.start == s && $0.end == e },
                "\(entity) '\(part)' in '\(text)': got \(f)", sourceLocation: sourceLocation)
    }

    @Test func offsetsCountCodePointsWithHangulAndEmoji() {
        let text = "연락처: 010-1234-5678 😀👍🏽 이메일 hong.gildong+work@mail.example.co.kr 입니다"
        expectFinding(text, "010-1234-5678", .phoneNumber)
        expectFinding(text, "hong.gildong+work@mail.example.co.kr", .email)
        // Korean particles glued to the entity stay outside the span.
        let glued = "전화는 010-9876-5432로 주세요 😀"
        expectFinding(glued, "010-9876-5432", .phoneNumber)
        expectFinding("전화:010-2222-3333 입니다", "010-2222-3333", .phoneNumber)
        let rrn = "👩‍👩‍👧 주민등록번호: 900101-1234568"
        expectFinding(rrn, "900101-1234568", .krRRN)
    }

    @Test func findingsAreSortedAndDoNotOverlap() {
        let text = "Mark Brown (SSN 536-22-1234) paid with 4111 1111 1111 1111 from 192.168.0.1 and wrote to mark@example.com; IBAN GB82 WEST 1234 5698 7654 32."
        let f = SensitiveText.findings(in: text, entities: .all)
        #expect(f.count >= 6)
        for (a, b) in zip(f, f.dropFirst()) { #expect(a.end <= b.start) }
        expectFinding(text, "Mark Brown", .personName)
        expectFinding(text, "536-22-1234", .usaSSN)
        expectFinding(text, "4111 1111 1111 1111", .creditCard)
        expectFinding(text, "192.168.0.1", .ipAddress)
        expectFinding(text, "mark@example.com", .email)
        expectFinding(text, "GB82 WEST 1234 5698 7654 32", .iban)
    }

    @Test func phoneNumbersInSentences() {
        expectFinding("My US number is (415) 555-0132, and my international one is +1 415 555 0132", "(415) 555-0132", .phoneNumber)
        expectFinding("My US number is (415) 555-0132, and my international one is +1 415 555 0132", "+1 415 555 0132", .phoneNumber)
        expectFinding("call me at 425-882-9090 tomorrow", "425-882-9090", .phoneNumber)
        expectFinding("my phone number is 4258829090", "4258829090", .phoneNumber)   // bare: needs the context
        expectFinding("my phone number is:(425) 882-9090", "(425) 882-9090", .phoneNumber)
        expectFinding("my phone number is 425 8829090", "425 8829090", .phoneNumber)
        #expect(found("the total was 4258829090 units").allSatisfy { $0.entity != .phoneNumber })
        expectFinding("Seoul office: 02-3456-7890", "02-3456-7890", .phoneNumber)
        expectFinding("reach me on +82 10-1234-5678 anytime", "+82 10-1234-5678", .phoneNumber)
    }

    @Test func ssnForms() {
        expectFinding("my ssn is 078-05-1123", "078-05-1123", .usaSSN)
        expectFinding("SSN: 078 05 1123", "078 05 1123", .usaSSN)
        expectFinding("social security number 078051121", "078051121", .usaSSN)
        expectFinding("my ssn is 078-051121 or so", "078-051121", .usaSSN)
        let zip = SensitiveText.findings(in: "Richmond, VA 23234-1234", entities: .all)   // ZIP+4
        #expect(zip.allSatisfy { $0.entity != .usaSSN && $0.entity != .usaITIN && $0.score < SensitiveText.confidentScore })
        #expect(found("SSN 078-05-1120 or 000-12-3456 or 666-12-3456").isEmpty)
        // A bare 9-digit number without context is reported only with a low score.
        let bare = SensitiveText.findings(in: "078051121", entities: try! EntitySelection(parsing: "USA_SSN"))
        #expect(bare.count == 1 && bare[0].score < SensitiveText.confidentScore)
    }

    @Test func ipv6AndBoundaries() {
        expectFinding("Server IP: 2001:db8::1", "2001:db8::1", .ipAddress)
        expectFinding("Connect to [2001:db8::1]:8080", "2001:db8::1", .ipAddress)
        expectFinding("Gateway: fe80::1 on interface", "fe80::1", .ipAddress)
        expectFinding("IP: 192.168.1.1.", "192.168.1.1", .ipAddress)
        expectFinding("Mapped: ::ffff:192.168.1.1", "::ffff:192.168.1.1", .ipAddress)
        // The unspecified address "::" is found, with a low score.
        let unspecified = SensitiveText.findings(in: "src=:: dst=::1", entities: try! EntitySelection(parsing: "IP_ADDRESS"))
        #expect(unspecified.map(\.start) == [4, 11])
        #expect(unspecified.first.map { $0.score < SensitiveText.confidentScore } == true)
        for t in ["Time 12:34:56", "Ratio 1:2:3:4", "Version 1.2.3", "std::cout", "IP192.168.1.1text", "2001::db8::1"] {
            #expect(found(t, try! EntitySelection(parsing: "IP_ADDRESS"), min: 0.05).isEmpty, "\(t)")
        }
    }

    @Test func cardsEmailsURLsCrypto() {
        expectFinding("card 4012-8888-8888-1881 expires", "4012-8888-8888-1881", .creditCard)
        #expect(found("my credit card number is 4012-8888-8888-1882").isEmpty)
        expectFinding("try one of these: info@presidio.site or another.info@sub.presidio.site", "another.info@sub.presidio.site", .email)
        #expect(found("the email is info@presidio.").isEmpty)
        expectFinding("see https://www.microsoft.com/store/abc/ for details", "https://www.microsoft.com/store/abc/", .url)
        expectFinding("my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", .crypto)
        #expect(found("my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2").isEmpty)
    }

    @Test func secretsAndKeys() {
        expectFinding("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", .awsAccessKey)
        expectFinding("aws secret key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", .awsSecretKey)
        expectFinding("export GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", .secret)
        expectFinding("-----BEGIN RSA PRIVATE KEY-----\nMIIE...", "-----BEGIN RSA PRIVATE KEY-----", .secret)
    }

    @Test func personNames() {
        expectFinding("My name is Oluwaseyi Adeleke and I live here", "Oluwaseyi Adeleke", .personName)
        expectFinding("Please ask Dr. Brontë about it", "Brontë", .personName)
        expectFinding("Dear Priya, thanks", "Priya", .personName)
        expectFinding("Meeting with Wei Zhang tomorrow", "Wei Zhang", .personName)
        #expect(found("The Computer Science Department meets on Monday").allSatisfy { $0.entity != .personName })
        #expect(found("Mark the box and call NASA").allSatisfy { $0.entity != .personName })
    }

    @Test func koreanIdentifiers() {
        expectFinding("사업자등록번호 220-81-62517 입니다", "220-81-62517", .krBRN)
        expectFinding("주민번호는 900101-1234568입니다", "900101-1234568", .krRRN)
    }

    @Test func datesAndAddresses() {
        expectFinding("He was born on May 17, 1990 in Ohio.", "May 17, 1990", .date)
        expectFinding("Today is 5/20/2021", "5/20/2021", .date)
        expectFinding("Today is,5/21,and it's sunny", "5/21", .date)
        expectFinding("Today is 2024-06-05T09:15:30.500-07:00 or not?", "2024-06-05T09:15:30.500-07:00", .date)
        expectFinding("Ship it to 1600 Pennsylvania Avenue NW, Washington", "1600 Pennsylvania Avenue", .address)
        expectFinding("주소: 서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152", .address)
    }

    @Test func weakIdentifiersNeedContext() {
        expectFinding("passport number 912803456", "912803456", .usaPassportNumber)
        expectFinding("bank account 945456787654", "945456787654", .bankAccount)
        expectFinding("driver license H12234567", "H12234567", .usaDrivingLicense)
        expectFinding("my driver license is: 1234567901234", "1234567901234", .usaDrivingLicense)
        expectFinding("my banking account number is 912803456", "912803456", .bankAccount)
        expectFinding("my passport number is 912803456", "912803456", .usaPassportNumber)
        expectFinding("my taxpayer id is 911-70-1234", "911-70-1234", .usaITIN)
        #expect(found("we sold 945456787654 widgets and 912803456 gadgets").isEmpty)
    }

    @Test func ordinaryTextHasNoConfidentFindings() {
        for t in ["The meeting is at 10:30 in room 204; version 1.2.3 shipped.",
                  "GPA 3.75, course ENG450, term Spring 2022, student 3692515.",
                  "Needs accommodation; see file #19221",
                  "Scholarship: $5000.00, renewable",
                  "Résumé reviewed ✓ — 한국어 문장도 괜찮아요 😀"] {
            #expect(found(t).isEmpty, "\(t): \(found(t))")
        }
    }

    @Test func selectionFiltersEntities() {
        let text = "mail john@example.com or call 425-882-9090"
        let only = SensitiveText.findings(in: text, entities: try! EntitySelection(parsing: "EMAIL"))
        #expect(only.map(\.entity) == [.email])
        var t = text
        let viaBytes = t.withUTF8 { SensitiveText.findings(in: $0, entities: .all) }
        #expect(viaBytes == SensitiveText.findings(in: text, entities: .all))
    }
}
