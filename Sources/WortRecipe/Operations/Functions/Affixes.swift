import WortCore

/// ADD_PREFIX, ADD_SUFFIX, ADD_SINGLE_QUOTES, ADD_DOUBLE_QUOTES: text put before and after
/// every value of `sourceColumn`, in place (`concat('p', c)`, scale-out.md §2). Nulls stay
/// null, as `concat` gives; a number column becomes text.
enum Affixes {
    static func plan(_ context: inout StepContext, prefix: [UInt8], suffix: [UInt8]) -> StepKernel? {
        InPlaceText.plan(&context) { b, out in
            out.append(contentsOf: prefix)
            out.append(contentsOf: b)
            out.append(contentsOf: suffix)
            return true
        }
    }

    /// `pattern`, the text to add (DataBrew's name for it); empty adds nothing.
    static func pattern(_ context: inout StepContext) -> [UInt8]? {
        context.string("pattern").map { Array($0.utf8) }
    }
}
