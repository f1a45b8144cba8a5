import ArabicText
import EventModel
import Lexicon

/// Turns a report's triggers, places, dates, actors and claims into events with reconciled tolls.
///
/// - The main event comes from the lead's main trigger (anchored in the lead when a later sentence only refines its
///   type); each following sentence's trigger is a further event when it has a place of its own (30 km away), a day of
///   its own, another type of violence named by its tactic, or opens as another incident
///   ("في سياق متصل"). Each is placed by the place named nearest its trigger (`PlaceResolver`).
/// - An event's country is its location's, else the report's country; only a further event whose trigger names the
///   district it hit may cross the border.
/// - A lone attacker's armed clash is violence against civilians (two organised armed groups make a battle).
/// - Claims attach to the event they describe: a further event takes the claims of its own trigger sentence and of the
///   `followingClaimSentences` after it, the main event all others. Background claims attach to none.
/// - Tolls are reconciled per event over its claims (`Reconciler`).
struct EventAssembler: Sendable {
    let reader: EventReader
    let places: PlaceResolver
    /// The first words of the reader's phrase tables (`EventReader.phraseStarts`): each report's word view is marked
    /// with them once.
    let starts: PhraseStarts
    /// Sentences after the first trigger sentence that may add events of another kind.
    var followingSentences = 8
    /// The target-class slots (`TargetClassTables`) of `isNegated`'s tests, each head class with the class of words that
    /// may stand between it and the trigger: looked up once, not by name for every trigger.
    let negationSlots: [(head: Int, between: Int)]

    init(reader: EventReader, places: PlaceResolver) {
        self.reader = reader
        self.places = places
        starts = reader.phraseStarts()
        let slots = reader.triggers.targets.slots
        negationSlots = [("negation", "occurrence"), ("irrealis", "launch")].compactMap { head, between in
            guard let h = slots[head], let b = slots[between] else { return nil }
            return (h, b)
        }
    }

