import EventModel
import Lexicon

/// One actor named in a text.
public struct ActorMention: Sendable, Hashable {
    public var actor: ActorEntry
    public var span: TextSpan
    public var tokens: Range<Int>
    public var sentence: Int
    /// `actor.alias` or `actor.pattern` (a head noun with a country adjective).
    public var rule: String
    /// True when the mention only names an affiliation ("جماعة مرتبطة بتنظيم X"): X is not a party to the event.
    public var isAffiliation: Bool

    public init(actor: ActorEntry, span: TextSpan, tokens: Range<Int>, sentence: Int, rule: String, isAffiliation: Bool = false) {
        self.actor = actor
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.rule = rule
        self.isAffiliation = isAffiliation
    }
}

/// actor1 (initiator) and actor2 (target or other side) of one event, with the rules that chose them.
public struct ActorAssignment: Sendable, Hashable {
    public var actor1: ActorMention?
    public var actor2: ActorMention?
    public var actor1Rule: String?
    public var actor2Rule: String?

    public init(actor1: ActorMention? = nil, actor2: ActorMention? = nil, actor1Rule: String? = nil, actor2Rule: String? = nil) {
        self.actor1 = actor1
        self.actor2 = actor2
        self.actor1Rule = actor1Rule
        self.actor2Rule = actor2Rule
    }

    /// The assignment as the event model's actors.
    public var eventActors: [EventActor] {
        var out: [EventActor] = []
        if let a = actor1 { out.append(EventActor(name: a.actor.name, role: .actor1, span: a.span)) }
        if let b = actor2 { out.append(EventActor(name: b.actor.name, role: .actor2, span: b.span.isEmpty ? nil : b.span)) }
        return out
    }
}

/// Finds actor mentions (aliases with clitics, and head + country adjective patterns) and assigns actor1 / actor2
/// around an event trigger.
///
/// Rules, in order (ids recorded on the assignment):
/// - `actor1.claimed`: the actor next to a responsibility claim (تبنى، أعلن مسؤوليته) anywhere in the report;
/// - `actor1.agent_cue`: the actor right after an agent cue (شنته، نفذه، على يد) in the trigger's sentence or the next two;
/// - `actor.between`: "بين X و Y" in the trigger's sentence: X actor1, Y actor2;
/// - `actor2.target_cue`: the actor right after a target cue (على، ضد، استهدف) or مع in the trigger's sentence;
/// - `actor1.trigger_adjective`: a country adjective right after the trigger (غارة أميركية): that country's forces; after a
///   demonstration (تظاهرات فلسطينية), its protesters or rioters ("Protesters (Palestine)");
/// - `actor1.subject`: the nearest actor before the trigger in its sentence (Arabic puts the agent before the object);
/// - `actor1.after_trigger`: otherwise the first actor after the trigger that no target cue introduces;
/// - `actor2.civilians`: attacks on civilians, or civilian words nearest the trigger: "Civilians (<Country>)" as ACLED
///   names them;
/// - `actor2.police_forces` / `actor2.state_forces`: police or military words nearest the trigger and no named target:
///   the police or military forces of the event's country (unless actor1 already is).
public struct ActorResolver: Sendable {
    public var lexicon: ActorLexicon {
        didSet {
            starts = Self.starts(of: lexicon)
            (plainCountryNames, civilianNames) = Self.groupNames(lexicon.countryNames)
        }
    }
    /// Country names without "the" by ISO2, as ACLED writes them in group names ("Protesters (United States)").
    private var plainCountryNames: [String: String]
    /// "Civilians (<Country>)" by ISO2, made once rather than for every event.
    private var civilianNames: [String: String]
    /// First words of the alias and pattern tables: most words start neither, and `mentions` lets them go after one
    /// lookup.
    private var starts: PhraseStarts
    public var cues: ActorRoleCues
    /// Target word classes (`event_targets.tsv`): `civilian`, `police` and `military` words near a trigger name the
    /// default target when no actor is named.
    public var targetClasses: [String: PhraseTable<Bool>] {
        didSet {
            targets = TargetClassTables(targetClasses, bits: EventTable.actorClassBits)
            defaultTargetSlots = Self.defaultTargetSlots(targets)
            defaultTargetBits = Self.union(of: defaultTargetSlots, in: targets)
        }
    }
    /// The target classes by slot, with their bits in a word view's start masks (`EventTable`).
    private(set) var targets: TargetClassTables
    /// The slots in `targets` of `defaultTargetKinds` (nil for a class not listed), looked up once rather than by name
    /// for every event.
    private var defaultTargetSlots: [Int?]
    /// The start bits of all `defaultTargetSlots` in one mask (0, no filter, when one of them has no bit): a word
    /// whose start mask has none of them starts no default target class, and `targetKind` tries no table there.
    private var defaultTargetBits: UInt64
    /// The target classes that name a default actor2, in the order `nearestTargetClass` tries them.
    private static let defaultTargetKinds = ["police", "civilian", "military"]
    /// How far (tokens) after a cue the actor may start.
    public var cueReach = 4
    /// How far (tokens) before the trigger a subject may be.
    public var subjectReach = 14
    /// How far (tokens) before a responsibility cue its claimant may be ("أعلنت حركة الشباب في موقعها ... مسؤوليتها").
    public var claimReachBefore = 10

