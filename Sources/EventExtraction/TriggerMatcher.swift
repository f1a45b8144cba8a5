import EventModel
import Lexicon

/// One event trigger found in a text, with the type its context chose.
public struct TriggerMatch: Sendable, Hashable {
    public var eventType: EventType
    public var subtype: String
    /// ACLED hierarchy rank from the lexicon: higher wins when tactics co-occur.
    public var priority: Int
    /// Stable rule id from the lexicon, e.g. `trigger.suicide.belt`.
    public var rule: String
    /// The target class whose presence chose this reading (`military`, `civilian`, `protester`), if any.
    public var target: String?
    /// True when the trigger names an attack or blast without its tactic (see `TriggerEntry.isGeneric`).
    public var isGeneric: Bool = false
    /// True when the trigger tells how a ground attack was carried out (see `TriggerEntry.isTactic`).
    public var isTactic: Bool = false
    public var span: TextSpan
    public var tokens: Range<Int>
    public var sentence: Int

    public init(
        eventType: EventType, subtype: String, priority: Int, rule: String, target: String?, span: TextSpan, tokens: Range<Int>,
        sentence: Int
    ) {
        self.eventType = eventType
        self.subtype = subtype
        self.priority = priority
        self.rule = rule
        self.target = target
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
    }
}

/// Finds event triggers and decides the event type and sub-event type following ACLED's hierarchy.
///
/// A phrase may have several lexicon rows (هجوم: on forces -> armed clash, on civilians -> attack); the first row whose
/// context holds in the trigger's sentence is used. Longest phrases win over their parts (طائرة مسيرة over مسيرة).
/// When several triggers co-occur in the lead, the highest priority wins (suicide bomb > IED > air strike > shelling >
/// armed clash > attack > abduction > riots > protests > strategic developments), so a suicide attack on a checkpoint is a
/// suicide bomb, and an air strike stays an explosion whatever it hits.
public struct TriggerMatcher: Sendable {
    public var lexicon: TriggerLexicon {
        didSet {
            targets = TargetClassTables(lexicon.targetClasses, bits: EventTable.triggerClassBits)
            contextSlots = Self.contextSlots(lexicon, targets)
            contextKinds = Self.contextKinds(lexicon)
        }
    }
    /// The target classes by slot, with their bits in a word view's start masks (`EventTable`).
    private(set) var targets: TargetClassTables
    /// Per trigger row (`lexicon.triggers.entries`): the slot in `targets` of its context's target class, -1 when it
    /// has no context or its class is not listed (looked up once, not by name at every trigger).
    private var contextSlots: [Int]
    /// Per trigger row: `noContext`, `required` (target=) or `excluded` (notarget=), read without copying the row's
    /// context and its class name.
    private var contextKinds: [UInt8]
    private static let noContext: UInt8 = 0, required: UInt8 = 1, excluded: UInt8 = 2
    /// How many words either side of a trigger its context looks at (same sentence only).
    public var contextWindow = 8
    /// How many sentences after the first that holds a trigger may refine the main trigger.
    public var leadSentences = 2

    public init(lexicon: TriggerLexicon) {
        self.lexicon = lexicon
        targets = TargetClassTables(lexicon.targetClasses, bits: EventTable.triggerClassBits)
        contextSlots = Self.contextSlots(lexicon, targets)
        contextKinds = Self.contextKinds(lexicon)
    }

    private static func contextKinds(_ lexicon: TriggerLexicon) -> [UInt8] {
        lexicon.triggers.entries.map { entry in
            guard let context = entry.value.context else { return noContext }
            return context.required ? required : excluded
        }
    }

    private static func contextSlots(_ lexicon: TriggerLexicon, _ targets: TargetClassTables) -> [Int] {
        lexicon.triggers.entries.map { entry in entry.value.context.flatMap { targets.slots[$0.targetClass] } ?? -1 }
    }

    public static func load(from source: LexiconSource = .bundled) throws -> TriggerMatcher {
        TriggerMatcher(lexicon: try TriggerLexicon.load(from: source))
    }

    /// All triggers in `words`, left to right, not overlapping.
    public func matches(in words: WordSequence) -> [TriggerMatch] {
        var found: [TriggerMatch] = []
        var rows: [Int] = []
        // The table taken out of the lexicon once: reaching it there for each lookup copied it onto the stack.
        let triggers = lexicon.triggers
        var i = 0
        while i < words.count {
            // Words where no trigger starts are passed over at once (a word with no trigger matches nothing).
            i = words.nextStart(bit: EventTable.triggers.bit, from: i)
            guard i < words.count else { break }
            guard words[i].kind == .word else {
                i += 1
                continue
            }
            let longest = triggers.longestEntries(in: words, at: i, bit: EventTable.triggers.bit, into: &rows)
            guard longest > 0 else {
                i += 1
                continue
            }
            // Among the rows of the longest phrase: the target= row whose class word is nearest, else the first other
            // row (file order) whose context holds.
            let range = i..<i + longest
            var chosen: (row: Int, distance: Int)?
            var fallback: Int?
            for row in rows {
                let kind = contextKinds[row]
                guard kind != Self.noContext else {
                    if fallback == nil { fallback = row }
                    continue
                }
                let slot = contextSlots[row]
                let distance = slot < 0 ? nil : targetDistance(slot: slot, words, around: range)
                if kind == Self.required {
                    if let distance, distance < (chosen?.distance ?? Int.max) { chosen = (row, distance) }
                } else if distance == nil, fallback == nil {
                    fallback = row
                }
            }
            if let row = chosen?.row ?? fallback {
                let entry = triggers.entries[row].value
                found.append(TriggerMatch(
                    eventType: entry.eventType, subtype: entry.subtype, priority: entry.priority, rule: entry.rule,
                    target: entry.context?.required == true ? entry.context?.targetClass : nil,
                    span: words.span(of: range), tokens: range, sentence: words[i].sentence
                ))
                found[found.count - 1].isGeneric = entry.isGeneric
                found[found.count - 1].isTactic = entry.isTactic
            }
            i += longest
        }
        return found
    }

