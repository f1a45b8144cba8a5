/// How a figure is qualified (GUIDELINE.md, value rules).
public enum Qualifier: String, Sendable, CaseIterable {
    case exact, approx
    case atLeast = "at_least"
    case atMost = "at_most"
    case range, vague
}

/// What a number expression measures. Only `count` can become a casualty figure.
public enum QuantityKind: String, Sendable, CaseIterable {
    case count, year, date, time, age, money, percent, ordinal, fraction, decade, other
}

/// A parsed number expression: its value as a range, its qualifier, and its span in the original text.
public struct Quantity: Hashable, Sendable {
    public var min: Int
    public var max: Int?
    public var qualifier: Qualifier
    public var kind: QuantityKind
    public var span: TextSpan
    /// Token range (half-open, indexes into the document's tokens) the expression covers.
    public var tokens: Range<Int>

    public init(min: Int, max: Int?, qualifier: Qualifier, kind: QuantityKind = .count, span: TextSpan, tokens: Range<Int>) {
        self.min = min
        self.max = max
        self.qualifier = qualifier
        self.kind = kind
        self.span = span
        self.tokens = tokens
    }
}
