/// What a key asks for, independent of which key it was: the key map binds keys to
/// commands, and the help and footer describe commands.
public enum Command: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown
    case top, bottom
    case firstColumn, lastColumn
    case search, searchNext, searchPrevious
    case openRecord, previousRecord, nextRecord
    case sortAscending, sortDescending, clearSort
    case toggleFreeze
    case help
    /// Closes the open overlay or prompt (Esc).
    case close
    /// Stops the running job, or quits when nothing runs (Ctrl-C).
    case interrupt
    case quit
}
