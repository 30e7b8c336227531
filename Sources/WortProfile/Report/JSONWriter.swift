import WortCore
/// A small JSON text builder: keys in the order written, numbers in their shortest
/// round-trip form, non-finite numbers as the strings DataBrew uses ("inf", "-inf").
struct JSONWriter {
    private(set) var text = ""
    private var needsComma = [false]
    var indent = 0
    private let pretty: Bool

    init(pretty: Bool = true) { self.pretty = pretty }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 { text += "\n" + String(repeating: "  ", count: needsComma.count - 1) }
    }

    /// Set between a key and its value: the value needs no separator.
    private var afterKey = false

    mutating func key(_ k: String) {
        separator()
        text += JSONString.quoted(k) + (pretty ? ": " : ":")
        afterKey = true
    }

    private mutating func valuePrefix() {
        if afterKey { afterKey = false } else { separator() }
    }

    mutating func open(_ bracket: Character) { valuePrefix(); text.append(bracket); needsComma.append(false) }
    mutating func close(_ bracket: Character) {
        let had = needsComma.removeLast()
        if pretty && had { text += "\n" + String(repeating: "  ", count: needsComma.count - 1) }
        text.append(bracket)
    }

    mutating func string(_ s: String) { valuePrefix(); text += JSONString.quoted(s) }
    mutating func int(_ v: Int) { valuePrefix(); text += String(v) }
    mutating func bool(_ v: Bool) { valuePrefix(); text += v ? "true" : "false" }
    mutating func null() { valuePrefix(); text += "null" }
    mutating func number(_ v: Double) {
        if v.isNaN { null(); return }
        if v.isInfinite { string(v > 0 ? "inf" : "-inf"); return }
        valuePrefix(); text += NumberText.format(v)
    }
    mutating func number(_ v: Double?) { if let v { number(v) } else { null() } }
    mutating func value(_ v: ProfileValue) {
        switch v {
        case .int(let i): valuePrefix(); text += String(i)
        case .double(let d): number(d)
        case .text(let s): string(s)
        case .bool(let b): bool(b)
        }
    }

    mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    mutating func field(_ k: String, _ v: Double?) { key(k); number(v) }
    mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }

}