    /// `backgroundSentences`: sentences told as background (past events, another topic) whose triggers add no further event.
    /// `answerCues`: sentences with a cue answering an earlier event ("ردا على هجوم"), and the character offset where it
    /// starts: triggers before it tell this report's event, those after it the earlier one.
    func assemble(
        _ text: AnalyzedText, claims: [CasualtyClaim], published: CalendarDate?, backgroundSentences: Set<Int> = [],
        answerCues: [Int: Int] = [:]
    ) -> (events: [ConflictEvent], diagnostics: [Diagnostic]) {
        let resolution = places.resolve(text)
        let words = WordSequence(analyzed: text, starts: starts)
        let claimSentences = claims.map { sentence(ofOffset: $0.span.start, in: text) }
        let background = Set(claims.indices.filter { claims[$0].background }.compactMap { claimSentences[$0] })
            .subtracting(claims.indices.filter { !claims[$0].background }.compactMap { claimSentences[$0] })
        // Sentences that open as another incident ("في هجوم آخر", "إلى ذلك"), found once for the document, and sentences
        // that tell "another attack" anywhere ("استهدف هجوم آخر حاجزا").
        let openers = phraseSentences(of: "another_incident", in: words, withinFirstWords: 3)
        let anotherAttack = phraseSentences(of: "another_attack", in: words)
        let readings = self.readings(
            in: words, published: published, country: resolution.country, background: background,
            furtherBackground: backgroundSentences, announced: anotherAttack, answerCues: answerCues, places: (resolution, text)
        )
        var events: [ConflictEvent] = []
        var triggerSentences: [Int] = []
        for reading in readings {
            var event = reading.event(country: resolution.country)
            // The place named nearest the trigger, unless it lies in another country than the report's: "backed by
            // Washington" in the trigger's sentence does not move a Syrian battle to the United States.
            let anchorTokens = Self.textTokens(reading.anchor.tokens, words: words, text: text)
            var own = places.location(forEventAt: anchorTokens, in: resolution, text: text)
            // "Another attack" told beside the main event's place ("after the blast in Suruç, another attack hit a
            // checkpoint south of Kobani") happened at the other place the sentence names after it.
            if !reading.isMain, anotherAttack.contains(reading.anchor.sentence),
               own.map({ o in events.contains { $0.location?.name == o.name } }) ?? true,
               let other = placeAfter(reading.anchor, apartFrom: events, in: resolution) {
                own = other
            }
            // "Another attack" at a place no event has yet announces an incident of its own; a second blast at the
            // same place is one attack told in steps.
            let announced = openers.contains(reading.trigger.sentence) || anotherAttack.contains(reading.trigger.sentence)
                && own.map { o in !events.contains { $0.location?.name == o.name } } ?? false
            if let country = resolution.country, let o = own, o.country != country,
               reading.isMain || !(Self.isObject(o, of: reading.anchor, in: resolution)
                                   || anotherAttack.contains(reading.anchor.sentence) && Self.isSettlementCued(o, in: resolution)) {
                // A further event told at a place abroad that is not what its trigger hit (protests "in Basra" in a
                // digest about Idlib) is another story, not an event of this report's country. A bare capital ("led by
                // Washington") names a government and is ignored.
                if !reading.isMain && Self.isCued(o, in: resolution) { continue }
                own = nil
            }
            let location = own ?? resolution.location
            event.location = location
            event.country = location?.country ?? resolution.country
            // A further event needs a place or a day of its own: the same kind of violence told again, or another
            // facet of the main incident, is not a new event.
            if !reading.isMain {
                if reading.isAlternate && triggerSentences.contains(reading.anchor.sentence) { continue }
                // A demonstration beside violence is weighed only as a new kind of event.
                if reading.isAlternate && events.contains(where: { Self.family($0.type) == .protests }) { continue }
                // A sentence that places its news abroad only ("a campaign to strike positions in Syria and northern
                // Iraq" in a report about Turkey) tells another story.
                let hitAbroad = own.map { $0.country != resolution.country } ?? false
                if !hitAbroad && toldOnlyAbroad(reading.anchor.sentence, in: resolution) { continue }
                // Speech about the event ("the attack was a suicide bombing", said the minister in Ankara) is not a
                // further event at the place where it was spoken.
                if let o = own, Self.isQuoted(anchorTokens, in: text), !Self.isQuoted(o, in: text, resolution: resolution) {
                    own = nil
                }
                // A place in an official's title ("مدير ناحية القيارة") names the source's office, not a place where
                // something else happened.
                if let o = own, names(office: o, in: words, resolution: resolution) { own = nil }
                // A place of its own: not one already used, and not within a town's reach of one ("Khan Younis" after
                // "the Gaza Strip", "Arish" after "North Sinai" tell the same incident more or less precisely).
                var newPlace = own.map { o in !events.contains { e in e.location.map { Self.sameArea($0, o) } ?? false } } ?? false
                // A place told by its nearness to an event's place ("the village of X near the market of Y", "the city
                // of X near the town of Y") is in that event's area.
                if newPlace, let o = own, isNearEventPlace(o, events: events, words: words, resolution: resolution) { newPlace = false }
                // The lead's trigger word told again ("the confrontations", "the attack") refers back to the main event
                // whatever its context makes of it or the day its sentence names: only a place of its own splits it.
                let repeated = Self.sameWord(reading.trigger, readings[0].trigger, words)
                    || Self.sameWord(reading.trigger, readings[0].anchor, words)
                // The lead's trigger told again at a place, when the lead placed the main event nowhere ("on the west
                // coast fronts", which the gazetteer cannot place): that is where the main event happened.
                if repeated, newPlace, let o = own, o.country == events[0].country, !mainPlacedByLead(events[0], readings[0], resolution) {
                    events[0].location = o
                    continue
                }
                // A definite trigger of an event's own type and subtype at no place of its own ("the chemical attack"
                // beside the day a council meets about it) refers back to that event, whatever day its sentence names.
                if !newPlace, !announced, events.contains(where: { $0.type == event.type && $0.subtype == event.subtype }),
                   Self.isDefinite(Self.textTokens(reading.trigger.tokens, words: words, text: text), in: text) {
                    continue
                }
                let newDay = !repeated && event.date.map { d in
                    !events.contains { e in e.date.map { abs($0.value.dayNumber - d.value.dayNumber) <= 1 } ?? true }
                } ?? false
                // Another kind of violence named by its tactic (air strikes during ground fighting) is an event of its
                // own, ACLED codes each type separately.
                // Protests and riots are one family: a march that turned violent is one demonstration.
                let newType = !reading.trigger.isGeneric && !repeated && !events.contains { Self.family($0.type) == Self.family(event.type) }
                // The main event placed only by its region ("central Mali"), then the same kind of violence that day in
                // a town of that country: the same incident told precisely. The main event takes the town.
                if !newDay, newPlace, event.type == events[0].type, let o = own, o.precision == 1,
                   let main = events[0].location, main.precision == 3, main.country == o.country {
                    events[0].location = o
                    continue
                }
                // A sentence opened as another incident ("في هجوم آخر", "إلى ذلك") or telling "another attack" tells a
                // further event even where the place or day cannot tell it apart (a district the gazetteer lacks).
                // "In the meantime" followed by the lead's trigger word told again with the article ("the blast they
                // suffered") goes on with the same incident (a toll update), not another one.
                let refersBack = repeated && Self.isDefinite(Self.textTokens(reading.trigger.tokens, words: words, text: text), in: text)
                if !newPlace && !newDay && !newType && !(announced && !refersBack) { continue }
            }
            events.append(event)
            triggerSentences.append(reading.anchor.sentence)
        }
        // Claims to events.
        if !events.isEmpty {
            for (i, claim) in claims.enumerated() where !claim.background {
                let s = claimSentences[i] ?? 0
                // A further event takes the claims told in its own sentence; the rest belong to the main event, and so
                // do those of the sentence whose trigger refined the main event's type.
                let target = s == readings.first?.trigger.sentence ? 0 : owner(ofClaimIn: s, triggerSentences: triggerSentences)
                // A figure told after a sentence opened as another incident ("من جهة أخرى، …") with no event of its own
                // between belongs to that other incident, not to the main event.
                if target == 0, otherIncidentOpened(before: s, openers: openers, triggerSentences: triggerSentences) != nil { continue }
                events[target].claims.append(i)
            }
            for e in events.indices {
                let (fatalities, injuries) = Reconciler.reconcile(claims, considering: events[e].claims, type: events[e].type)
                events[e].fatalities = fatalities
                events[e].injuries = injuries
            }
        }
        return (events, resolution.diagnostics)
    }

