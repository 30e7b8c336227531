import Foundation
import Testing
import WortCore
@testable import WortIO

/// Every malformed input is a `.data` WortError at the 1-based line and column of the
/// offending byte (the end of input for truncation; the opening quote of an unterminated
/// string; the backslash of a bad escape; the comma of a trailing comma).
@Suite struct JSONReaderErrorTests {
    @Test func emptyInput() {
        expectJSONError("", line: 1, column: 1, "no JSON value")
        expectJSONError(" \n\n", line: 3, column: 1, "no JSON value")
        expectJSONError(bytes: [0xEF, 0xBB, 0xBF], line: 1, column: 1, "no JSON value")
    }

    @Test func unsupportedTopLevel() {
        expectJSONError("42", line: 1, column: 1, "expected a JSON object or array at the top level")
        expectJSONError("\n  \"x\"", line: 2, column: 3, "expected a JSON object or array")
        expectJSONError("[1, 2]", line: 1, column: 2, "expected an object")
        expectJSONError("[{\"a\":1}, [2]]", line: 1, column: 11, "expected an object")
        expectJSONError("{\"a\":1}\nnull\n", line: 2, column: 1, "expected '{' to start the next object")
    }

    @Test func trailingCommas() {
        expectJSONError("{\"a\":1,}", line: 1, column: 7, "trailing comma before '}'")
        expectJSONError("[{\"a\":1},]", line: 1, column: 9, "trailing comma before ']'")
        expectJSONError("{\"a\":[1,2,]}", line: 1, column: 10, "trailing comma before ']'")
        expectJSONError("{\"a\":[{\"b\":1,}]}", line: 1, column: 13, "trailing comma before '}'")
        expectJSONError("{\"a\":{\"b\":1,}}", line: 1, column: 12, "trailing comma before '}'")
        expectJSONError("{\"a\":1}\n{\"a\":1,}", line: 2, column: 7, "trailing comma")
        expectJSONError("{\"a\":[1,,2]}", line: 1, column: 9, "expected a value, found ','")
        expectJSONError("{,\"a\":1}", line: 1, column: 2, "expected a string key or '}'")
    }

    @Test func strings() {
        expectJSONError("{\"a\":\"abc", line: 1, column: 6, "unterminated string")
        expectJSONError("{\"a\":\"abc\\", line: 1, column: 10, "unterminated string")
        expectJSONError("{\"a\":\"ab\ncd\"}", line: 1, column: 9, "control character U+000A")
        expectJSONError("{\"a\":\"a\tb\"}", line: 1, column: 8, "control character U+0009")
        expectJSONError(bytes: Array("{\"a\":\"a".utf8) + [0x01] + Array("\"}".utf8), line: 1, column: 8, "control character U+0001")
        expectJSONError("{\"a\":\"x\\qy\"}", line: 1, column: 8, "invalid escape \\q")
        expectJSONError("{\"a\":\"x\\u12G4\"}", line: 1, column: 8, "invalid \\u escape")
        expectJSONError("{\"a\":\"x\\u12\"}", line: 1, column: 8, "invalid \\u escape")
        expectJSONError("{\"a\":'x'}", line: 1, column: 6, "expected a value, found '''")
        expectJSONError("{a:1}", line: 1, column: 2, "expected a string key or '}'")
        expectJSONError("{\"a\" 1}", line: 1, column: 6, "expected ':' after object key")
    }

