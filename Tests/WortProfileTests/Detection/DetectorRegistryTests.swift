import Foundation
import Testing
@testable import WortProfile

/// The hot loop's switch dispatch must agree with the registry's list.
@Test func registrySwitchesAgreeWithTheList() {
    let samples = ["john@example.com", "(425) 882-9090", "4111 1111 1111 1111", "536-22-1234", "911-70-1234",
                   "A12345678", "H12234567", "945456787654", "192.168.0.1", "00:1A:2B:3C:4D:5E", "John Smith",
                   "1990-05-17", "AB1234563", "1234567893", "1EG4-TE5-MK73", "536221234A", "12345-6789-01", "J3490",
                   "99213", "DE89370400440532013000", "https://example.com/x", "7462 Market St", "900101-1234568",
                   "220-81-62517", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "AKIAIOSFODNN7EXAMPLE",
                   "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"]
    #expect(samples.count == EntityCatalog.all.count)
    for (i, d) in DetectorRegistry.detectors.enumerated() {
        for label in samples {
            var v = label
            v.withUTF8 { b in
                let shape = ValueShape(b)
                #expect(DetectorRegistry.possible(i, shape) == d.possible(shape), "\(d.entity) possible on \(label)")
                #expect(DetectorRegistry.match(i, b) == d.match(b), "\(d.entity) match on \(label)")
            }
        }
        // Each detector matches its own sample.
        var own = samples[i]
        #expect(own.withUTF8 { DetectorRegistry.match(i, $0) } != Match.none, "\(d.entity) on \(samples[i])")
    }
}

/// `possible` is only a prefilter: it must never reject a value `match` accepts (after
/// the warm-up a lone detector runs without it). Checked on every value of the
/// fixtures, on the samples of every detector, and on tokens of mixed text.
@Test func prefiltersNeverRejectAMatch() {
    var values: [String] = []
    for text in [DetectionFixtures.studentsCSV, DetectionFixtures.enrollmentsCSV] {
        for line in text.split(separator: "\n") { values += line.split(separator: ",").map(String.init) }
    }
    values += ["PO Box 12", "http://a.io", "ftp://x.y.org/p", "1990년 5월 17일", "May-21", "5/21", "-----BEGIN EC PRIVATE KEY-----",
               "xoxp-1234567890-abcdef", "eyJa.eyJb.cdef", "::", "::1", "fe80::1%eth0/64", "a@b.co", "테헤란로 1", "역삼동 1",
               "+1 425 882 9090", "(02) 123-4567", "J3490", "0001F", "GB82 WEST 1234 5698 7654 32", "Jean-Luc", "O'Neil",
               "2024-03-15T14:30Z", "12345-6789-01", "536-22-1234B1", "WCA123456", "H12234567", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"]
    for label in values {
        var v = label
        v.withUTF8 { raw in
            let b = raw.trimmed()
            let shape = ValueShape(b)
            for i in DetectorRegistry.detectors.indices where DetectorRegistry.match(i, b) != Match.none {
                #expect(DetectorRegistry.possible(i, shape), "\(DetectorRegistry.detectors[i].entity) on '\(label)'")
            }
        }
    }
}

/// Free-text spans build their shape piece by piece; it must equal the whole span's.
@Test func appendedShapesEqualWholeShapes() {
    let parts = ["Call", " (425)", " 882-9090,", " 주민번호", " 900101-1234568", " 😀", " a@b.co"]
    var acc = ValueShape(Bytes(start: nil, count: 0))
    var whole = ""
    for p in parts {
        whole += p
        var p = p
        p.withUTF8 { acc.append(ValueShape($0)) }
        var w = whole
        let expected = w.withUTF8 { ValueShape($0) }
        #expect(acc.length == expected.length && acc.digits == expected.digits && acc.upper == expected.upper
                && acc.lower == expected.lower && acc.nonASCII == expected.nonASCII && acc.marks == expected.marks)
    }
}