    /// The main event's reading, then one reading per later sentence (up to `followingSentences` after the first trigger
    /// sentence, background sentences excepted) that has a trigger: whether it is a further event is decided by place
    /// and day in `assemble`.
    /// `places`: the report's places, which tell whether two triggers are told at one place (without them, they are).
    func readings(
        in words: WordSequence, published: CalendarDate?, country: String?, background: Set<Int>, furtherBackground: Set<Int> = [],
        announced: Set<Int> = [], answerCues: [Int: Int] = [:], places: (resolution: PlaceResolution, text: AnalyzedText)? = nil
    ) -> [EventReading] {
        let mentions = reader.actors.mentions(in: words)
        let parties = ActorResolver.Parties(mentions)
        // Triggers in background sentences (a past attack, a cumulative toll) make no event; a report whose every
        // trigger sentence is background reports no new event. A trigger word inside an actor's name ("تحرير" in
        // "هيئة تحرير الشام") reports no event either.
        let named = mentions.map(\.tokens)
        // A negated trigger ("لم تتعرض لإطلاق نار", "دون وقوع اشتباكات") or a planned or feared one ("يخططون لشن
        // هجوم", "تحسبا لهجمات") tells that nothing happened. A foiled attack ("إحباط هجوم") was fought off: it happened.
        // A sentence that answers an earlier event ("air strikes today in response to the attack that killed 12") is
        // background after its cue only: its figures there are the earlier event's, its trigger before it is news.
        // Filtered in place: a filtered copy retained every kept match's strings again.
        var matches = reader.triggers.matches(in: words)
        matches.removeAll { m in
            let told = answerCues[m.sentence].map { m.span.start < $0 } ?? !background.contains(m.sentence)
            return !(told && !named.contains { $0.overlaps(m.tokens) } && !isNegated(m, in: words))
        }
        guard var main = reader.triggers.mainTrigger(among: matches), let first = matches.first else { return [] }
        let cues = reader.actors.cueIndex(in: words)
        let dateMentions = reader.dates.mentions(in: words, published: published)
        func read(_ trigger: TriggerMatch, isMain: Bool, dates: [DateMention]) -> EventReading {
            EventReading(
                trigger: trigger, date: reader.dates.eventDate(among: dates, in: words, near: trigger.tokens),
                actors: reader.actors.assign(trigger: trigger, in: words, parties: parties, cues: cues, country: country), isMain: isMain
            )
        }
        // The lead's own trigger anchors the main event when a later sentence only refines its type.
        let lead = TriggerMatcher.decide(matches.filter { $0.sentence == first.sentence })
        // A later sentence that tells of another place ("in another attack, in Mosul") does not refine the lead.
        if let lead, lead.sentence != main.sentence, lead.eventType != .strategicDevelopments,
           let places, !onePlace(lead.tokens, main.tokens, words: words, in: places.resolution, text: places.text) {
            main = lead
        }
        let anchor = lead.map { $0.sentence != main.sentence && main.sentence <= first.sentence + reader.triggers.leadSentences
            && ($0.eventType == main.eventType || $0.isGeneric) ? $0 : main } ?? main
        var placed = main
        (placed.tokens, placed.span, placed.sentence) = (anchor.tokens, anchor.span, anchor.sentence)
        var mainReading = read(placed, isMain: true, dates: dateMentions)
        mainReading.trigger = main
        mainReading.anchor = anchor
        // A further event is dated by its own sentence; told without a date, it happened when the main event did (a date
        // in a neighbouring sentence, "since 20 July", belongs to something else).
        let mainDate = mainReading.date
        // Room for a few further events: growing the array from one reading copied the readings (and their strings).
        var out: [EventReading] = []
        out.reserveCapacity(4)
        out.append(mainReading)
        func readFurther(_ trigger: TriggerMatch) -> EventReading {
            var reading = read(trigger, isMain: false, dates: dateMentions.filter { $0.sentence == trigger.sentence })
            if reading.date == nil { reading.date = mainDate }
            return reading
        }
        // An armed clash needs two organised armed groups: a report that names a lone attacker (the gunman, the
        // attacker) in its lead tells violence against civilians, whoever the victims (ACLED's codebook).
        let leadSentences = first.sentence...(first.sentence + reader.triggers.leadSentences)
        let loneAttacker = !phraseSentences(of: "lone_attacker", in: words, sentences: leadSentences).isEmpty
        guard followingSentences > 0 else { return out }
        // Sentences told as another attack count wherever they stand in the report.
        // (In order, each once: the sentences that follow the first, then those told as another attack beyond them.)
        let last = first.sentence + followingSentences
        let scanned = Array(first.sentence...last) + announced.filter { $0 > last }.sorted()
        for sentence in scanned
        where sentence != anchor.sentence && (!background.contains(sentence) || answerCues[sentence] != nil) && !furtherBackground.contains(sentence) {
            // The sentence's triggers, consecutive in `matches` (text order); a sentence with none reads nothing.
            guard let lower = matches.firstIndex(where: { $0.sentence >= sentence }), matches[lower].sentence == sentence else { continue }
            let upper = matches[lower...].firstIndex { $0.sentence > sentence } ?? matches.endIndex
            // The sentence that refined the main event may still tell another kind of violence beside it ("the
            // battles killed 37 … 58 militants died, mostly in coalition air strikes").
            let candidates = sentence != main.sentence ? Array(matches[lower..<upper])
                : matches[lower..<upper].filter { Self.family($0.eventType) != Self.family(main.eventType) }
            // A sentence dated long before the report ("a raid in December 2014") tells the past, not a further event.
            if dateMentions.contains(where: { $0.sentence == sentence && $0.role == .background }) { continue }
            if let decided = TriggerMatcher.decide(candidates) {
                out.append(readFurther(decided))
                // Co-occurring tactics of violence are one event by ACLED's hierarchy, but a demonstration told beside
                // violence ("after the clashes, residents protested by blocking the road") is an event of another
                // kind: it is weighed when the sentence's violence made no event.
                if Self.family(decided.eventType) != .protests,
                   let demonstration = TriggerMatcher.decide(candidates.filter { Self.family($0.eventType) == .protests }) {
                    var reading = readFurther(demonstration)
                    reading.isAlternate = true
                    out.append(reading)
                }
            }
        }
        if loneAttacker {
            for i in out.indices where out[i].trigger.eventType == .battles && out[i].trigger.subtype == "armed_clash" {
                out[i].trigger.eventType = .violenceAgainstCivilians
                out[i].trigger.subtype = "attack"
                out[i].trigger.rule += "+lone_attacker"
            }
        }
        return out
    }

