import ArgumentParser
import WortCore
import WortIO

/// How to read an input; shared by every command that reads a file.
struct InputOptions: ParsableArguments {
    @Option(help: "Input format when the extension does not say (\(TableFormat.names)); stdin and pipes are CSV unless told.")
    var from: String?

    @Flag(help: "The first row is data, not column names (columns become Column_1, Column_2, ...).")
    var noHeader = false

    @Flag(help: "The first row holds column names (the default is to detect).")
    var header = false

    @Option(help: "Field delimiter: one character, or tab, comma, semicolon, pipe (default: detected).")
    var delimiter: String?

    @Option(help: "Quote character (default: detected, usually \").")
    var quote: String?

    @Option(help: "Input text encoding: \(TextEncoding.namesForHelp) (default: detected).")
    var encoding: String?

    @Option(help: "Sheet of an .xlsx workbook: its name or its 1-based position (default: the first).")
    var sheet: String?

    @Option(help: "What to do with rows that have the wrong number of fields: error, skip, pad.")
    var onBadRows: String = "error"

    @Option(help: "Comma-separated texts that mean null (default: empty,NULL,null,NA,N/A). Pass '' for none but empty.")
    var nullValues: String?

    func readOptions(allStrings: Bool) throws -> ReadOptions {
        var o = ReadOptions()
        o.allStrings = allStrings
        if noHeader && header { throw WortError.usage("--header and --no-header contradict each other") }
        if noHeader { o.hasHeader = false } else if header { o.hasHeader = true }
        if let d = delimiter {
            guard let b = CSVDialect.parseDelimiter(d) else {
                throw WortError.usage("--delimiter '\(d)' is not one ASCII character or a name (tab, comma, semicolon, pipe)")
            }
            o.delimiter = b
        }
        if let q = quote {
            let u = Array(q.utf8)
            guard u.count == 1, u[0] < 0x80 else { throw WortError.usage("--quote '\(q)' is not one ASCII character") }
            o.quote = u[0]
        }
        if let e = encoding {
            guard let enc = TextEncoding(name: e) else {
                throw WortError.usage("unknown --encoding '\(e)'", hint: "use one of: \(TextEncoding.namesForHelp)")
            }
            o.encoding = enc
        }
        guard let policy = BadRowPolicy(rawValue: onBadRows) else {
            throw WortError.usage("--on-bad-rows must be error, skip or pad, not '\(onBadRows)'")
        }
        o.onBadRows = policy
        o.sheet = sheet
        if let n = nullValues {
            o.nullTokens = NullTokens(n.split(separator: ",", omittingEmptySubsequences: false).map(String.init) + [""])
        }
        return o
    }

    func format() throws -> TableFormat? {
        guard let from else { return nil }
        guard let f = TableFormat(name: from) else {
            throw WortError.usage("unknown --from format '\(from)'", hint: "use one of: \(TableFormat.names)")
        }
        return f
    }
}
