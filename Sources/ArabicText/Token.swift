import EventModel

/// One token of a document, with its normalised text and its span in the original.
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
    /// Positions in the normalised view.
    public var range: Range<Int>
    /// Offsets in the original text.
    public var span: TextSpan
    /// The normalised text.
    public var text: String
    /// Hash key of the normalised text (`WordKey`), for lexicon lookups.
    public var key: WordKey

    public init(kind: Kind, range: Range<Int>, span: TextSpan, text: String, key: WordKey) {
        self.kind = kind
        self.range = range
        self.span = span
        self.text = text
        self.key = key
    }

    /// Inlinable: the phrase matchers are specialised in other modules, where an opaque call made a copy of the token
    /// (its string retained and released) for every word tried.
    @inlinable
    public var isWord: Bool { kind == .word || kind == .latin }
}
