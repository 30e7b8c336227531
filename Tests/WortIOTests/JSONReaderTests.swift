import Foundation
import Testing
import WortCore
@testable import WortIO

@Suite struct JSONReaderLayoutTests {
    @Test func jsonLines() throws {
        let r = try readJSON("{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":\"y\"}\n")
        #expect(r.schema.names == ["a", "b"])
        #expect(r.schema.fields[0].type == .int64)
        #expect(r.schema.fields[1].type == .string) // "x", "y" are text under any inference
        #expect(columnValues(r.rows, "a") == ["1", "2"])
        #expect(columnValues(r.rows, "b") == ["x", "y"])
    }

    @Test func jsonLinesWithCRLFBlankLinesAndNoFinalNewline() throws {
        let r = try readJSON("\r\n{\"a\":1}\r\n\r\n   \n{\"a\":2}\r\n\n{\"a\":3}")
        #expect(columnValues(r.rows, "a") == ["1", "2", "3"])
    }

    @Test func arrayOfObjects() throws {
        let r = try readJSON("[{\"a\":1},{\"a\":2}]")
        #expect(r.schema.names == ["a"])
        #expect(columnValues(r.rows, "a") == ["1", "2"])
    }

    @Test func prettyPrintedArray() throws {
        let r = try readJSON("""
        [
          {
            "a": 1,
            "b": true
          },
          {
            "a": 2,
            "b": false
          }
        ]

        """)
        #expect(r.schema.fields.map(\.type) == [.int64, .bool])
        #expect(columnValues(r.rows, "b") == ["true", "false"])
    }

    @Test func emptyArrayIsAnEmptyTable() throws {
        let r = try readJSON(" [ ] \n")
        #expect(r.schema.fields.isEmpty)
        #expect(r.batches.isEmpty)
    }

    @Test func singleObjectIsOneRow() throws {
        let r = try readJSON("  {\"name\": \"Ada\", \"born\": 1815}  \n")
        #expect(r.rows.count == 1)
        #expect(r.schema.names == ["name", "born"])
        #expect(columnValues(r.rows, "born") == ["1815"])
    }

    @Test func emptyObjectsAreRowsWithoutColumns() throws {
        let r = try readJSON("{}\n{}\n")
        #expect(r.schema.fields.isEmpty)
        #expect(r.batches.map(\.rowCount) == [2])
    }

    @Test func concatenatedPrettyObjects() throws {
        let r = try readJSON("{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}{\"a\":3} {\"a\":4}")
        #expect(columnValues(r.rows, "a") == ["1", "2", "3", "4"])
    }

    @Test func utf8BOMIsSkipped() throws {
        let r = try readJSON(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\n".utf8))
        #expect(r.schema.names == ["a"])
        #expect(columnValues(r.rows, "a") == ["1"])
    }

    @Test func utf16IsRejectedClearly() {
        expectJSONError(bytes: [0xFF, 0xFE, 0x7B, 0x00], line: 1, column: 1, "UTF-16")
    }

    @Test func batchesAreBoundedAndTypedOverTheWholeInput() throws {
        var options = ReadOptions()
        options.batchRows = 2
        // `x` is an integer until the last row: the whole column is double in every batch.
        let r = try readJSON("{\"x\":1}\n{\"x\":2}\n{\"x\":3}\n{\"x\":4}\n{\"x\":4.5,\"late\":\"z\"}\n", options: options)
        #expect(r.batches.map(\.rowCount) == [2, 2, 1])
        #expect(r.schema.names == ["x", "late"])
        for b in r.batches { #expect(b.schema.fields.map(\.type) == [.double, .string]) }
        #expect(columnValues(r.rows, "x") == ["1.0", "2.0", "3.0", "4.0", "4.5"])
        #expect(columnValues(r.rows, "late") == [nil, nil, nil, nil, "z"])
    }

    @Test func progressReachesTotal() throws {
        let text = "{\"a\":1}\n{\"a\":2}\n"
        let path = jsonTempFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try JSONReader(source: .file(path), options: ReadOptions())
        #expect(reader.progress.total == text.utf8.count)
        #expect(reader.progress.done == 0)
        while try reader.nextBatch() != nil {}
        #expect(reader.progress.done == text.utf8.count)
    }

    @Test func missingFileIsAnIOError() {
        #expect(throws: WortError.self) { try JSONReader(source: .file("/nonexistent/x.json"), options: ReadOptions()) }
        do {
            _ = try JSONReader(source: .file("/nonexistent/x.json"), options: ReadOptions())
        } catch let e as WortError {
            #expect(e.kind == .io)
        } catch {
            Issue.record("\(error)")
        }
    }

    /// A pipe goes the stdin way: spooled to a temporary file, then read twice.
    @Test func pipeInputIsSpooled() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = Array("{\"a\":1}\n{\"a\":\"two\"}\n".utf8)
        _ = text.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        defer { close(fds[0]) }
        let reader = try JSONReader(source: .file("/dev/fd/\(fds[0])"), options: ReadOptions())
        let batch = try #require(try reader.nextBatch())
        #expect(batch.columns[0].type == .string)
        #expect((0..<2).map { cellText(batch.columns[0], $0) } == ["1", "two"])
        #expect(reader.progress.total == text.count)
    }
}

@Suite struct JSONReaderFlatteningTests {
    @Test func nestedObjectsFlattenToDottedNames() throws {
        let r = try readJSON("""
        {"id": 1, "address": {"city": "Seoul", "geo": {"lat": 37.5, "lon": 127}}, "z": 0}
        {"id": 2, "address": {"geo": {"lon": 126}, "city": "Busan"}}
        """)
        #expect(r.schema.names == ["id", "address.city", "address.geo.lat", "address.geo.lon", "z"])
        #expect(r.schema.fields.map(\.type) == [.int64, .string, .double, .int64, .int64])
        #expect(columnValues(r.rows, "address.city") == ["Seoul", "Busan"])
        #expect(columnValues(r.rows, "address.geo.lat") == ["37.5", nil])
        #expect(columnValues(r.rows, "z") == ["0", nil])
    }