    public init(lexicon: ActorLexicon, cues: ActorRoleCues, targetClasses: [String: PhraseTable<Bool>] = [:]) {
        self.lexicon = lexicon
        self.cues = cues
        self.targetClasses = targetClasses
        targets = TargetClassTables(targetClasses, bits: EventTable.actorClassBits)
        defaultTargetSlots = Self.defaultTargetSlots(targets)
        defaultTargetBits = Self.union(of: defaultTargetSlots, in: targets)
        starts = Self.starts(of: lexicon)
        (plainCountryNames, civilianNames) = Self.groupNames(lexicon.countryNames)
    }

    /// Country names as group names take them (without "the"), and the civilians' names made from them.
    private static func groupNames(_ countryNames: [String: String]) -> (plain: [String: String], civilians: [String: String]) {
        let plain = countryNames.mapValues { $0.replacingOccurrences(of: "the ", with: "") }
        return (plain, plain.mapValues { "Civilians (\($0))" })
    }

    private static func defaultTargetSlots(_ targets: TargetClassTables) -> [Int?] {
        defaultTargetKinds.map { targets.slots[$0] }
    }

    /// The union of the start bits of `slots` (listed ones), 0 when a listed slot has no bit.
    private static func union(of slots: [Int?], in targets: TargetClassTables) -> UInt64 {
        var union: UInt64 = 0
        for case let slot? in slots {
            let bit = targets.bits[slot]
            if bit == 0 { return 0 }
            union |= bit
        }
        return union
    }

    private static func starts(of lexicon: ActorLexicon) -> PhraseStarts {
        var starts = PhraseStarts()
        starts.add(lexicon.aliases)
        starts.add(lexicon.patterns)
        return starts
    }

    public static func load(from source: LexiconSource = .bundled) throws -> ActorResolver {
        ActorResolver(
            lexicon: try ActorLexicon.load(from: source), cues: try ActorRoleCues.load(from: source),
            targetClasses: try TriggerLexicon.targetClasses(source.load(TriggerLexicon.targetsFile))
        )
    }

    // MARK: - Mentions

