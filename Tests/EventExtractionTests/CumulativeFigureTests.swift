import Testing

@testable import EventExtraction
import EventModel

/// Figures too large for one event are running totals: they stay claims, marked background, and set no toll.
/// Passages written for the project.
@Suite("Cumulative figures")
struct CumulativeFigureTests: ExtractingSuite {
    @Test func aWarTollRecalledWithoutACueSetsNoToll() throws {
        let result = try extract(
            """
            قتل 9 أشخاص في غارة جوية استهدفت سوقا شعبيا في مدينة معرة النعمان يوم الخميس.
            وقال ناشط إن النظام قتل نحو مليون شخص وشرد الملايين.
            """)
        let war = try #require(result.claims.first { $0.category == .killed && $0.min == 1_000_000 })
        #expect(war.background)
        #expect(result.events.first?.fatalities.best == 9)
        #expect(result.events.first?.fatalities.high == 9)
    }

    @Test func thousandsOfDeadAreATotalButThousandsOfWoundedCanBeOneDay() throws {
        let result = try extract(
            """
            أصيب أكثر من 2400 متظاهر برصاص القوات خلال مواجهات على الحدود يوم الاثنين، وقتل آلاف في الحرب.
            """)
        let wounded = try #require(result.claims.first { $0.category == .injured })
        #expect(!wounded.background)
        #expect(wounded.min == 2400)
        let dead = try #require(result.claims.first { $0.category == .killed })
        #expect(dead.background)
    }

    @Test(arguments: [
        (HarmCategory.killed, 999, false), (.killed, 1_000, true), (.injured, 4_999, false), (.injured, 5_000, true),
        (.killedOrInjured, 5_000, true), (.arrested, 160_000, false), (.displaced, 2_000_000, false),
    ])
    func theLineDependsOnTheCategory(category: HarmCategory, figure: Int, cumulative: Bool) {
        let claim = CasualtyClaim(
            category: category, min: figure, max: figure, qualifier: .exact, victims: .unspecified, source: .unattributed,
            hedged: false, background: false, span: TextSpan(start: 0, end: 1), quote: "", rule: "test"
        )
        #expect(CumulativeFigures.isCumulative(claim) == cumulative)
        #expect(CumulativeFigures.marked([claim]).first?.background == cumulative)
    }
}
