import EventModel
import Lexicon
import Testing

@testable import EventExtraction

/// Whole short reports written for these tests: type, date and actors together.
struct EventReaderTests {
    static let reader: EventReader = {
        do { return try EventReader.load() } catch { fatalError("event lexicons failed to load: \(error)") }
    }()

    @Test("an attack on an army camp: armed clash, the Tuesday inside 'earlier this week', JNIM against Mali's army")
    func mainEvent() throws {
        let text = """
        قتل عشرات الأشخاص في هجوم على معسكر للجيش في العاصمة في وقت سابق من هذا الأسبوع.
        وقال مصدر أمني، الخميس، إن مسلحين من جماعة نصرة الإسلام والمسلمين نفذوا الهجوم يوم الثلاثاء.
        """
        let found = Self.reader.mainEvent(in: WordSequence(text: text), published: CalendarDate(iso: "2024-09-19"), country: "ML")
        let main = try #require(found)
        #expect(main.trigger.eventType == .battles)
        #expect(main.trigger.subtype == "armed_clash")
        #expect(main.date?.date.value == CalendarDate(year: 2024, month: 9, day: 17))
        #expect(main.date?.date.precision == .day)
        #expect(main.actors.actor1?.actor.name == "JNIM")
        #expect(main.actors.actor2?.actor.name == "Military Forces of Mali")
        let event = main.event(country: "ML")
        #expect(event.actors.map(\.role) == [.actor1, .actor2])
        #expect(event.date?.value.description == "2024-09-17")
    }

    @Test("without published or an explicit date the event has no date")
    func noDate() throws {
        let text = "فجر انتحاري نفسه أمس في سوق مزدحم، وتبنى تنظيم داعش الهجوم."
        let found = Self.reader.mainEvent(in: WordSequence(text: text), published: nil, country: "IQ")
        let main = try #require(found)
        #expect(main.trigger.subtype == "suicide_bomb")
        #expect(main.date == nil)
        #expect(main.actors.actor1?.actor.name == "Islamic State")
        #expect(main.actors.actor2?.actor.name == "Civilians (Iraq)")
    }

    @Test("a second kind of event in a later sentence is read with its own date")
    func furtherEvents() {
        let text = """
        فجر انتحاري نفسه صباح الأحد عند حاجز للشرطة جنوب المدينة.
        وفي تطور آخر، شنت طائرات حربية غارات على مواقع للمسلحين مساء السبت.
        """
        let readings = Self.reader.events(in: WordSequence(text: text), published: CalendarDate(iso: "2024-09-16"))
        #expect(readings.map(\.trigger.subtype) == ["suicide_bomb", "air_drone_strike"])
        #expect(readings.map(\.isMain) == [true, false])
        #expect(readings.map { $0.date?.date.value.description } == ["2024-09-15", "2024-09-14"])
    }

    @Test("no trigger, no event")
    func none() {
        #expect(Self.reader.events(in: WordSequence(text: "افتتح الوزير معرضا للكتاب."), published: nil).isEmpty)
    }
}
