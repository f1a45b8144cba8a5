import EventModel
import Lexicon
import Testing

@testable import EventExtraction

/// The main trigger of short reports written for these tests, and ACLED's hierarchy when tactics co-occur.
struct TriggerMatcherTests {
    static let matcher: TriggerMatcher = {
        do { return try TriggerMatcher.load() } catch { fatalError("trigger lexicon failed to load: \(error)") }
    }()

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var type: EventType
        var subtype: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف المدينة.", type: .battles, subtype: "armed_clash"),
        Case(text: "قتل خمسة جنود في هجوم على حاجز للجيش شمال البلاد.", type: .battles, subtype: "armed_clash"),
        Case(text: "شن مسلحون هجوما على ثكنة عسكرية فجر اليوم.", type: .battles, subtype: "armed_clash"),
        Case(text: "قتل عشرة مدنيين في هجوم مسلح على قرية نائية.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "أطلق مسلح النار على المصلين داخل مسجد.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "أعدم التنظيم ثلاثة رجال في ساحة البلدة.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "اختطف مسلحون عشرين طالبا من مدرستهم.", type: .violenceAgainstCivilians, subtype: "abduction_forced_disappearance"),
        Case(text: "شنت طائرات التحالف غارات على مواقع المتمردين.", type: .explosionsRemoteViolence, subtype: "air_drone_strike"),
        Case(text: "استهدفت طائرة مسيرة سيارة على الطريق الساحلي.", type: .explosionsRemoteViolence, subtype: "air_drone_strike"),
        Case(text: "سقطت قذائف هاون على حي سكني في المدينة.", type: .explosionsRemoteViolence, subtype: "shelling_artillery_missile_attack"),
        Case(text: "انفجرت عبوة ناسفة بدورية للشرطة على الطريق.", type: .explosionsRemoteViolence, subtype: "remote_explosive_landmine_ied"),
        Case(text: "انفجرت سيارة مفخخة قرب سوق شعبي.", type: .explosionsRemoteViolence, subtype: "remote_explosive_landmine_ied"),
        Case(text: "فجر انتحاري حزامه الناسف وسط حشد من المصلين.", type: .explosionsRemoteViolence, subtype: "suicide_bomb"),
        // A stabbing told after "an attack" near the police that reported it: an attack on civilians, not a clash.
        Case(text: "قالت الشرطة إن شخصين قتلا في هجوم على متجر في المدينة.\nوعثر على الضحيتين مصابين بطعنات سكين.",
             type: .violenceAgainstCivilians, subtype: "attack"),
        // Suicidal tendencies are no suicide bombing: the shooting decides.
        Case(text: "أطلق مسلح النار على رواد مقهى، وقال محققون إن لديه ميولا انتحارية.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "خرجت مظاهرة سلمية في وسط العاصمة للمطالبة بالإصلاح.", type: .protests, subtype: "peaceful_protest"),
        Case(text: "اندلعت أعمال شغب في السجن المركزي.", type: .riots, subtype: "violent_demonstration"),
        Case(text: "أعلنت الشرطة اعتقال ثلاثة مشتبه بهم.", type: .strategicDevelopments, subtype: "arrests"),
        Case(text: "وقع الطرفان اتفاقا لتبادل الأسرى.", type: .strategicDevelopments, subtype: "agreement"),
        // A strategic development yields to a violent event told in the lead.
        Case(text: "أعلنت الشرطة اعتقال خمسة أشخاص.\nوكان مسلحون قد هاجموا حاجزا للجيش أمس.", type: .battles, subtype: "armed_clash"),
        // Hierarchy: a suicide bomb beats an IED and an attack on a checkpoint.
        Case(text: "هاجم انتحاري يقود سيارة مفخخة حاجزا للجيش.", type: .explosionsRemoteViolence, subtype: "suicide_bomb"),
        // An air strike stays an explosion even against fighters.
        Case(text: "قتل عشرون مقاتلا في غارة جوية استهدفت معسكرا للتدريب.", type: .explosionsRemoteViolence, subtype: "air_drone_strike"),
        // A bare قصف next to aircraft is an air strike; alone it is shelling.
        Case(text: "قصفت الطائرات الحربية البلدة.", type: .explosionsRemoteViolence, subtype: "air_drone_strike"),
        Case(text: "تعرضت البلدة لقصف عنيف.", type: .explosionsRemoteViolence, subtype: "shelling_artillery_missile_attack"),
        // A generic attack later told to be a suicide bombing.
        Case(text: "قتل عشرة أشخاص في هجوم على سوق المدينة.\nوقالت الشرطة إن انتحاريا فجر نفسه وسط المتسوقين.",
             type: .explosionsRemoteViolence, subtype: "suicide_bomb"),
        // Confrontations with "the occupation" are stone-throwing youths against soldiers: a riot; with gunmen, a battle.
        Case(text: "أصيب عشرة شبان في مواجهات مع قوات الاحتلال عند مدخل القرية.", type: .riots, subtype: "violent_demonstration"),
        Case(text: "قتل ثلاثة مسلحين في مواجهات مع الجيش في ريف المدينة.", type: .battles, subtype: "armed_clash"),
        // "برصاص الجيش": the army fired. At demonstrators, excessive force; at people, an attack; else a clash.
        Case(text: "قتل 16 فلسطينيا برصاص الجيش الإسرائيلي خلال مظاهرات على الحدود.", type: .protests,
             subtype: "excessive_force_against_protesters"),
        Case(text: "قتل ثلاثة مدنيين برصاص قوات الأمن عند مدخل السوق.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "قتل خمسة مسلحين برصاص الجيش في ريف المدينة.", type: .battles, subtype: "armed_clash"),
        // Clashes of protesters with the police are a riot; a ceasefire agreement is no shooting.
        Case(text: "قتل محتج في اشتباكات مع قوات الأمن في وسط المدينة.", type: .riots, subtype: "violent_demonstration"),
        Case(text: "اتفق الطرفان على وقف لإطلاق النار يستمر ثلاثين يوما.", type: .strategicDevelopments, subtype: "agreement"),
        // A chemical attack is remote violence with a chemical weapon, however the lead calls it.
        Case(text: "قتل عشرات المدنيين في هجوم كيماوي على بلدة محاصرة.", type: .explosionsRemoteViolence, subtype: "chemical_weapon"),
        Case(text: "اتهمت المعارضة الحكومة بشن هجوم بالأسلحة الكيمياوية على بلدة محاصرة.", type: .explosionsRemoteViolence,
             subtype: "chemical_weapon"),
        Case(text: "قتل عشرة مدنيين في هجوم بغاز الكلور على بلدة محاصرة.", type: .explosionsRemoteViolence, subtype: "chemical_weapon"),
        Case(text: "قال مصدر إن مسلحين مجهولين اغتالوا الصحفي أمام منزله.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "عثر على جثث ثلاثة صحفيين، وقال مصدر: لقد اغتالهم مسلحون مجهولون.", type: .violenceAgainstCivilians, subtype: "attack"),
        // A bare عبوة is a bomb unless it holds goods: "250 packages of drugs" seized in a raid.
        Case(text: "انفجرت عبوة قرب دورية للجيش على الطريق.", type: .explosionsRemoteViolence, subtype: "remote_explosive_landmine_ied"),
        Case(text: "ألقت الشرطة القبض على 100 شخص وصادرت 250 عبوة مخدرات.", type: .strategicDevelopments, subtype: "arrests"),
        // "مهاجمة" (attacking) is typed by what was attacked: a civilian car, an army post.
        Case(text: "قام مسلحون بمهاجمة سيارة مدنية وقتلوا ثلاثة أشخاص.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "قام مسلحون بمهاجمة نقطة تفتيش للجيش قرب البلدة.", type: .battles, subtype: "armed_clash"),
        Case(text: "احتج عدد من السكان بإغلاق الطريق الرئيسي.", type: .protests, subtype: "peaceful_protest"),
        // Indefinite objects take the accusative alef: "زرع لغما", "نفذ تفجيرا", "شنت قصفا جويا", "سمع دوي انفجارا".
        Case(text: "قتل جنديان عندما زرع مسلحون لغما على طريق الدورية.", type: .explosionsRemoteViolence, subtype: "remote_explosive_landmine_ied"),
        Case(text: "نفذ انتحاري تفجيرا قرب مقر الشرطة.", type: .explosionsRemoteViolence, subtype: "suicide_bomb"),
        Case(text: "نفذ مسلحون تفجيرا قرب مقر الشرطة.", type: .explosionsRemoteViolence, subtype: "remote_explosive_landmine_ied"),
        Case(text: "شنت الطائرات قصفا جويا على أطراف البلدة.", type: .explosionsRemoteViolence, subtype: "air_drone_strike"),
        Case(text: "شهدت البلدة قصفا عنيفا من مواقع الجيش.", type: .explosionsRemoteViolence, subtype: "shelling_artillery_missile_attack"),
        Case(text: "دهست شاحنة حشدا من المشاة في شارع تجاري وسط المدينة.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "اغتيل صحفي برصاص مجهولين أمام منزله.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "قتل 40 شخصا بإطلاق نيران عشوائية على حافلة ركاب.", type: .violenceAgainstCivilians, subtype: "attack"),
        Case(text: "أصيب ثلاثة من رجال الأمن خلال مواجهة مسلحة مع خلية في حي سكني.", type: .battles, subtype: "armed_clash"),
        Case(text: "استشهد ثلاثة مدنيين بمقذوف أطلق من خلف الحدود على قرية حدودية.", type: .explosionsRemoteViolence, subtype: "shelling_artillery_missile_attack"),
        // ... but an air strike in the next sentence does not turn a ground attack into an air strike.
        Case(text: "صد الجيش هجوما على مواقعه شمال البلدة.\nوشنت الطائرات غارات على مواقع المهاجمين.", type: .battles, subtype: "armed_clash"),
    ]

    @Test("the main trigger decides type and subtype", arguments: cases)
    func main(_ c: Case) {
        let main = Self.matcher.mainTrigger(in: WordSequence(text: c.text))
        #expect(main?.eventType == c.type)
        #expect(main?.subtype == c.subtype)
    }

    @Test("no trigger, no main event")
    func none() {
        #expect(Self.matcher.mainTrigger(in: WordSequence(text: "افتتح الوزير معرضا للكتاب في العاصمة.")) == nil)
    }

    @Test("a trigger's span covers the words as written, with their clitics")
    func span() throws {
        let text = "ووقعت الاشتباكاتُ مساء أمس."
        let found = Self.matcher.matches(in: WordSequence(text: text)).first
        let match = try #require(found)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[match.span.start..<match.span.end])
        #expect(String(view) == "الاشتباكاتُ")
        #expect(match.rule == "trigger.clash.clashes")
    }

    @Test("hierarchy: higher priority wins, earliest on ties")
    func decide() {
        func m(_ p: Int, _ rule: String) -> TriggerMatch {
            TriggerMatch(eventType: .battles, subtype: "armed_clash", priority: p, rule: rule, target: nil,
                         span: TextSpan(start: 0, end: 1), tokens: 0..<1, sentence: 0)
        }
        #expect(TriggerMatcher.decide([m(50, "a"), m(90, "b"), m(90, "c")])?.rule == "b")
        #expect(TriggerMatcher.decide([]) == nil)
    }
}