    @Test func arraysStayCompactJSONText() throws {
        let r = try readJSON("""
        {"tags": [ "a" , "b\\"q" , {"x" : [1, 2.5e3, null]} , true, [] , {} ], "n": 1}
        {"tags": [], "n": 2}
        """)
        #expect(r.schema.fields[0].type == .string)
        #expect(columnValues(r.rows, "tags") == [#"["a","b\"q",{"x":[1,2.5e3,null]},true,[],{}]"#, "[]"])
    }

    @Test func emptyObjectValueIsKeptAsText() throws {
        let r = try readJSON("{\"meta\": {}, \"a\": 1}\n{\"meta\": {\"k\": 2}, \"a\": 2}\n")
        #expect(r.schema.names == ["meta", "a", "meta.k"])
        #expect(columnValues(r.rows, "meta") == ["{}", nil])
        #expect(columnValues(r.rows, "meta.k") == [nil, "2"])
    }

    @Test func missingKeysAreNullAndOrderIsFirstAppearance() throws {
        let r = try readJSON("{\"a\":1}\n{\"b\":2}\n{\"c\":true,\"a\":3}\n")
        #expect(r.schema.names == ["a", "b", "c"])
        #expect(columnValues(r.rows, "a") == ["1", nil, "3"])
        #expect(columnValues(r.rows, "b") == [nil, "2", nil])
        #expect(columnValues(r.rows, "c") == [nil, nil, "true"])
    }

    @Test func duplicateKeysLastWins() throws {
        let r = try readJSON("{\"a\":1,\"b\":1,\"a\":\"x\"}\n{\"a\":\"y\",\"b\":2,\"b\":null}\n")
        #expect(r.schema.names == ["a", "b"])
        #expect(r.schema.fields[0].type == .string)
        #expect(columnValues(r.rows, "a") == ["x", "y"])
        #expect(columnValues(r.rows, "b") == ["1", nil])
    }

    @Test func keysWithEscapesAndUnicode() throws {
        let r = try readJSON(#"{"caf\u00e9": 1, "이름": "김", "a\"b": 2}"#)
        #expect(r.schema.names == ["café", "이름", "a\"b"])
        #expect(columnValues(r.rows, "이름") == ["김"])
    }
}

@Suite struct JSONReaderTypingTests {
    @Test func jsonNativeTypes() throws {
        let r = try readJSON("""
        {"i": 1, "d": 1, "b": true, "n": null, "big": 9223372036854775807, "neg": -9223372036854775808}
        {"i": -7, "d": 2.5, "b": false, "n": null, "big": 1, "neg": 0}
        {"i": 0, "d": -1e2, "n": null, "big": 2, "neg": -0}
        """)
        #expect(r.schema.fields.map(\.type) == [.int64, .double, .bool, .string, .int64, .int64])
        #expect(columnValues(r.rows, "i") == ["1", "-7", "0"])
        #expect(columnValues(r.rows, "d") == ["1.0", "2.5", "-100.0"])
        #expect(columnValues(r.rows, "b") == ["true", "false", nil])
        #expect(columnValues(r.rows, "n") == [nil, nil, nil])
        #expect(columnValues(r.rows, "big") == ["9223372036854775807", "1", "2"])
        #expect(columnValues(r.rows, "neg") == ["-9223372036854775808", "0", "0"])
    }

    @Test func integersBeyondInt64AreDouble() throws {
        let r = try readJSON("{\"x\": 9223372036854775808}\n{\"x\": 1}\n{\"x\": -123456789012345678901234}\n")
        #expect(r.schema.fields[0].type == .double)
        #expect(columnValues(r.rows, "x") == ["9.223372036854776e+18", "1.0", String(Double("-123456789012345678901234")!)])
    }