    /// Every actor mention, left to right, longest first (an alias beats a pattern of the same length).
    public func mentions(in words: WordSequence) -> [ActorMention] {
        var found: [ActorMention] = []
        // The pattern heads matched at a word (entry, length), reused from word to word.
        var heads: [(entry: Int, length: Int)] = []
        var i = 0
        while i < words.count {
            // Words where no alias or pattern starts are passed over at once.
            i = words.nextStart(bit: EventTable.actorAliases.bit | EventTable.actorPatterns.bit, from: i)
            guard i < words.count else { break }
            guard words[i].kind == .word,
                  words.mayStart(bit: EventTable.actorAliases.bit | EventTable.actorPatterns.bit, at: i) ?? starts.mayStart(in: words, at: i)
            else {
                i += 1
                continue
            }
            // The best reading as entry indexes: an alias, or a pattern head with its country adjective. Only the chosen
            // one's actor is built (copies of entries holding strings showed in profiles).
            var bestLength = 0
            var alias = -1
            var pattern: (head: Int, adjective: Int)?
            if words.mayStartPhrase(bit: EventTable.actorAliases.bit, at: i),
               let match = lexicon.aliases.longestEntry(in: words, at: i, bit: EventTable.actorAliases.bit) {
                (alias, bestLength) = match
            }
            // The heads longest first, then in file order, each entry once (the order of `PhraseTable.matches`).
            heads.removeAll(keepingCapacity: true)
            if words.mayStartPhrase(bit: EventTable.actorPatterns.bit, at: i) {
                lexicon.patterns.forEachMatch(in: words, at: i, bit: EventTable.actorPatterns.bit) { e, length in
                    if !heads.contains(where: { $0.entry == e }) { heads.append((e, length)) }
                }
            }
            if heads.count > 1 {
                heads.sort { $0.length != $1.length ? $0.length > $1.length : $0.entry < $1.entry }
            }
            for head in heads {
                let at = i + head.length
                guard at < words.count, let adjective = lexicon.adjectives.longestEntry(in: words, at: at, bit: EventTable.countryAdjectives.bit)
                else { continue }
                let length = head.length + adjective.length
                if length > bestLength {
                    bestLength = length
                    pattern = (head.entry, adjective.entry)
                }
                break
            }
            guard bestLength > 0 else {
                i += 1
                continue
            }
            let actor: ActorEntry, rule: String
            if let pattern {
                actor = lexicon.patterns.entries[pattern.head].value.actor(for: lexicon.adjectives.entries[pattern.adjective].value)
                rule = "actor.pattern"
            } else {
                actor = lexicon.aliases.entries[alias].value
                rule = "actor.alias"
            }
            let range = i..<i + bestLength
            found.append(ActorMention(actor: actor, span: words.span(of: range), tokens: range, sentence: words[i].sentence,
                                      rule: rule, isAffiliation: cueBefore(.affiliation, words, range.lowerBound, reach: 2)))
            i += bestLength
        }
        return found
    }

    // MARK: - Roles

    /// actor1 and actor2 of the event triggered at `trigger`. `country` (ISO2) names civilians and default state forces.
    public func assign(
        trigger: TriggerMatch, in words: WordSequence, mentions: [ActorMention], country: String? = nil
    ) -> ActorAssignment {
        assign(trigger: trigger, in: words, mentions: mentions, cues: cueIndex(in: words), country: country)
    }

    /// Where each kind of role cue occurs in `words` (token ranges): compute once per document.
    public func cueIndex(in words: WordSequence) -> ActorCueIndex {
        var index = ActorCueIndex()
        var rows: [Int] = []
        // The table taken out once: reaching it in `cues` for each lookup copied it onto the stack.
        let table = cues.cues
        var i = 0
        while i < words.count {
            i = words.nextStart(bit: EventTable.roleCues.bit, from: i)
            guard i < words.count else { break }
            // The entries of the longest cues, each once in file order: the order `matches` puts them in, with no
            // match built.
            let longest = words[i].kind == .word ? table.longestEntries(in: words, at: i, bit: EventTable.roleCues.bit, into: &rows) : 0
            guard longest > 0 else {
                i += 1
                continue
            }
            for row in rows { index.append(i..<i + longest, for: table.entries[row].value) }
            i += longest
        }
        return index
    }

    /// As `assign(trigger:in:mentions:country:)`, with the cue index already computed.
    public func assign(
        trigger: TriggerMatch, in words: WordSequence, mentions: [ActorMention], cues index: ActorCueIndex, country: String? = nil
    ) -> ActorAssignment {
        assign(trigger: trigger, in: words, parties: Parties(mentions), cues: index, country: country)
    }

    /// The mentions that may be parties to an event (affiliations aside), and the armed ones among them: a report's,
    /// found once for all its events.
    struct Parties {
        var parties: [ActorMention]
        var armed: [ActorMention]

        init(_ mentions: [ActorMention]) {
            // Most reports name no affiliation and no civilians: the arrays are then shared, not copied mention by mention.
            parties = mentions.contains { $0.isAffiliation } ? mentions.filter { !$0.isAffiliation } : mentions
            armed = parties.contains { $0.actor.type == .civilians } ? parties.filter { $0.actor.type != .civilians } : parties
        }
    }