    @Test func loneSurrogates() {
        expectJSONError(#"{"a":"\uD800"}"#, line: 1, column: 7, "lone surrogate \\uD800")
        expectJSONError(#"{"a":"x\uDC00"}"#, line: 1, column: 8, "lone surrogate \\uDC00")
        expectJSONError(#"{"a":"\uD800\u0041"}"#, line: 1, column: 7, "lone surrogate")
        expectJSONError(#"{"a":"\uD800\uD800"}"#, line: 1, column: 7, "lone surrogate")
        expectJSONError(#"{"a":["\udbff"]}"#, line: 1, column: 8, "lone surrogate")
    }

    @Test func numbers() {
        expectJSONError("{\"a\":01}", line: 1, column: 7, "leading zeros")
        expectJSONError("{\"a\":-00}", line: 1, column: 8, "leading zeros")
        expectJSONError("{\"a\":+1}", line: 1, column: 6, "expected a value, found '+'")
        expectJSONError("{\"a\":NaN}", line: 1, column: 6, "expected a value, found 'N'")
        expectJSONError("{\"a\":Infinity}", line: 1, column: 6, "expected a value")
        expectJSONError("{\"a\":-Infinity}", line: 1, column: 7, "expected a digit after '-'")
        expectJSONError("{\"a\":1.}", line: 1, column: 8, "expected a digit after the decimal point")
        expectJSONError("{\"a\":.5}", line: 1, column: 6, "expected a value")
        expectJSONError("{\"a\":1e}", line: 1, column: 8, "expected a digit in the exponent")
        expectJSONError("{\"a\":1e+}", line: 1, column: 9, "expected a digit in the exponent")
        expectJSONError("{\"a\":0x1F}", line: 1, column: 7, "expected ',' or '}' after object member, found 'x'")
        expectJSONError("{\"a\":[1 2]}", line: 1, column: 9, "expected ',' or ']' after array element")
    }

    @Test func literals() {
        expectJSONError("{\"a\":tru}", line: 1, column: 9, "invalid literal (expected 'true'")
        expectJSONError("{\"a\":nul", line: 1, column: 9, "found end of input")
        expectJSONError("{\"a\":True}", line: 1, column: 6, "expected a value, found 'T'")
        expectJSONError("{\"a\":falsey}", line: 1, column: 11, "expected ',' or '}' after object member")
    }

    @Test func extraTokensAfterTheValue() {
        expectJSONError("{\"a\":1}}", line: 1, column: 8, "expected '{' to start the next object or the end of the input, found '}'")
        expectJSONError("[{\"a\":1}] x", line: 1, column: 11, "expected the end of the input after the top-level array")
        expectJSONError("[{\"a\":1}]\n[{\"a\":2}]", line: 2, column: 1, "after the top-level array")
        expectJSONError("{\"a\":1} 5", line: 1, column: 9, "expected '{'")
        expectJSONError("{\"a\":1},\n{\"a\":2}", line: 1, column: 8, "found ','")
        expectJSONError("{\"a\":1 \"b\":2}", line: 1, column: 8, "expected ',' or '}' after object member")
    }

    @Test func truncatedDocuments() {
        expectJSONError("{\"a\":[1,2", line: 1, column: 10, "expected ',' or ']' after array element, found end of input")
        expectJSONError("[{\"a\":1}", line: 1, column: 9, "expected ',' or ']' after array element, found end of input")
        expectJSONError("[{\"a\":1},", line: 1, column: 10, "found end of input")
        expectJSONError("{\"a\":1}\n{\"b\":", line: 2, column: 6, "expected a value, found end of input")
        expectJSONError("{\"a\":1}\n{\"b\":2\n", line: 3, column: 1, "expected ',' or '}' after object member, found end of input")
        expectJSONError("{\"a\"", line: 1, column: 5, "expected ':' after object key")
        expectJSONError("[", line: 1, column: 2, "expected an object or ']'")
    }

    @Test func invalidUTF8() {
        let pre = Array("{\"a\":\"".utf8), post = Array("\"}".utf8)
        expectJSONError(bytes: pre + [0xFF] + post, line: 1, column: 7, "invalid UTF-8")
        expectJSONError(bytes: pre + [0xC3, 0x28] + post, line: 1, column: 7, "invalid UTF-8")
        expectJSONError(bytes: pre + [0xC0, 0xAF] + post, line: 1, column: 7, "invalid UTF-8") // overlong '/'
        expectJSONError(bytes: pre + [0xED, 0xA0, 0x80] + post, line: 1, column: 7, "invalid UTF-8") // encoded surrogate
        expectJSONError(bytes: pre + [0xF4, 0x90, 0x80, 0x80] + post, line: 1, column: 7, "invalid UTF-8") // > U+10FFFF
        expectJSONError(bytes: pre + Array("ok".utf8) + [0xE2, 0x82] + post, line: 1, column: 9, "invalid UTF-8") // truncated
        expectJSONError(bytes: Array("{\"".utf8) + [0x80] + Array("\":1}".utf8), line: 1, column: 3, "invalid UTF-8") // in a key
        expectJSONError(bytes: Array("{\"a\":1}".utf8) + [0xFF], line: 1, column: 8, "not valid UTF-8") // outside strings
        // Long ASCII run before the bad byte: the 8-byte fast path must stop on it.
        expectJSONError(bytes: pre + Array(repeating: 0x61, count: 21) + [0xFE] + post, line: 1, column: 28, "invalid UTF-8")
    }

    @Test func locationsCountLinesAndCharacters() {
        // Column counts characters: 한 and 글 are one column each though three bytes.
        expectJSONError("{\"k\":1}\r\n{\"한\":\"글\", x}", line: 2, column: 11, "expected a string key after ','")
        expectJSONError("[\n  {\"a\": 1},\n  {\"a\": 2,}\n]", line: 3, column: 10, "trailing comma")
        // BOM is not a column.
        expectJSONError(bytes: [0xEF, 0xBB, 0xBF] + Array("{x}".utf8), line: 1, column: 2, "expected a string key")
    }

    @Test func errorDescriptionNamesThePlace() {
        let path = jsonTempFile("{\"a\":1,}")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try JSONReader(source: .file(path), options: ReadOptions())
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "\(path):1:7: trailing comma before '}'")
        }
    }

    @Test func nonUTF8EncodingOptionIsAUsageError() {
        var options = ReadOptions()
        options.encoding = .cp949
        let path = jsonTempFile("{\"a\":1}")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: WortError.usage("JSON input is always UTF-8; cp949 does not apply",
                                        hint: "convert the file to UTF-8 first, or leave out the encoding option")) {
            try JSONReader(source: .file(path), options: options)
        }
    }
}
