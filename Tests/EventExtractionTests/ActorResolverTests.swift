import EventModel
import Lexicon
import Testing

@testable import EventExtraction

struct ActorResolverTests {
    static let resolver: ActorResolver = {
        do { return try ActorResolver.load() } catch { fatalError("actor lexicon failed to load: \(error)") }
    }()
    static let triggers: TriggerMatcher = {
        do { return try TriggerMatcher.load() } catch { fatalError("trigger lexicon failed to load: \(error)") }
    }()

    @Test("aliases match with clitics and map to canonical names", arguments: [
        ("قصفت طائرات التحالف مواقع للحوثيين.", "Houthis"),
        ("وأعلنت جماعة أنصار الله مسؤوليتها.", "Houthis"),
        ("وتبنى تنظيمُ داعش الهجوم.", "Islamic State"),
        ("أعلن تنظيم الدولة الإسلامية مسؤوليته.", "Islamic State"),
        ("هاجمت قوات الدعم السريع مدينة الفاشر.", "Rapid Support Forces"),
        ("وشنت حركة الشباب هجوما.", "Al-Shabaab"),
        ("وقالت جماعة نصرة الإسلام والمسلمين إنها نفذت الهجوم.", "JNIM"),
        ("خطفت جماعة بوكو حرام عشرات الطالبات.", "Boko Haram"),
        ("سيطرت حركة طالبان على المديرية.", "Taliban"),
        ("وأعلن التحالف بقيادة السعودية تنفيذ غارات.", "Saudi-led Coalition"),
        ("تقدمت قسد في ريف دير الزور.", "Syrian Democratic Forces"),
        ("تقدمت وقوات سوريا الديمقراطية في الريف.", "Syrian Democratic Forces"),
        ("قال الجيش المالي إن جنوده صدوا هجوما.", "Military Forces of Mali"),
        ("وأعلنت الشرطة العراقية مقتل ثلاثة.", "Police Forces of Iraq"),
        ("قتل جنود أتراك في كمين.", "Military Forces of Turkey"),
        ("قال الجيش الوطني الليبي إنه تقدم.", "Libyan National Army"),
        ("وتبنت #حركة_الشباب الهجوم.", "Al-Shabaab"),
    ])
    func alias(_ text: String, _ expected: String) {
        let names = Self.resolver.mentions(in: WordSequence(text: text)).map(\.actor.name)
        #expect(names.contains(expected), "\(names)")
    }

    struct RoleCase: Sendable, CustomStringConvertible {
        var text: String
        var country: String?
        var actor1: String?
        var actor2: String?
        var description: String { text }
    }

    static let roles: [RoleCase] = [
        RoleCase(text: "قتل عشرون جنديا في الهجوم الذي شنته جماعة نصرة الإسلام والمسلمين على ثكنة للجيش المالي.", country: "ML",
                 actor1: "JNIM", actor2: "Military Forces of Mali"),
        RoleCase(text: "اندلعت اشتباكات بين قوات الدعم السريع والجيش السوداني في الخرطوم.", country: "SD",
                 actor1: "Rapid Support Forces", actor2: "Military Forces of Sudan"),
        RoleCase(text: "شنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة.", country: "YE",
                 actor1: "Saudi-led Coalition", actor2: "Houthis"),
        RoleCase(text: "قتل عشرة مدنيين في هجوم على سوق شعبي. وتبنى تنظيم داعش الهجوم في بيان.", country: "IQ",
                 actor1: "Islamic State", actor2: "Civilians (Iraq)"),
        RoleCase(text: "خطف مسلحون مجهولون عشرة مدنيين من قرية في ولاية زمفرة.", country: "NG",
                 actor1: "Unidentified Armed Group", actor2: "Civilians (Nigeria)"),
        RoleCase(text: "قتل ثلاثة أطفال في غارة أميركية على منزل في الصومال.", country: "SO",
                 actor1: "Military Forces of the United States", actor2: "Civilians (Somalia)"),
        RoleCase(text: "قتل شرطيان في هجوم على مركز للشرطة ليلا.", country: "EG",
                 actor1: nil, actor2: "Police Forces of Egypt"),
        RoleCase(text: "فجر انتحاري نفسه قرب القصر. وأعلنت حركة الشباب في بيان على موقعها مسؤوليتها عن الهجوم.", country: "SO",
                 actor1: "Al-Shabaab", actor2: nil),
        // A supporter is not the initiator: the army advanced "backed by" the coalition.
        RoleCase(text: "خاض الجيش اليمني مسنودا بطيران التحالف العربي معارك مع الحوثيين.", country: "YE",
                 actor1: "Military Forces of Yemen", actor2: "Houthis"),
        // Members counted among the dead belong to the side that lost them, not the one that attacked.
        RoleCase(text: "قتل 30 عنصرا من حركة الشباب في غارة جوية على معسكر في جنوب الصومال.", country: "SO",
                 actor1: nil, actor2: "Al-Shabaab"),
        // A country adjective after a demonstration names its people, not that country's forces.
        RoleCase(text: "خرجت تظاهرات فلسطينية حاشدة قرب السياج الحدودي.", country: "PS", actor1: "Protesters (Palestine)", actor2: nil),
        // An affiliation is not a party: the group "linked to" Al Qaeda is not Al Qaeda.
        RoleCase(text: "نفذت جماعة مرتبطة بتنظيم القاعدة هجوما على معسكر للجيش.", country: "ML",
                 actor1: nil, actor2: "Military Forces of Mali"),
    ]

    @Test("actor1 initiates, actor2 is the target or the other side", arguments: roles)
    func assignRoles(_ c: RoleCase) throws {
        let words = WordSequence(text: c.text)
        let main = Self.triggers.mainTrigger(in: words)
        let trigger = try #require(main)
        let assigned = Self.resolver.assign(trigger: trigger, in: words, mentions: Self.resolver.mentions(in: words), country: c.country)
        #expect(assigned.actor1?.actor.name == c.actor1)
        #expect(assigned.actor2?.actor.name == c.actor2)
        #expect(assigned.eventActors.count == [c.actor1, c.actor2].compactMap { $0 }.count)
    }

    @Test("a mention's span is the alias as written")
    func span() throws {
        let text = "وهاجمَ والحوثيّون المدينة."
        let first = Self.resolver.mentions(in: WordSequence(text: text)).first
        let mention = try #require(first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[mention.span.start..<mention.span.end])
        #expect(String(view) == "والحوثيّون")
        #expect(mention.rule == "actor.alias")
    }
}
