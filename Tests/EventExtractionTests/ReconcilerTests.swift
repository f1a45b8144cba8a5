import Testing

@testable import EventExtraction
import EventModel

/// The reconciliation policy (docs/reconciliation.md), one rule a case.
@Suite("Reconciliation")
struct ReconcilerTests {
    static func claim(
        _ min: Int, _ max: Int?, _ qualifier: Qualifier, _ kind: SourceKind = .unattributed, category: HarmCategory = .killed,
        victims: VictimGroup = .unspecified, hedged: Bool = false, background: Bool = false
    ) -> CasualtyClaim {
        CasualtyClaim(
            category: category, min: min, max: max, qualifier: qualifier, victims: victims, source: ClaimSource(text: "", kind: kind),
            hedged: hedged, background: background, span: TextSpan(start: 0, end: 1), quote: "", rule: "test"
        )
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var claims: [CasualtyClaim]
        var low: Int?
        var best: Int?
        var high: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a single exact figure", claims: [claim(12, 12, .exact)], low: 12, best: 12, high: 12),
        Case(
            name: "the Bamako pattern: security beats hedged diplomats and a document",
            claims: [
                claim(70, nil, .atLeast, .diplomatic, hedged: true), claim(77, 77, .exact, .security),
                claim(100, 100, .approx, .document), claim(70, 79, .range, .diplomatic, hedged: true),
                claim(2000, 9999, .vague, background: true),
            ],
            low: 70, best: 77, high: 100
        ),
        Case(
            name: "perpetrator figures set nothing",
            claims: [claim(5, 5, .exact, .medical), claim(50, nil, .atLeast, .perpetrator)], low: 5, best: 5, high: 5
        ),
        Case(
            name: "background figures set nothing",
            claims: [claim(8, 8, .exact), claim(3000, 3000, .exact, background: true)], low: 8, best: 8, high: 8
        ),
        Case(name: "vague only: the lower bound", claims: [claim(20, 99, .vague)], low: 20, best: 20, high: 20),
        Case(name: "at most: nothing to low, max to high", claims: [claim(0, 50, .atMost)], low: nil, best: 50, high: 50),
        Case(
            name: "official beats unattributed",
            claims: [claim(30, 30, .exact), claim(25, 25, .exact, .official)], low: 25, best: 25, high: 30
        ),
        Case(
            name: "unhedged beats hedged",
            claims: [claim(40, 40, .exact, .security, hedged: true), claim(35, 35, .exact, .witness)], low: 35, best: 35, high: 40
        ),
        Case(
            name: "specific beats approximate from the same kind of source",
            claims: [claim(100, 100, .approx, .medical), claim(93, 93, .exact, .medical)], low: 93, best: 93, high: 100
        ),
        Case(
            name: "a revised toll: the larger figure from the same kind of source",
            claims: [claim(10, 10, .exact, .official), claim(14, 14, .exact, .official)], low: 10, best: 14, high: 14
        ),
        Case(
            name: "groups of people add up",
            claims: [claim(3, 3, .exact, .official, victims: .civilians), claim(3, 3, .exact, .official, victims: .securityForces),
                     claim(1, 1, .exact, .official, victims: .combatants)],
            low: 7, best: 7, high: 7
        ),
        Case(
            name: "a figure for one group sets no low beside figures for everyone",
            claims: [claim(30, 30, .approx, .medical), claim(18, 18, .exact, .medical), claim(5, 5, .exact, .security, victims: .combatants)],
            low: 18, best: 18, high: 30
        ),
        Case(
            name: "a vague figure sets no low beside counted ones",
            claims: [claim(20, 99, .vague, .witness), claim(35, 35, .exact, .media)], low: 35, best: 35, high: 35
        ),
        Case(
            name: "groups add up from at-least figures too, and the sum is the low",
            claims: [claim(3, nil, .atLeast, .security, victims: .civilians), claim(1, 1, .exact, .security, victims: .combatants)],
            low: 4, best: 4, high: 4
        ),
        Case(
            name: "a whole toll told as a lower bound does not hold the groups' sum down",
            claims: [claim(6, nil, .atLeast), claim(3, 3, .exact, .official, victims: .civilians),
                     claim(3, 3, .exact, .official, victims: .securityForces), claim(1, 1, .exact, .official, victims: .combatants)],
            low: 7, best: 7, high: 7
        ),
        Case(
            name: "a count beats a vague figure from a higher authority",
            claims: [claim(16, 16, .exact), claim(3, 9, .vague, .official)], low: 16, best: 16, high: 16
        ),
        Case(
            name: "the larger of two lower bounds, whoever gave it",
            claims: [claim(27, nil, .atLeast, .witness), claim(10, nil, .atLeast, .official)], low: 10, best: 27, high: 27
        ),
        Case(
            name: "a figure two sources agree on beats a larger one told once",
            claims: [claim(14, 14, .exact, .official), claim(10, 10, .exact, .official), claim(10, 10, .exact, .security)],
            low: 10, best: 10, high: 14
        ),
        Case(name: "no killed figure: nulls", claims: [claim(4, 4, .exact, category: .injured)], low: nil, best: nil, high: nil),
    ]