    /// Whether two triggers are told at one place (a later sentence refining the lead, not another attack). A sentence
    /// that names no place of its own tells of the same place.
    func onePlace(_ a: Range<Int>, _ b: Range<Int>, words: WordSequence, in resolution: PlaceResolution, text: AnalyzedText) -> Bool {
        let (a, b) = (Self.textTokens(a, words: words, text: text), Self.textTokens(b, words: words, text: text))
        guard let sb = text.sentenceIndex(ofToken: b.lowerBound), Self.namesPlace(sb, in: resolution) else { return true }
        let pa = places.location(forEventAt: a, in: resolution, text: text)
        let pb = places.location(forEventAt: b, in: resolution, text: text)
        guard let pa, let pb else { return true }
        return Self.sameArea(pa, pb)
    }

    /// Words that may stand between a negation or a word of plan and the trigger ("لم تتعرض ل…", "دون وقوع", "يخططون لشن").
    static let occurrenceReach = 2

    /// Whether the trigger tells something that did not happen: a negation (`negation` class) right before it or before
    /// at most `occurrenceReach` words of occurrence (`occurrence`: تعرض، وقوع، حدوث، أي) before it; or a word of plan,
    /// threat or prevention (`irrealis`: يخطط، تحسبا، خطر، منع) before it or before words of launching (`launch`:
    /// لشن، لتنفيذ). "لم يسفر الهجوم" negates the result, not the attack: يسفر is no word of occurrence.
    func isNegated(_ m: TriggerMatch, in words: WordSequence) -> Bool {
        let targets = reader.triggers.targets
        for (head, between) in negationSlots {
            var k = m.tokens.lowerBound - 1
            var skipped = 0
            while k >= 0, words[k].sentence == m.sentence, words[k].kind == .word {
                if targets.matches(slot: head, in: words, at: k) { return true }
                guard skipped < Self.occurrenceReach, targets.matches(slot: between, in: words, at: k) else { break }
                skipped += 1
                k -= 1
            }
        }
        return false
    }

