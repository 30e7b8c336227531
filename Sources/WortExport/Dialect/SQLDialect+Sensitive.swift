/// Dialect hooks of the sensitive-data and data-science lowerings: lambdas and lists
/// (DuckDB 2.0 rejects `->` lambdas, scale-out.md §2.4 #13), regex splits and extractions,
/// positions, date arithmetic, and the hash-derived numbers of seeded randomness.
extension SQLDialect {
    /// A lambda: `lambda x, y: body` (DuckDB), `(x, y) -> body` (Spark).
    func lambda(_ parameters: [String], _ body: String) -> String {
        switch self {
        case .duckdb: "lambda " + parameters.joined(separator: ", ") + ": " + body
        // Spark reads `(x) -> ...` as a parenthesized column; one parameter goes bare.
        case .spark: (parameters.count == 1 ? parameters[0] : "(" + parameters.joined(separator: ", ") + ")") + " -> " + body
        }
    }

    /// `f` applied to each element of a list.
    func transform(_ list: String, _ parameter: String, _ body: String) -> String {
        switch self {
        case .duckdb: "list_transform(\(list), \(lambda([parameter], body)))"
        case .spark: "transform(\(list), \(lambda([parameter], body)))"
        }
    }

    /// Two lists of equal length combined element by element; `body` gets the SQL of
    /// each pair's two elements.
    func zip(_ a: String, _ b: String, _ body: (String, String) -> String) -> String {
        switch self {
        case .duckdb: "list_transform(list_zip(\(a), \(b)), \(lambda(["wort_pair"], body("wort_pair[1]", "wort_pair[2]"))))"
        case .spark: "zip_with(\(a), \(b), \(lambda(["wort_x", "wort_y"], body("wort_x", "wort_y"))))"
        }
    }

    /// A list with one more element at its end.
    func append(_ list: String, _ element: String) -> String {
        switch self {
        case .duckdb: "list_append(\(list), \(element))"
        case .spark: "concat(\(list), array(\(element)))"
        }
    }

    /// The elements of a list of text joined with nothing between them.
    func joinList(_ list: String) -> String {
        switch self {
        case .duckdb: "array_to_string(\(list), '')"
        case .spark: "array_join(\(list), '')"
        }
    }

    /// The parts of `e` between the matches of `regex` (n matches give n + 1 parts,
    /// empty ones included).
    func regexSplit(_ e: String, _ regex: String) -> String {
        switch self {
        case .duckdb: "regexp_split_to_array(\(e), \(regex))"
        case .spark: "split(\(e), \(regex), -1)"
        }
    }

    /// Every match of `regex` in `e`, in order.
    func regexMatchList(_ e: String, _ regex: String) -> String {
        switch self {
        case .duckdb: "regexp_extract_all(\(e), \(regex))"
        case .spark: "regexp_extract_all(\(e), \(regex), 0)"
        }
    }

    /// Group `group` of the first match of `regex` in `e` (`''` when there is no match or
    /// the group took no part, in both engines: §2.4 #10). DuckDB numbers groups up to 9
    /// only; a later one is read from the struct of named groups.
    func regexGroup(_ e: String, _ regex: String, _ group: Int) -> String {
        if self == .duckdb && group > 9 {
            let names = (1...group).map { "'g\($0)'" }.joined(separator: ", ")
            return "regexp_extract(\(e), \(regex), [\(names)]).g\(group)"
        }
        return "regexp_extract(\(e), \(regex), \(group))"
    }

    /// The 1-based code point position of the first `needle` in `e`, 0 when absent.
    func position(of needle: String, in e: String) -> String {
        switch self {
        case .duckdb: "strpos(\(e), \(needle))"
        case .spark: "instr(\(e), \(needle))"
        }
    }

    /// A hexadecimal text (at most 15 digits) as a BIGINT.
    func hexToBigint(_ hex: String) -> String {
        switch self {
        case .duckdb: "CAST(('0x' || \(hex)) AS BIGINT)"
        case .spark: "CAST(conv(\(hex), 16, 10) AS BIGINT)"
        }
    }

    /// A TIMESTAMP (DuckDB) / TIMESTAMP_NTZ (Spark) literal from microseconds since 1970.
    func timestampLiteral(micros: Int64) -> String {
        let perDay: Int64 = 86_400_000_000
        var days = micros / perDay, rest = micros % perDay
        if rest < 0 { rest += perDay; days -= 1 }
        let date = dateLiteral(days: Int(days)).dropFirst(6).dropLast()
        let secs = rest / 1_000_000
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var text = "\(date) \(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))"
        if rest % 1_000_000 != 0 {
            let f = String(rest % 1_000_000)
            text += "." + String(repeating: "0", count: 6 - f.count) + f
        }
        return (self == .duckdb ? "TIMESTAMP '" : "TIMESTAMP_NTZ '") + text + "'"
    }

    /// A date `n` days after `date`.
    func addDays(_ date: String, _ n: String) -> String {
        switch self {
        case .duckdb: "CAST(\(date) + CAST(\(n) AS INTEGER) AS DATE)"
        case .spark: "date_add(\(date), CAST(\(n) AS INT))"
        }
    }

    /// A timestamp `n` seconds after `timestamp`.
    func addSeconds(_ timestamp: String, _ n: String) -> String {
        switch self {
        case .duckdb: "(\(timestamp) + to_seconds(CAST(\(n) AS BIGINT)))"
        case .spark: "timestampadd(SECOND, CAST(\(n) AS BIGINT), \(timestamp))"
        }
    }

    /// Whether a DOUBLE is NaN (both engines order NaN above every number, so a
    /// comparison alone would count it).
    func isNaN(_ e: String) -> String { "isnan(\(e))" }

    /// A text read as Wort reads a number (`ValueParser.double`): trimmed of spaces and
    /// tabs, plain decimal notation with an optional exponent, no leading zeros, finite;
    /// NULL otherwise. The engines' casts accept more (`Infinity`, `NaN`, `00012`, and in
    /// Spark Java's `1d` / `5f`), so the syntax is checked first.
    func wortNumber(_ text: String) -> String {
        let v = trimSpacesAndTabs(text)
        // Anchored here: Spark's RLIKE (`fullMatch`) finds a match anywhere in the text.
        let syntax = string("^([+-]?((0|[1-9][0-9]*)([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)\\z")
        let n = tryCast(v, .double)
        return "CASE WHEN \(fullMatch(v, syntax)) AND abs(\(n)) < \(double(.infinity)) THEN \(n) END"
    }

    /// The name of the variable holding a program's run-time seed (`wort recipe export`
    /// without `--seed`), and its definition: a random whole number picked once, when the
    /// program starts, as `wort run` without `--seed` picks a fresh seed per run.
    static let seedVariable = "wort_seed"

    var seedDefinition: String {
        switch self {
        case .duckdb:
            "SET VARIABLE \(Self.seedVariable) = CAST(CAST(floor(random() * 9007199254740992) AS BIGINT) AS VARCHAR)"
        case .spark:
            "DECLARE OR REPLACE VARIABLE \(Self.seedVariable) STRING DEFAULT CAST(CAST(floor(rand() * 9007199254740992) AS BIGINT) AS STRING)"
        }
    }

    var seedReference: String {
        switch self {
        case .duckdb: "getvariable('\(Self.seedVariable)')"
        case .spark: Self.seedVariable
        }
    }
}
