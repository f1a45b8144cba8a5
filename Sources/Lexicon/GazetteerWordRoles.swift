/// What one normalised word is to the gazetteer: the first word of names (and how long the longest is), a listed
/// common word, a cue. One table holds them all, so a word of a document is looked up once rather than once per role
/// (most words are none, and a miss costs one probe).
public struct GazetteerWordRoles: Sendable, Hashable {
    /// The most words of any name or country form starting with the word (0 when none does).
    public var longestName: Int
    /// The word is listed as never being a place (place_stopwords.txt).
    public var isStopword: Bool
    /// The word's role as a cue, if it is one.
    public var cue: PlaceCue?
    /// Whether a name the gazetteer lacks may follow the word, if it is such a cue.
    public var unlistedCue: UnlistedNameCue?

    public init(longestName: Int = 0, isStopword: Bool = false, cue: PlaceCue? = nil, unlistedCue: UnlistedNameCue? = nil) {
        self.longestName = longestName
        self.isStopword = isStopword
        self.cue = cue
        self.unlistedCue = unlistedCue
    }
}