    @Test func doublesAreCorrectlyRounded() throws {
        let texts = ["0.1", "3.141592653589793", "1e-7", "2.2250738585072014e-308", "5e-324", "1.7976931348623157e308",
                     "123456789012345678901234567890", "0.000000000000000000000000000001", "9007199254740993", "1E+2", "-0.0", "1e400"]
        let r = try readJSON(texts.map { "{\"x\": \($0), \"y\": 0.5}" }.joined(separator: "\n"))
        #expect(r.schema.fields[0].type == .double)
        let got = r.batches[0].columns[0].values
        guard case .double(let v) = got else { Issue.record("not double"); return }
        #expect(v == texts.map { Double($0)! })
        #expect(v[10].sign == .minus)
    }

    @Test func mixedKindsBecomeStringsHoldingJSONText() throws {
        let r = try readJSON("""
        {"m": 1}
        {"m": "x"}
        {"m": true}
        {"m": [1, 2]}
        {"m": null}
        {"m": 2.50}
        {"m": {}}
        """)
        #expect(r.schema.fields.map(\.type) == [.string])
        #expect(columnValues(r.rows, "m") == ["1", "x", "true", "[1,2]", nil, "2.50", "{}"])
    }

    @Test func numbersAndBooleansMixedBecomeString() throws {
        let r = try readJSON("{\"m\": 1}\n{\"m\": false}\n")
        #expect(r.schema.fields[0].type == .string)
        #expect(columnValues(r.rows, "m") == ["1", "false"])
    }

    @Test func allStringsKeepsExactSourceText() throws {
        var options = ReadOptions()
        options.allStrings = true
        let r = try readJSON("{\"a\": 1.50, \"b\": true, \"c\": \"NA\", \"d\": null, \"e\": 1E3, \"f\": [1, 2]}\n", options: options)
        #expect(r.schema.fields.allSatisfy { $0.type == .string })
        #expect(r.rows[0] == ["a": "1.50", "b": "true", "c": "NA", "d": nil, "e": "1E3", "f": "[1,2]"])
    }

    @Test func nullTokensApplyToStrings() throws {
        let r = try readJSON("{\"s\": \"NA\", \"t\": \"hello\"}\n{\"s\": \"world\", \"t\": \"\"}\n")
        #expect(columnValues(r.rows, "s") == [nil, "world"])
        #expect(columnValues(r.rows, "t") == ["hello", nil])
    }

    /// Only strings go through text inference. With the real `TypeEvidence` a column of
    /// numeric strings becomes int64; with the stub it stays string. Either way no value
    /// is lost: the numeric text is the same.
    @Test func stringColumnsUseTextInference() throws {
        let r = try readJSON("{\"s\": \"12\"}\n{\"s\": \"34\"}\n")
        #expect([DataType.string, .int64].contains(r.schema.fields[0].type))
        #expect(columnValues(r.rows, "s") == ["12", "34"])
    }

    @Test func stringEscapes() throws {
        let r = try readJSON(#"{"s": "q\" b\\ s\/ \b\f\n\r\t \u00e9\u00E9 \u20AC \uD83D\uDE00 \ud83c\udf89 z\u0000z 한글 😀"}"#)
        let expected = "q\" b\\ s/ \u{8}\u{C}\n\r\t éé € 😀 🎉 z\u{0}z 한글 😀"
        #expect(columnValues(r.rows, "s") == [expected])
    }

    @Test func longStringsAcrossTheFastPath() throws {
        let long = String(repeating: "abcdefgh", count: 100) + "é" + String(repeating: "x", count: 13)
        let r = try readJSON("{\"s\": \"\(long)\", \"t\": \"\(long)\\n\"}")
        #expect(columnValues(r.rows, "s") == [long])
        #expect(columnValues(r.rows, "t") == [long + "\n"])
    }
}

@Suite struct JSONReaderDepthTests {
    @Test func depth5000ArraysInsideAValue() throws {
        let n = 5_000
        let nested = String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n)
        let r = try readJSON("{\"deep\": \(nested), \"after\": 1}\n")
        #expect(columnValues(r.rows, "deep") == [nested])
        #expect(columnValues(r.rows, "after") == ["1"])
    }

    @Test func depth5000ObjectsFlatten() throws {
        let n = 5_000
        let text = String(repeating: "{\"a\":", count: n) + "7" + String(repeating: "}", count: n)
        let r = try readJSON(text)
        let name = Array(repeating: "a", count: n).joined(separator: ".")
        #expect(r.schema.names.count == 1)
        #expect(r.schema.names.first == name)
        #expect(columnValues(r.rows, name) == ["7"])
    }

    @Test func depth100000IsACleanError() {
        let n = 100_000
        let text = "{\"deep\": " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "}"
        // The array opened at depth 10,001 (the row object is depth 1) is the offending byte.
        expectJSONError(text, line: 1, column: 10 + 9_999, "nesting deeper than 10000 levels")
        let objects = String(repeating: "{\"a\":", count: n) + "1" + String(repeating: "}", count: n)
        expectJSONError(objects, line: 1, column: 5 * 10_000 + 1, "nesting deeper than 10000 levels")
    }
}