    /// As `assign(trigger:in:mentions:cues:country:)`, with the report's parties already found.
    func assign(
        trigger: TriggerMatch, in words: WordSequence, parties found: Parties, cues index: ActorCueIndex, country: String? = nil
    ) -> ActorAssignment {
        func cueOccurrences(_ kind: ActorCue, _ words: WordSequence) -> [Range<Int>] { index[kind] }
        var result = ActorAssignment()
        let parties = found.parties
        let armed = found.armed
        let s = trigger.sentence

        // actor1: responsibility claims anywhere, then agent cues near the trigger.
        for cue in cueOccurrences(.claim, words) {
            let cueSentence = words[cue.lowerBound].sentence
            let (reachAfter, reachBefore) = (cueReach + 2, claimReachBefore)
            let after = armed.firstIndex {
                $0.sentence == cueSentence && $0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound - cue.upperBound <= reachAfter
            }
            let before = armed.lastIndex {
                $0.sentence == cueSentence && $0.tokens.upperBound <= cue.lowerBound && cue.lowerBound - $0.tokens.upperBound <= reachBefore
            }
            result.actor1 = (after ?? before).map { armed[$0] }
            if result.actor1 != nil {
                result.actor1Rule = "actor1.claimed"
                break
            }
        }
        if result.actor1 == nil {
            for cue in cueOccurrences(.agent, words) where (s...s + 2).contains(words[cue.lowerBound].sentence) {
                if let after = firstMention(armed, after: cue.upperBound, reach: cueReach, sentence: words[cue.lowerBound].sentence) {
                    result.actor1 = after
                    result.actor1Rule = "actor1.agent_cue"
                    break
                }
            }
        }

        // بين X و Y.
        for cue in cueOccurrences(.between, words) where words[cue.lowerBound].sentence == s {
            // The first two parties of the sentence after the cue.
            var after: [Int] = []
            for (m, p) in parties.enumerated() where p.sentence == s && p.tokens.lowerBound >= cue.upperBound {
                after.append(m)
                if after.count == 2 { break }
            }
            if after.count >= 2, parties[after[0]].tokens.lowerBound - cue.upperBound <= cueReach,
               parties[after[1]].tokens.lowerBound - parties[after[0]].tokens.upperBound <= 3 {
                if result.actor1 == nil {
                    result.actor1 = parties[after[0]]
                    result.actor1Rule = "actor.between"
                }
                result.actor2 = parties[after[0]] == result.actor1 ? parties[after[1]] : parties[after[0]]
                result.actor2Rule = "actor.between"
                break
            }
        }

        // actor2: target or "with" cues in the trigger's sentence.
        if result.actor2 == nil {
            cues: for kind in Self.targetCueKinds {
                for cue in cueOccurrences(kind, words) where words[cue.lowerBound].sentence == s {
                    if let target = firstMention(parties, after: cue.upperBound, reach: cueReach, sentence: s), target != result.actor1 {
                        result.actor2 = target
                        result.actor2Rule = "actor2.target_cue"
                        break cues
                    }
                }
            }
        }

        // A country adjective right after the trigger names the attacker's forces: غارة أميركية، قصف إسرائيلي; after a
        // demonstration, its people (تظاهرات فلسطينية: "Protesters (Palestine)", as ACLED names them).
        if result.actor1 == nil, trigger.tokens.upperBound < words.count,
           let adjective = lexicon.adjectives.longestMatch(in: words, at: trigger.tokens.upperBound, bit: EventTable.countryAdjectives.bit),
           let name = lexicon.countryNames[adjective.value.iso2] {
            let range = trigger.tokens.upperBound..<trigger.tokens.upperBound + adjective.length
            let country = plainCountryNames[adjective.value.iso2] ?? name
            let actor = switch trigger.eventType {
            case .protests: ActorEntry(name: "Protesters (\(country))", type: .protesters, country: adjective.value.iso2)
            case .riots: ActorEntry(name: "Rioters (\(country))", type: .rioters, country: adjective.value.iso2)
            default: ActorEntry(name: "Military Forces of \(name)", type: .stateForces, country: adjective.value.iso2)
            }
            result.actor1 = ActorMention(actor: actor, span: words.span(of: range), tokens: range, sentence: s, rule: "actor.trigger_adjective")
            result.actor1Rule = "actor1.trigger_adjective"
        }

        // actor1 by position: the subject before the trigger, else the first untargeted actor after it.
        if result.actor1 == nil {
            // Explicit loops: closures calling `cueBefore` copied the resolver and the word view for every event.
            var subject: Int?
            for m in armed.indices.reversed() {
                let a = armed[m]
                if a.sentence == s && a.tokens.upperBound <= trigger.tokens.lowerBound
                    && trigger.tokens.lowerBound - a.tokens.upperBound <= subjectReach && a != result.actor2
                    && !cueBefore(.target, words, a.tokens.lowerBound, reach: 2) {
                    subject = m
                    break
                }
            }
            if let subject {
                result.actor1 = armed[subject]
                result.actor1Rule = "actor1.subject"
            } else {
                for a in armed where a.sentence == s && a.tokens.lowerBound >= trigger.tokens.upperBound && a != result.actor2
                    && !cueBefore(.target, words, a.tokens.lowerBound, reach: 2) && !cueBefore(.with, words, a.tokens.lowerBound, reach: 2) {
                    result.actor1 = a
                    result.actor1Rule = "actor1.after_trigger"
                    break
                }
            }
        }

        // Defaults for actor2 from the kind of target: civilians for attacks on civilians, else the nearest target word
        // in the trigger's sentence (civilians, police, armed forces of the event's country).
        let isCivilianTarget = trigger.eventType == .violenceAgainstCivilians || trigger.target == "civilian"
        if isCivilianTarget && (result.actor2 == nil || result.actor2?.actor.type == .civilians) {
            result.actor2 = civilians(country: country, near: result.actor2)
            result.actor2Rule = "actor2.civilians"
        } else if result.actor2 == nil, trigger.eventType != .protests, trigger.eventType != .strategicDevelopments,
                  let kind = nearestTargetClass(words, around: trigger.tokens, withCivilians: trigger.target != "military") {
            let name = country.flatMap { lexicon.countryNames[$0] }
            // State forces attacking are not also the target; the target words then name their own side or the place.
            let stateForces = result.actor1?.actor.type == .stateForces
            switch kind {
            case "civilian":
                result.actor2 = civilians(country: country, near: nil)
                result.actor2Rule = "actor2.civilians"
            case "police" where name != nil && !stateForces:
                result.actor2 = defaultActor("Police Forces of \(name!)", country: country, at: trigger)
                result.actor2Rule = "actor2.police_forces"
            case "military" where name != nil && !stateForces:
                result.actor2 = defaultActor("Military Forces of \(name!)", country: country, at: trigger)
                result.actor2Rule = "actor2.state_forces"
            default: break
            }
        }
        if let a = result.actor1, let b = result.actor2, a.actor.name == b.actor.name {
            result.actor2 = nil
            result.actor2Rule = nil
        }
        return result
    }

