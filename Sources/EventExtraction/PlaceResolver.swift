import ArabicText
import EventModel
import Lexicon

/// Finds place and country mentions in a document and chooses the event's country and most precise location.
///
/// Matching: each word is read with its proclitics stripped (و ف ب ل ك، ال، لل … from the clitic lexicon; no
/// suffixes, which would fake names), the longest gazetteer name wins (دير الزور، خان يونس، قطاع غزة), and cue words
/// before a name set its kind (مدينة/بلدة/قرية → town, محافظة/ولاية/إقليم/مديرية/منطقة → region) or nearness
/// (قرب، بالقرب من، شمال → precision 2). A word with no exact name is tried through the transliteration key
/// (باماكو → "bmk" → Bamako) when a cue or في stands before it, and kept only for a place in the country the text is
/// about (a sizeable one without a settlement/area cue) or, after such a cue, for a large place abroad.
///
/// Choice: countries are scored from names, adjectives and unambiguous places, weighted toward the first sentences;
/// homonyms are settled by that country, then population; the location is the best-placed town (a region when no town
/// is named) in the chosen country. Datelines ("القاهرة - (رويترز)") count for neither.
public struct PlaceResolver: Sendable {
    public let gazetteer: Gazetteer
    public let configuration: Configuration

    /// Tunable weights and limits; the defaults are the documented policy.
    public struct Configuration: Sendable {
        /// Weight of a mention by sentence index: the lead counts most.
        public var sentenceWeights: [Double] = [3, 2, 1.5]
        /// Weight of later sentences.
        public var laterSentenceWeight: Double = 1
        public var countryNameWeight: Double = 2
        public var adjectiveWeight: Double = 0.75
        /// A weak form (مالي = financial) counts this much, and only for a country with other evidence.
        public var weakFormWeight: Double = 0.5
        public var placeWeight: Double = 2.5
        /// A country named right after a border word counts this fraction.
        public var borderFactor: Double = 0.25
        /// A transliterated place with no settlement or area cue counts this fraction when the location is chosen.
        public var transliterationFactor: Double = 0.6
        /// Smallest population for a transliterated place in the context country without a cue.
        public var transliterationMinimumPopulation: Int = 15_000
        /// Smallest population for a transliterated place outside the context country (a cue is still required).
        public var transliterationMinimumPopulationAbroad: Int = 200_000
        /// Below this population a bare one-word place name counts `bareNameFactor` toward its country.
        public var bareNameEvidencePopulation: Int = 50_000
        public var bareNameFactor: Double = 0.3
        /// Added to a town's location score over a region's: ACLED wants the most precise place.
        public var townBonus: Double = 3
        /// Added to a town named after a settlement noun (مدينة، بلدة، قرية).
        public var townCueBonus: Double = 2
        /// Added to a town named after an area noun (منطقة، مديرية، ناحية): a district named after its town.
        public var districtCueBonus: Double = 1.5
        /// A homonym in the context country must have at least 1/homonymSizeRatio of the largest homonym's population.
        public var homonymSizeRatio: Int = 10
        /// Smallest population of a GeoNames town whose three-letter name is read off a clitic (وتعز).
        public var strippedShortNameMinimumPopulation: Int = 100_000
        /// Smallest population of a GeoNames town named by one bare word (no cue before it).
        public var bareNameMinimumPopulation: Int = 5_000
        /// Shortest word (letters) tried through the transliteration key.
        public var transliterationMinimumLetters: Int = 4
        /// Least `ArabicRomanizer.similarity` of a transliterated name to a place's Latin name for the place to be read.
        public var transliterationMinimumSimilarity: Double = 0.45
        /// A town within this distance of a region's centre lies in it, when the region has no admin1 code.
        public var refinementRegionKilometres: Double = 40
        /// A town within this distance of a town the event was near ("جنوب كابل") may be the precise place.
        public var refinementNearKilometres: Double = 75
        /// A smaller town named with a settlement or area noun within this distance of a town refines it.
        public var refinementTownKilometres: Double = 15
        /// An event's place is refined by the document's place named at most this many sentences from the event's
        /// sentence (or named more than once).
        public var refinementSentenceWindow: Int = 2
        /// A gazetteer name after a settlement or area noun is read as a homonym of an unlisted place of the document's
        /// country when its only entries lie at least this far from that country's capital.
        public var homonymAbroadKilometres: Double = 1_500
        /// An event whose sentence names no place takes the place of the sentence before.
        public var previousSentenceFallback = true