    /// The trigger of the report's main event: the highest-priority trigger of the first sentence that holds one
    /// (earliest on ties), refined by a more specific, higher-priority trigger in the next `leadSentences` sentences:
    /// of the same event type, or a tactic of any type when the main trigger is generic (a هجوم later told to be a
    /// suicide bombing). A strategic development yields to any other event in the lead. nil when the text has no
    /// trigger.
    public func mainTrigger(in words: WordSequence) -> TriggerMatch? {
        mainTrigger(among: matches(in: words))
    }

    /// The main trigger among already found matches.
    public func mainTrigger(among matches: [TriggerMatch]) -> TriggerMatch? {
        guard let first = matches.first else { return nil }
        guard var main = Self.decide(matches.filter { $0.sentence == first.sentence }) else { return nil }
        // A strategic development (arrest, agreement) yields to a violent or protest event told in the lead.
        if main.eventType == .strategicDevelopments, let other = Self.decide(matches.filter {
            $0.sentence <= first.sentence + leadSentences && $0.eventType != .strategicDevelopments
        }) {
            main = other
        }
        let refinements = matches.filter {
            $0.sentence <= first.sentence + leadSentences && ($0.eventType == main.eventType || (main.isGeneric && $0.isTactic))
                && $0.priority > main.priority && !$0.isGeneric
        }
        return Self.decide(refinements) ?? main
    }

    /// ACLED's hierarchy over co-occurring triggers: highest priority, then earliest.
    public static func decide(_ matches: [TriggerMatch]) -> TriggerMatch? {
        matches.enumerated().min { a, b in
            a.element.priority != b.element.priority ? a.element.priority > b.element.priority : a.offset < b.offset
        }?.element
    }

    /// True when a phrase of `targetClass` starts within the context window of `range`, in the same sentence.
    public func hasTarget(_ targetClass: String, _ words: WordSequence, around range: Range<Int>) -> Bool {
        targetDistance(targetClass, words, around: range) != nil
    }

    /// Distance from `range` to the nearest phrase of `targetClass` within the context window, same sentence, in
    /// half-tokens (2 per token after the trigger, 2 per token + 1 before it).
    public func targetDistance(_ targetClass: String, _ words: WordSequence, around range: Range<Int>) -> Int? {
        guard let slot = targets.slots[targetClass] else { return nil }
        return targetDistance(slot: slot, words, around: range)
    }

    /// As `targetDistance(_:_:around:)` for the class in `slot` of `targets`.
    func targetDistance(slot: Int, _ words: WordSequence, around range: Range<Int>) -> Int? {
        let sentence = words[range.lowerBound].sentence
        // Words in order of distance, in half-steps: a word after the trigger (its object: هجوم على ثكنة) wins a tie with
        // one before it. The first where a phrase of the class starts is the nearest: no word farther is tried.
        let bit = targets.bits[slot]
        if bit != 0, words.startMasks.count == words.count {
            // The same search read through buffers: most words have none of the class's start bit, and the test of
            // the bit comes first (the sentence and kind only where it is set).
            let window = max(0, contextWindow)
            return words.startMasks.withUnsafeBufferPointer { masks in
                words.tokens.withUnsafeBufferPointer { tokens -> Int? in
                    func starts(_ k: Int) -> Bool {
                        masks[k] & bit != 0 && tokens[k].sentence == sentence && tokens[k].kind == .word
                            && targets.matches(slot: slot, in: words, at: k)
                    }
                    for j in 0..<window {
                        let after = range.upperBound + j
                        if after < tokens.count, starts(after) { return 2 * (j + 1) }
                        let before = range.lowerBound - 1 - j
                        if before >= 0, starts(before) { return 2 * (j + 1) + 1 }
                    }
                    return nil
                }
            }
        }
        for j in 0..<max(0, contextWindow) {
            let after = range.upperBound + j
            if after < words.count, startsTarget(slot: slot, words, at: after, sentence: sentence) { return 2 * (j + 1) }
            let before = range.lowerBound - 1 - j
            if before >= 0, startsTarget(slot: slot, words, at: before, sentence: sentence) { return 2 * (j + 1) + 1 }
        }
        return nil
    }

    /// Whether a phrase of the class in `slot` starts at word `k` of sentence `sentence`.
    @inline(__always)
    private func startsTarget(slot: Int, _ words: WordSequence, at k: Int, sentence: Int) -> Bool {
        // The class's table is read only where its phrases may start.
        guard words[k].sentence == sentence, words[k].kind == .word, words.mayStart(bit: targets.bits[slot], at: k) ?? true else {
            return false
        }
        return targets.matches(slot: slot, in: words, at: k)
    }
}
