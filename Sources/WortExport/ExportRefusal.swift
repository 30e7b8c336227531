/// A recipe that cannot be exported faithfully: which step, which operation, and why.
/// Export never falls back to different semantics; it stops with this instead.
public struct ExportRefusal: Error, Sendable, CustomStringConvertible, Equatable {
    /// 1-based; nil when the refusal concerns the whole recipe (its input, say).
    public var step: Int?
    public var operation: String?
    public var parameter: String?
    public var reason: String

    public init(step: Int?, operation: String?, parameter: String? = nil, reason: String) {
        self.step = step; self.operation = operation; self.parameter = parameter; self.reason = reason
    }

    public var description: String {
        var place = ""
        if let step { place += "step \(step)" }
        if let operation { place += (place.isEmpty ? "" : " ") + operation }
        if let parameter { place += (place.isEmpty ? "" : ", ") + "parameter \(parameter)" }
        return place.isEmpty ? "cannot export: \(reason)" : "\(place): cannot export: \(reason)"
    }
}