        public init() {}
    }

    /// Proclitics are read from the document's clitic segmentations (`AnalyzedText.segments`), so the resolver uses the
    /// same clitic lexicon as the rest of the text layer.
    public init(gazetteer: Gazetteer, configuration: Configuration = Configuration()) {
        self.gazetteer = gazetteer
        self.configuration = configuration
    }

    /// A resolver over the gazetteer in `source` (the bundled data files by default). Load once and share.
    public static func load(from source: LexiconSource = .bundled, configuration: Configuration = Configuration()) throws
        -> PlaceResolver
    {
        PlaceResolver(gazetteer: try Gazetteer.load(from: source), configuration: configuration)
    }

    // MARK: - Resolution

    /// Mentions, country and location of an analysed document.
    public func resolve(_ text: AnalyzedText) -> PlaceResolution {
        let words = self.words(of: text)
        var mentions = self.mentions(in: text, words: words)
        var diagnostics: [Diagnostic] = []
        let scores = countryScoreList(mentions)
        let context = scores.max { a, b in a.score != b.score ? a.score < b.score : a.country > b.country }?.country
        // Settle each place mention on one entry, dropping transliterations that the context does not support.
        var chosen: [(mention: Int, place: Int)] = []
        chosen.reserveCapacity(mentions.count)
        // (In place: the mentions kept are moved to the front in order, those dropped are removed at the end; no copy of
        // a mention, and a mention already settled on its one entry keeps its target.)
        var keptCount = 0
        for r in mentions.indices {
            if case .places(let indexes) = mentions[r].target {
                guard let pick = choose(indexes, for: mentions[r], context: context) else { continue }
                // (Several countries among the entries: one differs from the first's; no set of country strings.)
                if indexes.count > 1, context.map({ c in !indexes.contains { gazetteer.places[$0].country == c } }) ?? true,
                   indexes.contains(where: { gazetteer.places[$0].country != gazetteer.places[indexes[0]].country }) {
                    diagnostics.append(Diagnostic(.note, "place homonym settled by population: \(gazetteer.places[pick].name)",
                                                  span: mentions[r].span))
                }
                if indexes.count != 1 || indexes[0] != pick { mentions[r].target = .places([pick]) }
                chosen.append((keptCount, pick))
            }
            if keptCount != r { mentions.swapAt(keptCount, r) }
            keptCount += 1
        }
        mentions.removeSubrange(keptCount...)
        settleHomonymsByRegion(&mentions, chosen: &chosen)
        // Names after settlement and area nouns that the gazetteer lacks; the homonyms abroad they stood for go.
        let found = unlistedPlaces(in: text, words: words, mentions: mentions, context: context)
        if !found.replaced.isEmpty {
            let keep = mentions.indices.filter { !found.replaced.contains($0) }
            var newIndex: [Int: Int] = [:]
            for (k, old) in keep.enumerated() { newIndex[old] = k }
            mentions = keep.map { mentions[$0] }
            chosen = chosen.compactMap { c in newIndex[c.mention].map { ($0, c.place) } }
        }
        var unlisted = found.places
        for u in unlisted.indices {
            unlisted[u].reference = reference(for: unlisted[u], mentions: mentions)
            let at = unlisted[u].reference.flatMap { r -> String? in
                if case .places(let p) = mentions[r].target, let pick = p.first { return gazetteer.places[pick].name }
                return nil
            } ?? "the capital"
            diagnostics.append(Diagnostic(.note, "place not in the gazetteer: \(unlisted[u].name), placed at \(at)", span: unlisted[u].span))
        }
        let location = chooseLocation(chosen, mentions: mentions, context: context, unlisted: unlisted)
        let country = location?.country ?? context
        return PlaceResolution(
            country: country, location: location, mentions: mentions, countryScoreList: scores, diagnostics: diagnostics,
            unlisted: unlisted)
    }

