/// Profiles of the data on screen. (stub: helper-profile fills this in)
public struct ProfileState: Sendable {
    public init() {}
}
