import EventModel
import Lexicon

/// A place or country named in a document, before the resolver picks one reading.
public struct PlaceMention: Sendable, Hashable {
    /// What the words name.
    public enum Target: Sendable, Hashable {
        /// Gazetteer places (indexes into `Gazetteer.places`), most populous first: homonyms are resolved later.
        case places([Int])
        /// A country name or adjective.
        case country([CountryForm])
    }

    public var target: Target
    /// The name as matched, in matching form without clitics (ديرالزور → "دير الزور").
    public var key: String
    /// Token range of the name (cue words excluded).
    public var tokens: Range<Int>
    /// Original text span of the name, clitics included.
    public var span: TextSpan
    /// Index of the sentence holding the name.
    public var sentence: Int
    /// The nearest cue before the name: settlement (مدينة → .town), area (محافظة → .region) or place preposition
    /// (في → .at), if any.
    public var trigger: PlaceCue?
    /// A nearness or direction cue (قرب، شمال) stood before the name: ACLED precision 2.
    public var isNear: Bool
    /// Found through the transliteration key, not an exact Arabic name.
    public var viaTransliteration: Bool
    /// A country named right after a border word (الحدود مع سوريا): a neighbour, weighed lightly.
    public var isAfterBorder: Bool = false
    /// A dateline at the head of the text ("دبي - (رويترز)"): where the report was filed, not where the event was.
    public var isDateline: Bool

    public init(
        target: Target, key: String, tokens: Range<Int>, span: TextSpan, sentence: Int, trigger: PlaceCue? = nil, isNear: Bool = false,
        viaTransliteration: Bool = false, isDateline: Bool = false
    ) {
        self.target = target
        self.key = key
        self.tokens = tokens
        self.span = span
        self.sentence = sentence
        self.trigger = trigger
        self.isNear = isNear
        self.viaTransliteration = viaTransliteration
        self.isDateline = isDateline
    }
}