    func weight(ofSentence s: Int) -> Double {
        s < configuration.sentenceWeights.count ? configuration.sentenceWeights[s] : configuration.laterSentenceWeight
    }

    /// Evidence per country from names, adjectives and places whose country is not in doubt.
    ///
    /// Each country once, in the order they were first met. (Summed in short lists of countries, by linear search,
    /// and returned as a list: a report names a few countries, and hashing a country code for every mention showed in
    /// profiles. Each country's sum takes its terms in the same order as the dictionary did, so the scores are the same
    /// numbers.)
    func countryScoreList(_ mentions: [PlaceMention]) -> [(country: String, score: Double)] {
        var strong: [(country: String, score: Double)] = []
        var weak: [(country: String, score: Double)] = []
        let places = gazetteer.places
        // (By index, fields read in place: a copy of each mention retained and released its strings and arrays.)
        for m in mentions.indices where !mentions[m].isDateline && !mentions[m].viaTransliteration {
            let w = weight(ofSentence: mentions[m].sentence)
            switch mentions[m].target {
            case .country(let forms):
                let w = w * (mentions[m].isAfterBorder ? configuration.borderFactor : 1)
                for form in forms {
                    if form.isWeak {
                        Self.add(configuration.weakFormWeight * w, to: form.country, in: &weak)
                    } else {
                        let k = form.kind == .name ? configuration.countryNameWeight : configuration.adjectiveWeight
                        Self.add(k * w / Double(forms.count), to: form.country, in: &strong)
                    }
                }
            case .places(let all):
                // After an area noun (محافظة الجوف) only the regions of that name are meant, not a town abroad.
                let trigger = mentions[m].trigger
                let regions = trigger == .region ? all.filter { places[$0].level == .region } : []
                let indexes = regions.isEmpty ? all : regions
                guard let top = indexes.first else { continue }
                // A bare one-word name of a small place is weak evidence: it may be a personal name or a common word.
                let bare = trigger == nil && !mentions[m].isNear && !Self.hasSpace(mentions[m].key)
                    && places[top].population < configuration.bareNameEvidencePopulation
                let k = configuration.placeWeight * w * (bare ? configuration.bareNameFactor : 1)
                // (One country when every index has the top one's: no set of country strings is built.)
                let c = places[top].country
                if indexes.allSatisfy({ places[$0].country == c }) {
                    Self.add(k, to: c, in: &strong)
                } else {
                    Self.add(k / 3, to: c, in: &strong)
                }
            }
        }
        for n in strong.indices {
            for w in weak where w.country == strong[n].country {
                strong[n].score += w.score
                break
            }
        }
        return strong
    }

    /// Adds `value` to the sum of `country` in `sums` (a country not there yet is appended with the sum 0 + `value`,
    /// as `Dictionary`'s `default: 0` did).
    static func add(_ value: Double, to country: String, in sums: inout [(country: String, score: Double)]) {
        for n in sums.indices where sums[n].country == country {
            sums[n].score += value
            return
        }
        sums.append((country, 0 + value))
    }

    /// Whether a name has a space (is of several words), by its bytes.
    static func hasSpace(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { $0.contains(0x20) }
    }

    /// One entry of a mention's candidates, or nil when a transliteration lacks support.
    func choose(_ indexes: [Int], for mention: PlaceMention, context: String?) -> Int? {
        // One entry (most names): the ranking below picks it from either pool, so no pool is built.
        if indexes.count == 1 && !mention.viaTransliteration { return keepsBareName(indexes[0], for: mention) ? indexes[0] : nil }
        let places = gazetteer.places
        // A homonym in the context country wins unless it is far smaller than the best-known place of that name
        // (skeleton collisions of transliterations are not homonyms: the context decides).
        var largest = indexes.isEmpty ? 0 : Int.min
        for i in indexes where places[i].population > largest { largest = places[i].population }
        let choice = Choice(mention: mention, context: context, largest: largest)
        if mention.viaTransliteration {
            let cued = mention.trigger == .town || mention.trigger == .region || mention.isNear
            if let pick = rank(indexes, pool: cued ? .inContext : .inContextSizeable, choice) { return pick }
            guard cued else { return nil }
            return rank(indexes, pool: .largeAbroad, choice)
        }
        guard let pick = rank(indexes, pool: .inContext, choice) ?? rank(indexes, pool: .all, choice) else { return nil }
        return keepsBareName(pick, for: mention) ? pick : nil
    }

