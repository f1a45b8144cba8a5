import EventModel
import Lexicon

/// A place named after a settlement or area noun that the gazetteer lacks (بلدة …، مديرية …), or has only in a country
/// the document gives no other sign of (a homonym abroad).
///
/// It has no coordinates of its own: it takes those of the known place it is told against (the place named after it
/// in its sentence, "منطقة X بمحافظة Y", else before it, else in the sentence before), or of the country's capital.
public struct UnlistedPlace: Sendable, Hashable {
    /// The name as written in the text, in matching form (clitics stripped).
    public var key: String
    /// The name as it stands in the text (clitics included).
    public var written: String
    /// The English name to publish: the homonym's GeoNames name when the Arabic name is a gazetteer name abroad,
    /// else a romanisation (`ArabicRomanizer`).
    public var name: String
    /// Token range and original span of the name (cue excluded).
    public var tokens: Range<Int>
    public var span: TextSpan
    public var sentence: Int
    /// The cue before the name (.town for بلدة/قرية, .region for مديرية/منطقة).
    public var trigger: PlaceCue
    /// A nearness cue stood before the cue ("قرب قضاء X").
    public var isNear: Bool
    /// ISO2 of the country it lies in (the document's).
    public var country: String
    /// Index in `PlaceResolution.mentions` of the known place that lends its coordinates, if any.
    public var reference: Int?

    public init(
        key: String, written: String, name: String, tokens: Range<Int>, span: TextSpan, sentence: Int, trigger: PlaceCue, isNear: Bool, country: String,
        reference: Int?
    ) {
        self.key = key
        self.written = written
        self.name = name
        self.tokens = tokens
        self.span = span
        self.sentence = sentence
        self.trigger = trigger
        self.isNear = isNear
        self.country = country
        self.reference = reference
    }
}
