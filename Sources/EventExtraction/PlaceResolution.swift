import EventModel

/// The resolver's answer for one document: the country it is about, the most precise event location, and the evidence.
public struct PlaceResolution: Sendable {
    /// ISO 3166-1 alpha-2 of the country the document's events are in, if any evidence names one.
    public var country: String?
    /// The most precise place chosen for the event, with ACLED geo precision.
    public var location: EventLocation?
    /// Every mention kept, in text order: place mentions carry the one place chosen for them (`.places([index])`);
    /// places that could not be settled (a transliteration the context does not support) are left out.
    public var mentions: [PlaceMention]
    /// Places named after a settlement or area noun that the gazetteer lacks, in text order.
    public var unlisted: [UnlistedPlace]
    /// Country code -> evidence score, for explanation and tests.
    public var countryScores: [String: Double]
    /// Ambiguities worth a look (homonyms settled by population alone, for instance).
    public var diagnostics: [Diagnostic]

    public init(
        country: String?, location: EventLocation?, mentions: [PlaceMention], countryScores: [String: Double],
        diagnostics: [Diagnostic], unlisted: [UnlistedPlace] = []
    ) {
        self.country = country
        self.location = location
        self.mentions = mentions
        self.unlisted = unlisted
        self.countryScores = countryScores
        self.diagnostics = diagnostics
    }
}

extension PlaceResolution {
    /// The place mentions settled on one gazetteer entry, as (mention index, place index) pairs in text order.
    public var settledPlaces: [(mention: Int, place: Int)] {
        var out: [(mention: Int, place: Int)] = []
        for (m, mention) in mentions.enumerated() {
            if case .places(let picks) = mention.target, picks.count == 1 { out.append((m, picks[0])) }
        }
        return out
    }
}