    /// The entries of a mention's candidates that `choose` ranks, a test on each (the pools are walked, not built:
    /// methods rather than closures, which copied the resolver for every call).
    enum ChoicePool {
        /// Every candidate.
        case all
        /// Candidates in the context country that are regions, transliterations, or not far smaller than the largest.
        case inContext
        /// As `inContext`, of at least `transliterationMinimumPopulation`.
        case inContextSizeable
        /// Candidates of at least `transliterationMinimumPopulationAbroad`.
        case largeAbroad
    }

    /// What `choose` tests candidates against.
    struct Choice {
        var mention: PlaceMention
        var context: String?
        /// The largest population among the candidates.
        var largest: Int
    }

    /// Whether place `i` is in `pool`.
    func isIn(_ pool: ChoicePool, _ i: Int, _ choice: Choice) -> Bool {
        let places = gazetteer.places
        switch pool {
        case .all:
            return true
        case .inContext, .inContextSizeable:
            guard let context = choice.context, places[i].country == context,
                  places[i].level == .region || choice.mention.viaTransliteration
                    || places[i].population * configuration.homonymSizeRatio >= choice.largest
            else { return false }
            return pool == .inContext || places[i].population >= configuration.transliterationMinimumPopulation
        case .largeAbroad:
            return places[i].population >= configuration.transliterationMinimumPopulationAbroad
        }
    }

    /// The entry `choose` takes from `pool` of `indexes`: a region when the cue asks for one (or a town shares a
    /// region's name without being its seat), else a town; the first of the pool when it has none of the kind wanted.
    func rank(_ indexes: [Int], pool: ChoicePool, _ choice: Choice) -> Int? {
        let places = gazetteer.places
        let trigger = choice.mention.trigger
        var wantsRegion = false
        if trigger == .region {
            for i in indexes where isIn(pool, i, choice) && places[i].level == .region {
                wantsRegion = true
                break
            }
        }
        // A town that shares a region's name but is not its seat (صلاح الدين) is rarely meant without a town noun.
        if trigger != .town {
            var region: Int?
            for i in indexes where isIn(pool, i, choice) && places[i].level == .region {
                region = i
                break
            }
            if let region {
                var town: Int?
                for i in indexes where isIn(pool, i, choice) && places[i].level == .town && places[i].country == places[region].country {
                    town = i
                    break
                }
                if let town, !places[region].admin1Code.isEmpty, places[town].admin1Code != places[region].admin1Code {
                    wantsRegion = true
                }
            }
        }
        // The first preferred entry, else the first of the pool (indexes are most populous first).
        var first: Int?
        for i in indexes where isIn(pool, i, choice) {
            if (places[i].level == .region) == wantsRegion { return i }
            if first == nil { first = i }
        }
        return first
    }

    /// Whether `pick` may be read for a mention that is no transliteration: a small GeoNames place named bare (no cue,
    /// one word) is more often a common word than the place.
    func keepsBareName(_ pick: Int, for mention: PlaceMention) -> Bool {
        let places = gazetteer.places
        // A small GeoNames place named bare (no cue, one word) is more often a common word than the place.
        if mention.trigger == nil && !mention.isNear && places[pick].level == .town && places[pick].geonameID != nil
            && places[pick].population < configuration.bareNameMinimumPopulation && !Self.hasSpace(mention.key) {
            return false
        }
        return true
    }