    /// The latest sentence at or before `s`, after the main event's sentence, that opens as another incident with no
    /// event's trigger sentence from it to `s`; nil when there is none.
    func otherIncidentOpened(before s: Int, openers: Set<Int>, triggerSentences: [Int]) -> Int? {
        guard let main = triggerSentences.first, s > main else { return nil }
        for a in stride(from: s, to: main, by: -1) {
            if triggerSentences.contains(a) { return nil }
            if openers.contains(a) { return a }
        }
        return nil
    }

    /// The sentences in which a phrase of word class `name` (event_targets.tsv) starts: within `sentences` when given,
    /// and within a sentence's first `limit` words when given.
    func phraseSentences(
        of name: String, in words: WordSequence, sentences: ClosedRange<Int>? = nil, withinFirstWords limit: Int? = nil
    ) -> Set<Int> {
        guard let slot = reader.triggers.targets.slots[name] else { return [] }
        let table = reader.triggers.targets.tables[slot], bit = reader.triggers.targets.bits[slot]
        // Sentences in text order (words are read in order): a sentence already found is the last one found.
        var found: [Int] = []
        var k = 0
        while k < words.count {
            // The start masks first: words where no phrase of the class starts are passed over at once.
            k = words.nextStart(bit: bit, from: k)
            guard k < words.count else { break }
            defer { k += 1 }
            guard words[k].kind == .word, words.mayStart(bit: bit, at: k) ?? true else { continue }
            let s = words[k].sentence
            // Sentences come in order: none after the range can be in it.
            if let sentences, s > sentences.upperBound { break }
            if found.last == s || sentences.map({ !$0.contains(s) }) ?? false { continue }
            if let limit, Self.wordPosition(of: k, in: words, atMost: limit + 1) > limit { continue }
            if table.hasMatch(in: words, at: k, bit: bit) { found.append(s) }
        }
        return Set(found)
    }

