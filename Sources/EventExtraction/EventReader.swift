import EventModel
import Lexicon

/// One event as a report's words tell it: its trigger (type and sub-event type), date and actors.
/// Location, country and tolls come from other stages.
public struct EventReading: Sendable, Hashable {
    public var trigger: TriggerMatch
    public var date: DateMention?
    public var actors: ActorAssignment
    /// True for the report's main event (the lead's main trigger).
    public var isMain: Bool
    /// Where the event is told: the trigger's words, or for a main trigger refined by a later sentence ("the blast" in the
    /// lead, "the explosives" two sentences on) the lead's trigger, whose sentence holds the event's place and date.
    public var anchor: TriggerMatch
    /// True for a further reading of another kind of violence in a sentence whose first reading was of another family
    /// (a sentence telling the clashes again, then the protest that followed): it counts only when that first reading
    /// made no event.
    public var isAlternate = false

    public init(trigger: TriggerMatch, date: DateMention?, actors: ActorAssignment, isMain: Bool, anchor: TriggerMatch? = nil) {
        self.trigger = trigger
        self.date = date
        self.actors = actors
        self.isMain = isMain
        self.anchor = anchor ?? trigger
    }

    /// The reading as an event of the output model (no location, no tolls, no claims yet).
    public func event(country: String?) -> ConflictEvent {
        ConflictEvent(
            type: trigger.eventType, subtype: trigger.subtype, country: country, date: date?.date,
            actors: actors.eventActors, span: trigger.span, rule: trigger.rule
        )
    }
}

/// Reads events from a report: the main event from the lead, and further events of other kinds in the next sentences.
///
/// Composes `TriggerMatcher` (type and sub-event type by ACLED's hierarchy), `DateResolver` (the date nearest each
/// trigger, resolved against `published` or the dateline) and `ActorResolver` (actor1 / actor2 around each trigger).
public struct EventReader: Sendable {
    public var triggers: TriggerMatcher
    public var dates: DateResolver
    public var actors: ActorResolver

    public init(triggers: TriggerMatcher, dates: DateResolver, actors: ActorResolver) {
        self.triggers = triggers
        self.dates = dates
        self.actors = actors
    }

    /// Loads the bundled (or `source`) date words, triggers, targets, actors and role cues.
    public static func load(from source: LexiconSource = .bundled) throws -> EventReader {
        EventReader(
            triggers: try TriggerMatcher.load(from: source), dates: try DateResolver.load(from: source),
            actors: try ActorResolver.load(from: source)
        )
    }

    /// The report's main event, or nil when no trigger is found. `country` (ISO2), when known, names civilians and
    /// default state forces.
    public func mainEvent(in words: WordSequence, published: CalendarDate?, country: String? = nil) -> EventReading? {
        events(in: words, published: published, country: country, sentences: 0).first
    }

    /// The main event, then one event per sentence (from the first trigger sentence to `sentences` after it) whose
    /// decided type and sub-event type differ from every event already read. Each has the date nearest its trigger.
    /// Sentences in `background` (indexes, e.g. from the claims stage's background cues) give no further events.
    public func events(
        in words: WordSequence, published: CalendarDate?, country: String? = nil, sentences: Int = 4, background: Set<Int> = []
    ) -> [EventReading] {
        let matches = triggers.matches(in: words)
        guard let main = triggers.mainTrigger(among: matches), let first = matches.first else { return [] }
        let mentions = actors.mentions(in: words)
        let cues = actors.cueIndex(in: words)
        let dateMentions = dates.mentions(in: words, published: published)
        func read(_ trigger: TriggerMatch, isMain: Bool) -> EventReading {
            EventReading(
                trigger: trigger, date: dates.eventDate(among: dateMentions, in: words, near: trigger.tokens),
                actors: actors.assign(trigger: trigger, in: words, mentions: mentions, cues: cues, country: country), isMain: isMain
            )
        }
        var readings = [read(main, isMain: true)]
        guard sentences > 0 else { return readings }
        var seen: Set<String> = [main.eventType.rawValue + "/" + main.subtype]
        for sentence in first.sentence...(first.sentence + sentences) where !background.contains(sentence) {
            guard let decided = TriggerMatcher.decide(matches.filter { $0.sentence == sentence }) else { continue }
            if seen.insert(decided.eventType.rawValue + "/" + decided.subtype).inserted {
                readings.append(read(decided, isMain: false))
            }
        }
        return readings
    }
}