    /// The best-placed town in the context country, else the best region; nearness and region level set precision.
    func chooseLocation(
        _ chosen: [(mention: Int, place: Int)], mentions: [PlaceMention], context: String?, unlisted: [UnlistedPlace] = []
    ) -> EventLocation? {
        let places = gazetteer.places
        var best: (score: Double, mention: Int, place: Int)?
        var scored: [(score: Double, mention: Int, place: Int)] = []
        scored.reserveCapacity(chosen.count)
        for c in chosen {
            // (Fields read in place: a copy of a mention retains its key and its places.)
            let level = places[c.place].level
            guard !mentions[c.mention].isDateline, context == nil || places[c.place].country == context else { continue }
            let trigger = mentions[c.mention].trigger
            // A transliteration with only في before it is weak evidence: it earns no bonus for being a town.
            let weak = mentions[c.mention].viaTransliteration && trigger != .town && trigger != .region
            // Near a town (شمال العاصمة مانيلا) is less precise than in it: half the town bonus.
            let townBonus = level == .town && !weak ? configuration.townBonus * (mentions[c.mention].isNear ? 0.5 : 1) : 0
            var score = weight(ofSentence: mentions[c.mention].sentence) + townBonus
            // (How often the place was chosen, counted over the few chosen places: no dictionary.)
            var count = 0
            for other in chosen where other.place == c.place { count += 1 }
            score += 0.3 * Double(count - 1)
            // A settlement noun (بلدة داقوق) or a district noun before a town (مديرية حيران) names the event's locale.
            if trigger == .town { score += configuration.townCueBonus }
            if trigger == .region && level == .town { score += configuration.districtCueBonus }
            if weak { score *= configuration.transliterationFactor }
            scored.append((score, c.mention, c.place))
            if best.map({ score > $0.score }) ?? true { best = (score, c.mention, c.place) }
        }
        let bestUnlisted = unlisted.indices.max { score(unlisted: unlisted[$0]) < score(unlisted: unlisted[$1]) }
        guard var best else { return bestUnlisted.flatMap { makeLocation(unlisted: unlisted[$0], mentions: mentions) } }
        // The most precise place: a town named inside the best-scored region or beside the best-scored town wins.
        for _ in 0..<3 {
            let outer = (mention: mentions[best.mention], place: best.place)
            let inner = scored.filter { refines(inner: (mentions[$0.mention], $0.place), outer: outer) }
            guard let next = inner.max(by: { $0.score < $1.score }) else { break }
            best = next
        }
        // A place the gazetteer lacks wins when it scores higher, or lies inside or beside the place chosen.
        let outer = (mention: mentions[best.mention], place: best.place)
        if let u = unlisted.indices.filter({ score(unlisted: unlisted[$0]) > best.score || refines(unlisted: unlisted[$0], outer: outer, mentions: mentions) })
            .max(by: { score(unlisted: unlisted[$0]) < score(unlisted: unlisted[$1]) }),
           let location = makeLocation(unlisted: unlisted[u], mentions: mentions) {
            return location
        }
        return makeLocation(mention: best.mention, place: best.place, chosen: chosen, mentions: mentions)
    }

    /// The location value of one resolved mention; a region named in the same sentence supplies a missing admin1.
    func makeLocation(mention index: Int, place placeIndex: Int, chosen: [(mention: Int, place: Int)], mentions: [PlaceMention])
        -> EventLocation
    {
        // (Fields read in place: a copy of a `GazetteerPlace` or a `PlaceMention` retains and releases all its strings.)
        let places = gazetteer.places
        let sentence = mentions[index].sentence
        let country = places[placeIndex].country
        var admin1 = places[placeIndex].admin1
        if admin1 == nil {
            // A region named in the same sentence ("منطقة هجين بمحافظة دير الزور") gives the first-level region.
            for c in chosen where mentions[c.mention].sentence == sentence && places[c.place].level == .region
                && places[c.place].country == country {
                admin1 = places[c.place].name
                break
            }
        }
        let precision = places[placeIndex].level == .region ? 3 : (mentions[index].isNear ? 2 : 1)
        // The first Arabic name whose key is the mention's (the names' keys are made at load).
        let key = mentions[index].key
        let nameArabic = gazetteer.arabicName(ofPlace: placeIndex, withKey: key)
        return EventLocation(
            name: places[placeIndex].name, nameArabic: nameArabic ?? key, admin1: admin1,
            country: country, latitude: places[placeIndex].latitude, longitude: places[placeIndex].longitude, precision: precision,
            span: mentions[index].span)
    }
}
