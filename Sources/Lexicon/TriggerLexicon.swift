import EventModel

/// A condition on a trigger's sentence: a word of a target class near it, or none.
public struct TriggerContext: Hashable, Sendable {
    /// The class name in `event_targets.tsv` (military, civilian, protester).
    public var targetClass: String
    /// True for `target=CLASS` (must be present), false for `notarget=CLASS` (must be absent).
    public var required: Bool

    public init(targetClass: String, required: Bool) {
        self.targetClass = targetClass
        self.required = required
    }
}

/// One row of `ar/event_triggers.tsv`.
public struct TriggerEntry: Hashable, Sendable {
    public var eventType: EventType
    /// ACLED sub-event type in lower snake case.
    public var subtype: String
    /// Higher wins when tactics co-occur (ACLED's hierarchy).
    public var priority: Int
    public var context: TriggerContext?
    public var rule: String
    /// True for words naming an attack or blast without its tactic (هجوم، انفجار): a tactic trigger refines them.
    public var isGeneric: Bool
    /// True for words telling how a ground attack was carried out (انتحاري، عبوة ناسفة).
    public var isTactic: Bool

    public init(eventType: EventType, subtype: String, priority: Int, context: TriggerContext?, rule: String, isGeneric: Bool = false,
        isTactic: Bool = false
    ) {
        self.eventType = eventType
        self.subtype = subtype
        self.priority = priority
        self.context = context
        self.rule = rule
        self.isGeneric = isGeneric
        self.isTactic = isTactic
    }
}

/// Event triggers and the target word classes their contexts refer to.
public struct TriggerLexicon: Sendable {
    /// Trigger phrases; one phrase may have several entries, tried in file order.
    public var triggers = PhraseTable<TriggerEntry>()
    /// Target classes by name (`military`, `civilian`, `protester`).
    public var targetClasses: [String: PhraseTable<Bool>] = [:]

    public init() {}

    public static let triggersFile = "ar/event_triggers.tsv"
    public static let targetsFile = "ar/event_targets.tsv"

    public static func load(from source: LexiconSource = .bundled) throws -> TriggerLexicon {
        try TriggerLexicon(triggers: source.load(triggersFile), targets: source.load(targetsFile))
    }

    /// Reads `ar/event_targets.tsv`: word classes by name.
    public static func targetClasses(_ file: DataFile) throws -> [String: PhraseTable<Bool>] {
        var classes: [String: PhraseTable<Bool>] = [:]
        for row in file.rows {
            guard !row[0].isEmpty, !row[1].isEmpty else {
                throw LexiconError(file: file.name, line: row.line, message: "class and phrase expected")
            }
            classes[row[0], default: PhraseTable()].add(row[1], true)
        }
        return classes
    }

    /// Builds the lexicon; a context naming an undefined class, or a bad type or priority, is an error.
    public init(triggers triggerFile: DataFile, targets targetFile: DataFile) throws {
        targetClasses = try Self.targetClasses(targetFile)
        for row in triggerFile.rows {
            func fail(_ message: String) -> LexiconError { LexiconError(file: triggerFile.name, line: row.line, message: message) }
            guard !row[0].isEmpty else { throw fail("empty phrase") }
            guard let type = EventType(rawValue: row[1]) else { throw fail("unknown event type \"\(row[1])\"") }
            guard !row[2].isEmpty else { throw fail("sub-event type expected") }
            guard let priority = Int(row[3]) else { throw fail("integer priority expected") }
            var context: TriggerContext?
            let spec = row[4]
            if !spec.isEmpty {
                let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == "target" || parts[0] == "notarget" else {
                    throw fail("context must be target=CLASS or notarget=CLASS")
                }
                guard targetClasses[parts[1]] != nil else { throw fail("context names unknown class \"\(parts[1])\"") }
                context = TriggerContext(targetClass: parts[1], required: parts[0] == "target")
            }
            guard !row[5].isEmpty else { throw fail("rule id expected") }
            guard ["", "generic", "tactic"].contains(row[6]) else { throw fail("seventh field must be empty, generic or tactic") }
            triggers.add(row[0], TriggerEntry(
                eventType: type, subtype: row[2], priority: priority, context: context, rule: row[5], isGeneric: row[6] == "generic",
                isTactic: row[6] == "tactic"
            ))
        }
        if triggers.isEmpty { throw LexiconError(file: triggerFile.name, message: "no triggers") }
    }
}