    /// The cues that introduce actor2, in the order `assign` tries them.
    private static let targetCueKinds: [ActorCue] = [.target, .with]

    /// The class (police, civilian unless `withCivilians` is false, military) of the target word nearest the trigger in
    /// its sentence (12 tokens), a word after the trigger winning a tie; police wins over military at the same word
    /// (police words are listed under both).
    private func nearestTargetClass(_ words: WordSequence, around range: Range<Int>, withCivilians: Bool) -> String? {
        let sentence = words[range.lowerBound].sentence
        // Words in order of distance (after the trigger first at each step); the first that starts a target word is the
        // nearest, and its first class in the order above is the answer.
        let bits = defaultTargetBits
        if bits != 0, words.startMasks.count == words.count {
            // The same search read through buffers, the start bits first: most words have none of them.
            let kind = words.startMasks.withUnsafeBufferPointer { masks in
                words.tokens.withUnsafeBufferPointer { tokens -> Int? in
                    func kind(at k: Int) -> Int? {
                        guard masks[k] & bits != 0, tokens[k].sentence == sentence else { return nil }
                        return targetKind(at: k, in: words, sentence: sentence, withCivilians: withCivilians)
                    }
                    for j in 0..<Self.targetReach {
                        let after = range.upperBound + j
                        if after < tokens.count, let found = kind(at: after) { return found }
                        let before = range.lowerBound - 1 - j
                        if before >= 0, let found = kind(at: before) { return found }
                    }
                    return nil
                }
            }
            return kind.map { Self.defaultTargetKinds[$0] }
        }
        for j in 0..<Self.targetReach {
            if let kind = targetKind(at: range.upperBound + j, in: words, sentence: sentence, withCivilians: withCivilians)
                ?? targetKind(at: range.lowerBound - 1 - j, in: words, sentence: sentence, withCivilians: withCivilians) {
                return Self.defaultTargetKinds[kind]
            }
        }
        return nil
    }

