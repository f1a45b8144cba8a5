import ArabicText
import EventModel
import Lexicon

// MARK: - Locations of single events

extension PlaceResolver {
    /// The location of one event of a resolved document, for articles that report several events in different places.
    ///
    /// Looks for the best place named in the sentence holding `anchor` (the event's trigger tokens): towns before
    /// regions, settlement cues first, the nearest to the trigger breaking ties, places in the document's country
    /// slightly preferred (an event may lie across a border: a strike on Kobani in a report about Suruç). When that
    /// sentence names no place, the place of the sentence before (in the document's country), else the document's.
    public func location(forEventAt anchor: Range<Int>, in resolution: PlaceResolution, text: AnalyzedText) -> EventLocation? {
        guard let sentence = text.sentenceIndex(ofToken: anchor.lowerBound) else { return resolution.location }
        if let own = location(namedIn: sentence, anchor: anchor, in: resolution) { return own }
        // A sentence that names no place goes on from the one before ("… on the Midi front. He was killed on Tuesday in
        // clashes …"), when that one names a place of the document's country.
        if configuration.previousSentenceFallback, sentence > 0, let before = location(namedIn: sentence - 1, anchor: anchor, in: resolution),
           before.country == resolution.country {
            return before
        }
        return resolution.location
    }

    /// The best place named in sentence `sentence` for the event at `anchor`, or nil when it names none.
    func location(namedIn sentence: Int, anchor: Range<Int>, in resolution: PlaceResolution) -> EventLocation? {
        let chosen = resolution.settledPlaces
        var best: (score: Double, mention: Int, place: Int)?
        // (Fields read in place: a copy of a `GazetteerPlace` retains and releases all its strings.)
        let places = gazetteer.places
        for c in chosen {
            // (The sentence first, read in place: most settled places are named in other sentences, and a copy of a
            // mention retains its key and its places.)
            guard resolution.mentions[c.mention].sentence == sentence, !resolution.mentions[c.mention].isDateline else { continue }
            let trigger = resolution.mentions[c.mention].trigger
            let tokens = resolution.mentions[c.mention].tokens
            let level = places[c.place].level
            var score = level == .town ? configuration.townBonus : 0
            if trigger == .town { score += configuration.townCueBonus }
            if trigger == .region && level == .town { score += configuration.districtCueBonus }
            if places[c.place].country == resolution.country { score += 1 }
            if resolution.mentions[c.mention].viaTransliteration && trigger != .town && trigger != .region {
                score *= configuration.transliterationFactor
            }
            let distance = tokens.lowerBound >= anchor.upperBound
                ? tokens.lowerBound - anchor.upperBound : anchor.lowerBound - tokens.upperBound
            score -= 0.02 * Double(max(0, distance))
            if best.map({ score > $0.score }) ?? true { best = (score, c.mention, c.place) }
        }
        // Places the gazetteer lacks, named in this sentence, compete as cued towns of the document's country.
        let mentions = resolution.mentions
        var bestUnlisted: (score: Double, index: Int)?
        for (u, place) in resolution.unlisted.enumerated() where place.sentence == sentence {
            var score = configuration.townBonus * (place.isNear ? 0.5 : 1) + 1
                + (place.trigger == .town ? configuration.townCueBonus : configuration.districtCueBonus)
            let distance = place.tokens.lowerBound >= anchor.upperBound
                ? place.tokens.lowerBound - anchor.upperBound : anchor.lowerBound - place.tokens.upperBound
            score -= 0.02 * Double(max(0, distance))
            if bestUnlisted.map({ score > $0.score }) ?? true { bestUnlisted = (score, u) }
        }
        if let u = bestUnlisted, best.map({ u.score > $0.score || refines(unlisted: resolution.unlisted[u.index],
                                                                           outer: (mentions[$0.mention], $0.place), mentions: mentions) }) ?? true,
           let location = makeLocation(unlisted: resolution.unlisted[u.index], mentions: mentions) {
            return location
        }
        guard let best else { return nil }
        // The document's place the gazetteer lacks, when it lies inside or beside the place this sentence names.
        if let location = resolution.location, let span = location.span,
           let u = resolution.unlisted.first(where: { $0.span == span }),
           abs(u.sentence - sentence) <= configuration.refinementSentenceWindow,
           refines(unlisted: u, outer: (mentions[best.mention], best.place), mentions: mentions) {
            return location
        }
        // The document's place when it is a more precise spot inside the one this sentence names ("a strike in Gaza
        // Strip" in the lead, "the village of X in central Gaza Strip" later), named close to this sentence or more than
        // once (a place named once far away may be another incident).
        if let location = resolution.location, let span = location.span,
           let m = resolution.mentions.firstIndex(where: { $0.span == span }), case .places(let picks) = resolution.mentions[m].target,
           let pick = picks.first,
           abs(resolution.mentions[m].sentence - sentence) <= configuration.refinementSentenceWindow
            || Self.settlesMoreThanOnce(on: pick, resolution.mentions),
           refines(inner: (resolution.mentions[m], pick), outer: (resolution.mentions[best.mention], best.place)) {
            return location
        }
        return makeLocation(mention: best.mention, place: best.place, chosen: chosen, mentions: resolution.mentions)
    }

    /// Whether more than one of `mentions` is settled on place `pick` alone (`target == .places([pick])`), counted
    /// without building the target to compare with or a filtered array.
    static func settlesMoreThanOnce(on pick: Int, _ mentions: [PlaceMention]) -> Bool {
        var count = 0
        for m in mentions.indices {
            guard case .places(let picks) = mentions[m].target, picks.count == 1, picks[0] == pick else { continue }
            count += 1
            if count > 1 { return true }
        }
        return false
    }
}