    /// The position (from 1) of word `k` among the words of its sentence, counted up to `atMost`.
    static func wordPosition(of k: Int, in words: WordSequence, atMost limit: Int) -> Int {
        let s = words[k].sentence
        var n = 0, j = k
        while j >= 0 && words[j].sentence == s && n < limit {
            if words[j].kind == .word { n += 1 }
            j -= 1
        }
        return n
    }

    /// How many sentences after a further event's trigger sentence still tell that event (its toll, its source).
    static let followingClaimSentences = 2

    /// The event a claim in sentence `s` describes: a further event whose trigger sentence is `s`, else the latest further
    /// event told at most `followingClaimSentences` before it, else the main event (index 0).
    func owner(ofClaimIn s: Int, triggerSentences: [Int]) -> Int {
        if let own = triggerSentences.indices.dropFirst().first(where: { triggerSentences[$0] == s }) { return own }
        let before = triggerSentences.indices.dropFirst().filter {
            triggerSentences[$0] < s && s - triggerSentences[$0] <= Self.followingClaimSentences && triggerSentences[$0] > triggerSentences[0]
        }
        return before.max { triggerSentences[$0] < triggerSentences[$1] } ?? 0
    }

    /// Whether sentence `s` names places with a place word or preposition (في سوريا، بمدينة البصرة) and all of them lie
    /// outside the report's country.
    func toldOnlyAbroad(_ s: Int, in resolution: PlaceResolution) -> Bool {
        guard let home = resolution.country else { return false }
        var abroad = false
        for mention in resolution.mentions where mention.sentence == s && mention.trigger != nil && !mention.isDateline {
            let country: String?
            switch mention.target {
            case .places(let picks): country = picks.count == 1 ? places.gazetteer.places[picks[0]].country : nil
            case .country(let forms): country = forms.first { $0.kind == .name }?.country
            }
            guard let country else { continue }
            if country == home { return false }
            abroad = true
        }
        return abroad
    }

    /// The text's tokens (`AnalyzedText`, which place mentions count) of a range of the word view's tokens (which drops
    /// line breaks and hashtag marks, so its indexes fall behind the text's after each paragraph).
    static func textTokens(_ range: Range<Int>, words: WordSequence, text: AnalyzedText) -> Range<Int> {
        guard !range.isEmpty, range.upperBound <= words.count else { return range }
        let starts = { (t: Int) in text.tokens[t].span.start }
        let lower = firstIndex(count: text.tokens.count, start: starts, atOrAfter: words[range.lowerBound].span.start)
        let upper = firstIndex(count: text.tokens.count, start: starts, atOrAfter: words[range.upperBound - 1].span.start) + 1
        return lower..<max(lower, upper)
    }