    /// Words either side of a trigger that `nearestTargetClass` looks at.
    private static let targetReach = 12

    /// The first of `defaultTargetKinds` (civilian left out unless `withCivilians`) whose words start at token `k` of
    /// sentence `sentence`, as an index of `defaultTargetKinds`.
    @inline(__always)
    private func targetKind(at k: Int, in words: WordSequence, sentence: Int, withCivilians: Bool) -> Int? {
        guard k >= 0, k < words.count, words[k].sentence == sentence, words.mayStart(bit: defaultTargetBits, at: k) ?? true else {
            return nil
        }
        for (n, slot) in defaultTargetSlots.enumerated() where withCivilians || n != 1 {
            guard let slot, words.mayStart(bit: targets.bits[slot], at: k) ?? true, targets.matches(slot: slot, in: words, at: k) else {
                continue
            }
            return n
        }
        return nil
    }

    /// A state actor named by default, with an empty span at the trigger.
    private func defaultActor(_ name: String, country: String?, at trigger: TriggerMatch) -> ActorMention {
        ActorMention(actor: ActorEntry(name: name, type: .stateForces, country: country),
                     span: TextSpan(start: trigger.span.start, end: trigger.span.start),
                     tokens: trigger.tokens.lowerBound..<trigger.tokens.lowerBound, sentence: trigger.sentence, rule: "actor.default")
    }

    /// "Civilians (<Country>)", keeping the span of a civilian mention when there is one.
    private func civilians(country: String?, near mention: ActorMention?) -> ActorMention {
        let name = country.flatMap { civilianNames[$0] } ?? "Civilians"
        let entry = ActorEntry(name: name, type: .civilians, country: country)
        if var mention { mention.actor = entry; return mention }
        return ActorMention(actor: entry, span: TextSpan(start: 0, end: 0), tokens: 0..<0, sentence: 0, rule: "actor.default")
    }

    private func firstMention(_ mentions: [ActorMention], after position: Int, reach: Int, sentence: Int) -> ActorMention? {
        mentions.first { $0.sentence == sentence && $0.tokens.lowerBound >= position && $0.tokens.lowerBound - position <= reach }
    }

    /// True when a cue of `kind` ends within `reach` tokens before `position`.
    private func cueBefore(_ kind: ActorCue, _ words: WordSequence, _ position: Int, reach: Int) -> Bool {
        for k in max(0, position - reach - 2)..<position {
            var found = false
            cues.cues.forEachMatch(in: words, at: k, bit: EventTable.roleCues.bit) { e, length in
                if k + length <= position && position - (k + length) < reach && cues.cues.entries[e].value == kind { found = true }
            }
            if found { return true }
        }
        return false
    }
}

/// Where each kind of role cue occurs in a report (token ranges, in text order), as `ActorResolver.cueIndex` finds them.
public struct ActorCueIndex: Sendable {
    private var ranges: [[Range<Int>]] = Array(repeating: [], count: ActorCue.allCases.count)

    public init() {}

    /// The cues of `kind`, in text order.
    public subscript(kind: ActorCue) -> [Range<Int>] { ranges[Self.slot(kind)] }

    mutating func append(_ range: Range<Int>, for kind: ActorCue) { ranges[Self.slot(kind)].append(range) }

    private static func slot(_ kind: ActorCue) -> Int {
        switch kind {
        case .agent: 0
        case .claim: 1
        case .target: 2
        case .with: 3
        case .between: 4
        case .affiliation: 5
        }
    }
}
