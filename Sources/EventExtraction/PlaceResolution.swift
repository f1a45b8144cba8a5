import EventModel

/// The resolver's answer for one document: the country it is about, the most precise event location, and the evidence.
public struct PlaceResolution: Sendable {
    /// ISO 3166-1 alpha-2 of the country the document's events are in, if any evidence names one.
    public var country: String?
    /// The most precise place chosen for the event, with ACLED geo precision.
    public var location: EventLocation?
    /// Every mention kept, in text order: place mentions carry the one place chosen for them (`.places([index])`);
    /// places that could not be settled (a transliteration the context does not support) are left out.
    public var mentions: [PlaceMention] {
        didSet { settledPlaces = Self.settledPlaces(of: mentions) }
    }
    /// The place mentions settled on one gazetteer entry, as (mention index, place index) pairs in text order (found
    /// once when the mentions are set: every event's place is chosen among them).
    public private(set) var settledPlaces: [(mention: Int, place: Int)]
    /// Places named after a settlement or area noun that the gazetteer lacks, in text order.
    public var unlisted: [UnlistedPlace]
    /// Country code -> evidence score, for explanation and tests (made from `countryScoreList` when asked for).
    public var countryScores: [String: Double] {
        get { Dictionary(countryScoreList.map { ($0.country, $0.score) }, uniquingKeysWith: { a, _ in a }) }
        set { countryScoreList = newValue.map { ($0.key, $0.value) } }
    }
    /// The evidence score of each country with some, in the order the resolver met them (kept as a list: no dictionary
    /// is built per document for scores that only tests and explanations read).
    public var countryScoreList: [(country: String, score: Double)]
    /// Ambiguities worth a look (homonyms settled by population alone, for instance).
    public var diagnostics: [Diagnostic]

    public init(
        country: String?, location: EventLocation?, mentions: [PlaceMention], countryScores: [String: Double],
        diagnostics: [Diagnostic], unlisted: [UnlistedPlace] = []
    ) {
        self.init(
            country: country, location: location, mentions: mentions, countryScoreList: countryScores.map { ($0.key, $0.value) },
            diagnostics: diagnostics, unlisted: unlisted
        )
    }

    /// As `init(country:location:mentions:countryScores:diagnostics:unlisted:)` with the scores as a list of distinct
    /// countries.
    public init(
        country: String?, location: EventLocation?, mentions: [PlaceMention], countryScoreList: [(country: String, score: Double)],
        diagnostics: [Diagnostic], unlisted: [UnlistedPlace] = []
    ) {
        self.country = country
        self.location = location
        self.mentions = mentions
        settledPlaces = Self.settledPlaces(of: mentions)
        self.unlisted = unlisted
        self.countryScoreList = countryScoreList
        self.diagnostics = diagnostics
    }
}

extension PlaceResolution {
    /// The place mentions of `mentions` settled on one gazetteer entry (see `settledPlaces`).
    static func settledPlaces(of mentions: [PlaceMention]) -> [(mention: Int, place: Int)] {
        var out: [(mention: Int, place: Int)] = []
        out.reserveCapacity(mentions.count)
        for m in mentions.indices {
            if case .places(let picks) = mentions[m].target, picks.count == 1 { out.append((m, picks[0])) }
        }
        return out
    }
}
