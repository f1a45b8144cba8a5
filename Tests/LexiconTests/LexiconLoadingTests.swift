import EventModel
import Testing

@testable import Lexicon

struct LexiconLoadingTests {
    @Test("the bundled date words hold both month sets and every weekday")
    func bundledDates() throws {
        let lexicon = try DateLexicon.load()
        for (name, month) in [("يناير", 1), ("كانون الثاني", 1), ("أيلول", 9), ("سبتمبر", 9), ("تشرين الأول", 10), ("ديسمبر", 12)] {
            let words = MatchKey.pattern(name).map(\.text)
            #expect(lexicon.months.longestMatch(in: words, at: 0)?.value == month, "\(name)")
        }
        for (name, day) in [("الأحد", 0), ("الاثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6)] {
            #expect(lexicon.weekdays.longestMatch(in: [MatchKey.fold(name)], at: 0)?.value == day, "\(name)")
        }
        let week = lexicon.relatives.longestMatch(in: MatchKey.pattern("في وقت سابق من هذا الأسبوع").map(\.text), at: 0)
        #expect(week?.value.unit == .week)
    }

    @Test("the bundled triggers, targets, actors and cues load")
    func bundledOthers() throws {
        let triggers = try TriggerLexicon.load()
        #expect(triggers.targetClasses["civilian"] != nil && triggers.targetClasses["military"] != nil)
        let actors = try ActorLexicon.load()
        #expect(actors.countryNames["ML"] == "Mali")
        #expect(try !ActorRoleCues.load().cues.isEmpty)
    }

    @Test("country adjectives take the article, feminine and plural endings", arguments: [
        "المالي", "المالية", "ماليين", "العراقيون", "أتراك", "الأميركية",
    ])
    func adjectives(_ form: String) throws {
        let actors = try ActorLexicon.load()
        #expect(actors.adjectives.longestMatch(in: [MatchKey.fold(form)], at: 0) != nil)
    }

    @Test("bad rows are errors with the file and line", arguments: [
        ("month\tيناير\t13", "date"),
        ("weekday\tالأحد\tx", "date"),
        ("relative\tأمس\t-1\tyear\tdate.x", "date"),
        ("colour\tأحمر", "date"),
        ("هجوم\tbattles\tarmed_clash\thigh\t\trule", "trigger"),
        ("هجوم\twar\tarmed_clash\t5\t\trule", "trigger"),
        ("هجوم\tbattles\tarmed_clash\t5\ttarget=nobody\trule", "trigger"),
        ("actor\tX\tgang\t\tاكس", "actor"),
        ("actor\tX\trebel_group\t\t", "actor"),
        ("pattern\tالجيش\tForces\tstate_forces", "actor"),
    ])
    func badRows(_ row: String, _ kind: String) {
        let file = DataFile(name: "test.tsv", contents: "# header\n" + row + "\n")
        let targets = DataFile(name: "targets.tsv", contents: "military\tجندي\n")
        do {
            switch kind {
            case "date": _ = try DateLexicon(file: file)
            case "trigger": _ = try TriggerLexicon(triggers: file, targets: targets)
            default: _ = try ActorLexicon(file: file)
            }
            Issue.record("expected an error for \(row)")
        } catch let error as LexiconError {
            #expect(error.file == "test.tsv")
            #expect(error.line == 2 || error.line == nil)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