    /// The first of `count` tokens in text order (`start` gives a token's first character) that starts at or after
    /// `offset`; `count` when none does.
    static func firstIndex(count: Int, start: (Int) -> Int, atOrAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if start(mid) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The word of the word view that starts at or after character `offset`, if any.
    static func wordIndex(atOrAfter offset: Int, in words: WordSequence) -> Int? {
        let k = firstIndex(count: words.count, start: { words[$0].span.start }, atOrAfter: offset)
        return k < words.count ? k : nil
    }

    /// Whether the first of `tokens` carries the article after at most two proclitic letters (التفجير، بالتفجير، للهجوم).
    static func isDefinite(_ tokens: Range<Int>, in text: AnalyzedText) -> Bool {
        guard let t = tokens.first, t < text.tokens.count else { return false }
        let range = text.tokens[t].range
        let scalars = text.normalized.scalars
        guard range.count > 3 else { return false }
        for p in 2...min(4, range.count - 2) where CliticAnalyzer.endsWithArticle(scalars, before: range.lowerBound + p) { return true }
        return false
    }

    /// Whether tokens lie between quotation marks (« », " ") of their sentence.
    static func isQuoted(_ tokens: Range<Int>, in text: AnalyzedText) -> Bool {
        guard let s = text.sentenceIndex(ofToken: tokens.lowerBound) else { return false }
        var open = false
        for t in text.sentences[s] {
            if t >= tokens.lowerBound { return open }
            guard text.tokens[t].kind == .punctuation else { continue }
            switch text.tokens[t].first {  // punctuation: one scalar
            case "«", "“": open = true
            case "»", "”": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return false
    }

    /// Whether a location's name lies between quotation marks.
    static func isQuoted(_ place: EventLocation, in text: AnalyzedText, resolution: PlaceResolution) -> Bool {
        guard let mention = mention(of: place, in: resolution) else { return false }
        return isQuoted(mention.tokens, in: text)
    }

    /// The mention a location was read from.
    static func mention(of place: EventLocation, in resolution: PlaceResolution) -> PlaceMention? {
        guard let span = place.span else { return nil }
        return resolution.mentions.first { $0.span == span }
    }

    /// Whether sentence `s` names a gazetteer place with a place word or preposition (datelines aside; a bare capital
    /// may name a government: "led by Washington").
    static func namesPlace(_ s: Int, in resolution: PlaceResolution) -> Bool {
        resolution.mentions.contains { m in
            guard m.sentence == s, !m.isDateline, m.trigger != nil, case .places = m.target else { return false }
            return true
        }
    }

    /// The first place named with a settlement or area word after `trigger` in its sentence that is none of `events`'
    /// places (a town across the border ten kilometres away may be another attack's place).
    func placeAfter(_ trigger: TriggerMatch, apartFrom events: [ConflictEvent], in resolution: PlaceResolution) -> EventLocation? {
        let chosen = resolution.settledPlaces
        for c in chosen {
            let mention = resolution.mentions[c.mention]
            guard mention.sentence == trigger.sentence, mention.span.start >= trigger.span.end, !mention.isDateline,
                  mention.trigger == .town || mention.trigger == .region else { continue }
            let location = places.makeLocation(mention: c.mention, place: c.place, chosen: chosen, mentions: resolution.mentions)
            if !events.contains(where: { $0.location?.name == location.name }) { return location }
        }
        return nil
    }

    /// Whether `place` was named with a settlement or area word (مدينة، بلدة، قضاء، محافظة), not only a preposition.
    static func isSettlementCued(_ place: EventLocation, in resolution: PlaceResolution) -> Bool {
        guard let trigger = mention(of: place, in: resolution)?.trigger else { return false }
        return trigger == .town || trigger == .region
    }

    /// Words before a place that may hold an official's title: the title itself and the area word after it
    /// ("مدير ناحية القيارة", "قائد شرطة محافظة").
    static let officeReach = 3

    /// Whether `place` is named in a local official's or command's title (office class of event_targets.tsv).
    func names(office place: EventLocation, in words: WordSequence, resolution: PlaceResolution) -> Bool {
        guard let table = reader.triggers.lexicon.targetClasses["office"],
              let mention = Self.mention(of: place, in: resolution) else { return false }
        // Place mentions count the text's tokens; the word view has its own indexes: meet at the character offset.
        guard let start = Self.wordIndex(atOrAfter: mention.span.start, in: words) else { return false }
        for k in max(0, start - Self.officeReach)..<start where words[k].sentence == words[start].sentence && words[k].kind == .word {
            if let match = table.longestMatch(in: words, at: k), k + match.length >= start - 1 { return true }
        }
        return false
    }

    /// Words between a place and the nearness phrase after it, and between that phrase and the other place ("قرية X
    /// القريبة من سوق Y").
    static let nearnessReach = 2

    /// Whether `place` is told by its nearness to a place in the area of an event's location ("the village of X near
    /// the market of Y", "the city of X near the town of Y").
    func isNearEventPlace(_ place: EventLocation, events: [ConflictEvent], words: WordSequence, resolution: PlaceResolution) -> Bool {
        guard let table = reader.triggers.lexicon.targetClasses["nearness"], let span = place.span,
              let end = Self.wordIndex(atOrAfter: span.end, in: words) else { return false }
        let sentence = words[end].sentence
        for k in end..<min(words.count, end + Self.nearnessReach + 1) where words[k].sentence == sentence {
            guard let near = table.longestMatch(in: words, at: k) else { continue }
            let after = k + near.length
            guard after < words.count else { return false }
            let limit = words[min(words.count - 1, after + Self.nearnessReach)].span.end
            // A place the gazetteer lacks that gave an event its (romanised) name, written again after the phrase.
            let following = after..<min(words.count, after + Self.nearnessReach + 1)
            if resolution.unlisted.contains(where: { u in
                events.contains { $0.location?.name == u.name } && following.contains { words.key($0) == u.key }
            }) { return true }
            return resolution.mentions.contains { m in
                guard m.sentence == sentence, m.span.start >= words[after].span.start, m.span.start < limit,
                      case .places(let picks) = m.target, picks.count == 1 else { return false }
                let other = places.gazetteer.places[picks[0]]
                return events.contains { e in
                    e.location.map { Self.sameArea($0, name: other.name, latitude: other.latitude, longitude: other.longitude) } ?? false
                }
            }
        }
        return false
    }

    /// Whether the main event's place was named in its lead (the anchor's sentence and the `leadSentences` after it) or
    /// before it, not only later in the report.
    func mainPlacedByLead(_ main: ConflictEvent, _ reading: EventReading, _ resolution: PlaceResolution) -> Bool {
        guard let location = main.location else { return false }
        let last = reading.anchor.sentence + reader.triggers.leadSentences
        if let mention = Self.mention(of: location, in: resolution) { return mention.sentence <= last }
        return resolution.unlisted.contains { $0.span == location.span && $0.sentence <= last }
    }

    /// Whether `place` was named with a place word or preposition before it (في، مدينة، محافظة).
    static func isCued(_ place: EventLocation, in resolution: PlaceResolution) -> Bool {
        mention(of: place, in: resolution)?.trigger != nil
    }

    /// Whether two triggers are the same word or phrase (sharing a stem word by word, clitics and article aside).
    static func sameWord(_ a: TriggerMatch, _ b: TriggerMatch, _ words: WordSequence) -> Bool {
        guard a.tokens.count == b.tokens.count else { return false }
        return zip(a.tokens, b.tokens).allSatisfy { x, y in
            let other = words.stemKeys(of: y)
            return words.stemKeys(of: x).contains { other.contains($0) }
        }
    }

    /// Characters between a trigger and a place that is its object ("بقصف صاروخي على قضاء مخمور").
    static let objectReach = 24

    /// Whether `place` is named right after `trigger` with a settlement or area word, as what it hit ("بقصف صاروخي على
    /// قضاء مخمور"): then a further event may lie across the border from the report's country. A bare capital after a
    /// trigger ("غارات للتحالف بقيادة واشنطن") names a government, not a place.
    static func isObject(_ place: EventLocation, of trigger: TriggerMatch, in resolution: PlaceResolution) -> Bool {
        guard let span = place.span, span.start >= trigger.span.end, span.start - trigger.span.end <= objectReach,
              let mention = mention(of: place, in: resolution) else { return false }
        return mention.trigger == .town || mention.trigger == .region
    }

    /// Event types that may tell one incident: demonstrations (peaceful or violent) are one family, each other type its own.
    static func family(_ type: EventType) -> EventType {
        type == .riots ? .protests : type
    }

    /// Distance under which two places are one area for event splitting (ACLED's "near" is about this).
    static let sameAreaKilometres = 30.0

    /// Whether two locations are the same place or within `sameAreaKilometres` of each other.
    static func sameArea(_ a: EventLocation, _ b: EventLocation) -> Bool {
        sameArea(a, name: b.name, latitude: b.latitude, longitude: b.longitude)
    }

    /// Whether a location and a place given by name and coordinates are one area.
    static func sameArea(_ a: EventLocation, name: String, latitude: Double, longitude: Double) -> Bool {
        if a.name == name { return true }
        return GeoDistance.kilometres(a.latitude, a.longitude, latitude, longitude) < sameAreaKilometres
    }

    /// The sentence holding a character offset.
    func sentence(ofOffset offset: Int, in text: AnalyzedText) -> Int? {
        var lo = 0, hi = text.sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = text.sentences[mid]
            let start = text.tokens[r.lowerBound].span.start, end = text.tokens[r.upperBound - 1].span.end
            if offset < start { hi = mid - 1 } else if offset >= end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}
