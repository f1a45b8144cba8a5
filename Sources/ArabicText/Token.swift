import EventModel

/// One token of a document: its kind, its place in the normalised view and its span in the original.
///
/// A token holds no string: its text is `NormalizedText.text(of:)`, built only where a caller needs one (Swift validates
/// every string it builds, and a string per token was a good part of the text stage). Tokens are plain values, so
/// copying one retains nothing.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// A run of Arabic letters.
        case word
        /// A run of Latin letters (e.g. "JNIM", "AFP").
        case latin
        /// Digits, with internal thousands separators and a decimal point.
        case number
        /// One punctuation mark.
        case punctuation
        /// A line break (paragraph boundary).
        case lineBreak
        /// Anything else (symbols, emoji).
        case symbol
    }

    public var kind: Kind
    /// The first normalised scalar: for punctuation (always one scalar) the whole token.
    public var first: Unicode.Scalar
    /// Positions in the normalised view.
    public var range: Range<Int>
    /// Offsets in the original text.
    public var span: TextSpan
    /// Hash key of the normalised text (`WordKey`), for lexicon lookups.
    public var key: WordKey

    public init(kind: Kind, range: Range<Int>, span: TextSpan, first: Unicode.Scalar, key: WordKey) {
        self.kind = kind
        self.first = first
        self.range = range
        self.span = span
        self.key = key
    }

    /// Whether the token is exactly the one scalar `scalar` (e.g. a quotation mark `"`).
    @inlinable @inline(__always)
    public func isScalar(_ scalar: Unicode.Scalar) -> Bool { first == scalar && range.count == 1 }

    /// Inlinable: the phrase matchers are specialised in other modules, where an opaque call cost a call per word tried.
    @inlinable
    public var isWord: Bool { kind == .word || kind == .latin }
}
