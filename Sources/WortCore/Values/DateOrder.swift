/// How to read a date whose year comes last: 03/04/2024 is March 4 (`monthFirst`, US)
/// or 3 April (`dayFirst`, most of Europe).
public enum DateOrder: String, Sendable, Equatable {
    case monthFirst
    case dayFirst
}