    @Test(arguments: cases)
    func fatalities(_ c: Case) {
        let toll = Reconciler.reconcile(c.claims).fatalities
        #expect(toll.low == c.low)
        #expect(toll.best == c.best)
        #expect(toll.high == c.high)
        if toll.best != nil {
            #expect(toll.rule?.hasPrefix(Reconciler.ruleID) == true)
            #expect(toll.bestClaim != nil)
        }
    }

    @Test func namesTheClaimsBehindEachFigure() {
        let claims = [Self.claim(70, nil, .atLeast, .diplomatic, hedged: true), Self.claim(77, 77, .exact, .security), Self.claim(100, 100, .approx, .document)]
        let toll = Reconciler.reconcile(claims).fatalities
        #expect(toll.lowClaim == 0)
        #expect(toll.bestClaim == 1)
        #expect(toll.highClaim == 2)
    }

    @Test func considersOnlyTheEventsClaims() {
        let claims = [Self.claim(5, 5, .exact), Self.claim(9, 9, .exact)]
        #expect(Reconciler.reconcile(claims, considering: [1]).fatalities.best == 9)
        #expect(Reconciler.reconcile(claims, considering: []).fatalities.best == nil)
    }

    @Test func injuriesFollowTheSamePolicy() {
        let claims = [Self.claim(255, 255, .exact, .security, category: .injured), Self.claim(300, nil, .atLeast, .media, category: .injured)]
        let injuries = Reconciler.reconcile(claims).injuries
        #expect(injuries.best == 255)
        #expect(injuries.low == 255)
        #expect(injuries.high == 300)
    }
}

extension ReconcilerTests {
    @Test func aTollStatementSumsUpEarlierFigures() {
        var update = Self.claim(30, 30, .approx, .medical)
        update.rule = Reconciler.tollRule
        let claims = [Self.claim(18, 18, .exact, .medical), update]
        #expect(Reconciler.reconcile(claims).fatalities.best == 30)
        #expect(Reconciler.reconcile(claims).fatalities.bestClaim == 1)
    }
}

extension ReconcilerTests {
    @Test func inAnAttackOnCiviliansTheKilledAttackerAddsToTheVictims() {
        // "Three people were killed … police shot the gunman dead": the figure naming no group counts the victims.
        let claims = [Self.claim(3, 3, .exact), Self.claim(1, 1, .exact, .official, victims: .combatants)]
        let attack = Reconciler.reconcile(claims, type: .violenceAgainstCivilians).fatalities
        #expect(attack.low == 4)
        #expect(attack.best == 4)
        #expect(attack.high == 4)
        #expect(attack.rule == Reconciler.ruleID + ".sum")
        // In a battle "3 killed" may already count the fighters: no sum.
        let battle = Reconciler.reconcile(claims, type: .battles).fatalities
        #expect(battle.best == 3)
        #expect(battle.low == 3)
        // Thirty militants are no attackers of a shooting: nothing is added.
        let many = [Self.claim(3, 3, .exact), Self.claim(30, 30, .exact, .official, victims: .combatants)]
        #expect(Reconciler.reconcile(many, type: .violenceAgainstCivilians).fatalities.best == 3)
        // A named group's figure beside it is no figure for everyone: best stays with "3 killed", the attacker added.
        let named = [Self.claim(3, 3, .exact, .security), Self.claim(1, 1, .exact, .medical, victims: .civilians),
                     Self.claim(1, 1, .exact, .official, victims: .combatants)]
        #expect(Reconciler.reconcile(named, type: .violenceAgainstCivilians).fatalities.best == 4)
    }
}

extension ReconcilerTests {
    @Test func anEarlierTollIsSupersededForBest() {
        // "The toll rose to 15 … the earlier toll had been 8": an official's earlier figure does not beat the current one.
        var earlier = Self.claim(8, 8, .exact, .official)
        earlier.rule += Extractor.earlierTollMark
        let claims = [Self.claim(15, 15, .exact), earlier]
        let toll = Reconciler.reconcile(claims).fatalities
        #expect(toll.best == 15)
        #expect(toll.bestClaim == 0)
        // It stays a credible figure (the guideline's low is the smallest credible one).
        #expect(toll.low == 8)
        // Told alone, it is the event's figure.
        #expect(Reconciler.reconcile([earlier]).fatalities.best == 8)
    }
}
