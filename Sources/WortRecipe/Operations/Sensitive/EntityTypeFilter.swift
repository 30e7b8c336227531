/// `entityTypeFilter` (MASK_*, CRYPTOGRAPHIC_HASH, DETERMINISTIC_ENCRYPT): apply the step
/// only to the parts of a cell where a sensitive-data detector found one of the listed
/// entity types.
///
/// The detectors are not wired in yet, so a step that sets it is refused at pre-flight
/// rather than silently masking whole cells. This is the one place to replace: the masks
/// already work on sub-ranges of a cell (`Masking.appendMasking` with code-point offsets),
/// which is what `SensitiveText.findings(in:entities:)` will give.
enum EntityTypeFilter {
    /// Records a problem when the step sets `entityTypeFilter`; true when it does not.
    static func check(_ context: inout StepContext) -> Bool {
        guard context.raw("entityTypeFilter") != nil else { return true }
        context.problem("entityTypeFilter", "entityTypeFilter is not supported yet; remove it to apply the step to whole cells")
        return false
    }
}
