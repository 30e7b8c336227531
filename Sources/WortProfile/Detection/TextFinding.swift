/// An entity found inside free text. Offsets count Unicode code points (not bytes, not
/// grapheme clusters), `end` exclusive, so that masking steps can act on just the entity.
public struct TextFinding: Sendable, Equatable {
    public var entity: EntityType
    public var start: Int
    public var end: Int
    /// 0...1: how sure the match is (pattern strength, check digits, context words).
    public var score: Double

    public init(entity: EntityType, start: Int, end: Int, score: Double) {
        self.entity = entity; self.start = start; self.end = end; self.score = score
    }
}
