import EventExtraction
import EventModel
import Testing

/// Golden tests for casualty claims (issue 4): short passages written for Rasid, each with every claim it must yield.
///
/// The comparison is over the whole multiset of claims, so a missing claim and an extra claim both fail. Each expected
/// claim pins category, min, max, qualifier, source kind, via, hedged and background; victims only where the passage
/// makes them clear. Cases the code does not handle yet carry a `knownIssue` and run under `withKnownIssue`, so the
/// suite stays green, the gap stays visible, and a fix shows up as "known issue not recorded".
@Suite("Claim golden passages")
struct ClaimGoldenTests {
    /// Loaded once: reading the lexicon takes a moment.
    static let extractor = Result { try Extractor.standard() }

    @Test(arguments: cases)
    func passage(_ golden: GoldenCase) throws {
        let extractor = try Self.extractor.get()
        if let issue = golden.knownIssue {
            try withKnownIssue(Comment(rawValue: issue)) {
                try Self.check(golden, with: extractor)
            }
        } else {
            try Self.check(golden, with: extractor)
        }
    }

    /// A report in the shape of a multi-source Sahel attack story: a security source's exact killed and injured (told to
    /// AFP), a document's approximate figure, diplomats' "in the sixties", a hedged "hundreds killed and wounded", the
    /// perpetrator's own claim, and a background sentence about thousands killed since 2012.
    @Test func multiSourceAttackReport() throws {
        let golden = GoldenCase(
            "multi-source attack report",
            published: "2024-09-18",
            """
            قال مصدر أمني لوكالة فرانس برس إن 41 شخصا قتلوا وأصيب 63 آخرون في الهجوم الذي استهدف مدرسة للدرك في \
            واغادوغو صباح الثلاثاء. وأظهرت وثيقة رسمية أن نحو 55 شخصا لقوا حتفهم في الهجوم. وقال دبلوماسيان إن عدد القتلى \
            في الستينيات. ويعتقد أن الهجوم خلف مئات القتلى والجرحى. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم، وقالت في \
            بيان إن مقاتليها قتلوا أكثر من 100 جندي. وتشهد منطقة الساحل منذ 2012 أعمال عنف أودت بحياة آلاف الأشخاص.
            """,
            [
                .init(.killed, 41, 41, .exact, from: .security, via: "AFP"),
                .init(.injured, 63, 63, .exact, from: .security, via: "AFP"),
                .init(.killed, 55, 55, .approx, from: .document),
                .init(.killed, 60, 69, .range, from: .diplomatic),
                .init(.killedOrInjured, 200, 999, .vague, hedged: true),
                .init(.killed, 100, nil, .atLeast, from: .perpetrator, victims: .securityForces),
                .init(.killed, 2000, 9999, .vague, background: true),
            ]
        )
        try Self.check(golden, with: try Self.extractor.get())
    }

    /// The comparison itself: one-to-one pairing, duplicates counted, unpinned victims accepted, every field checked.
    @Test func comparisonCountsEveryClaim() {
        func claim(_ min: Int, victims: VictimGroup = .unspecified, kind: SourceKind = .security, via: String? = nil) -> CasualtyClaim {
            CasualtyClaim(
                category: .killed, min: min, max: min, qualifier: .exact, victims: victims,
                source: ClaimSource(text: "مصدر أمني", kind: kind, via: via), span: TextSpan(start: 0, end: 4), quote: "", rule: "test"
            )
        }
        let nine = ExpectedClaim(.killed, 9, 9, .exact, from: .security)
        // Two equal expectations need two equal claims.
        let once = Self.unmatched(expected: [nine, nine], actual: [claim(9)])
        #expect(once.missing == [nine] && once.extra.isEmpty)
        let twice = Self.unmatched(expected: [nine], actual: [claim(9), claim(9)])
        #expect(twice.missing.isEmpty && twice.extra == [claim(9)])
        // Victims are checked only when pinned; the pinned expectation is paired first.
        let pinned = ExpectedClaim(.killed, 9, 9, .exact, from: .security, victims: .civilians)
        let both = Self.unmatched(expected: [nine, pinned], actual: [claim(9, victims: .civilians), claim(9)])
        #expect(both.missing.isEmpty && both.extra.isEmpty)
        // Source kind and via are part of the match.
        #expect(Self.unmatched(expected: [nine], actual: [claim(9, kind: .medical)]).missing == [nine])
        #expect(Self.unmatched(expected: [nine], actual: [claim(9, via: "AFP")]).missing == [nine])
    }

    // MARK: - Comparison

    /// Extracts the passage and records one issue listing the missing and the extra claims, if any.
    static func check(_ golden: GoldenCase, with extractor: Extractor) throws {
        let published = try #require(CalendarDate(iso: golden.published), "bad published date in case \(golden.name)")
        let result = extractor.extract(Article(id: golden.name, text: golden.text, published: published))
        let (missing, extra) = unmatched(expected: golden.claims, actual: result.claims)
        guard !missing.isEmpty || !extra.isEmpty else { return }
        var message = "[\(golden.name)] \(golden.text)\n"
        for claim in missing { message += "  missing: \(claim)\n" }
        for claim in extra { message += "  extra:   \(describe(claim))\n" }
        message += "  got (\(result.claims.count)):\n"
        for claim in result.claims { message += "    \(describe(claim))\n" }
        Issue.record(Comment(rawValue: message))
    }

    /// Pairs expected with actual claims one to one; what is left on either side is missing or extra.
    /// Expectations that pin victims are paired first, so a looser one cannot take the claim a stricter one needs.
    static func unmatched(expected: [ExpectedClaim], actual: [CasualtyClaim]) -> (missing: [ExpectedClaim], extra: [CasualtyClaim]) {
        var remaining = actual
        var missing: [ExpectedClaim] = []
        let ordered = expected.filter { $0.victims != nil } + expected.filter { $0.victims == nil }
        for claim in ordered {
            if let index = remaining.firstIndex(where: claim.matches) {
                remaining.remove(at: index)
            } else {
                missing.append(claim)
            }
        }
        return (missing, remaining)
    }

    /// One line per actual claim, in the same shape as `ExpectedClaim.description` plus where it came from.
    static func describe(_ claim: CasualtyClaim) -> String {
        let expected = ExpectedClaim(
            claim.category, claim.min, claim.max, claim.qualifier, from: claim.source.kind, victims: claim.victims,
            via: claim.source.via, hedged: claim.hedged, background: claim.background
        )
        return "\(expected)  source=\"\(claim.source.text)\" quote=\"\(claim.quote)\" rule=\(claim.rule)"
    }
}

// MARK: - Case types

/// One golden passage: the text, its publication date, and every claim it must yield.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// A short ASCII label naming the construction the case covers.
    var name: String
    var published: String
    var text: String
    var claims: [ExpectedClaim]
    /// Why the current code fails this case; nil when it must pass.
    var knownIssue: String?

    init(_ name: String, published: String = "2024-05-01", _ text: String, _ claims: [ExpectedClaim], knownIssue: String? = nil) {
        self.name = name
        self.published = published
        self.text = text
        self.claims = claims
        self.knownIssue = knownIssue
    }

    var testDescription: String { name }
}

/// The fields of a claim a golden case pins down.
struct ExpectedClaim: Hashable, Sendable, CustomStringConvertible {
    var category: HarmCategory
    var min: Int
    var max: Int?
    var qualifier: Qualifier
    var source: SourceKind
    /// nil: the passage does not make the victims clear, so any group is accepted.
    var victims: VictimGroup?
    var via: String?
    var hedged: Bool
    var background: Bool

    init(
        _ category: HarmCategory, _ min: Int, _ max: Int?, _ qualifier: Qualifier, from source: SourceKind = .unattributed,
        victims: VictimGroup? = nil, via: String? = nil, hedged: Bool = false, background: Bool = false
    ) {
        self.category = category
        self.min = min
        self.max = max
        self.qualifier = qualifier
        self.source = source
        self.victims = victims
        self.via = via
        self.hedged = hedged
        self.background = background
    }

    func matches(_ claim: CasualtyClaim) -> Bool {
        claim.category == category && claim.min == min && claim.max == max && claim.qualifier == qualifier
            && claim.source.kind == source && claim.source.via == via && claim.hedged == hedged
            && claim.background == background && (victims == nil || claim.victims == victims)
    }

    var description: String {
        var parts = ["\(category.rawValue) \(min)...\(max.map(String.init) ?? "nil") \(qualifier.rawValue)", "source=\(source.rawValue)"]
        if let victims { parts.append("victims=\(victims.rawValue)") }
        if let via { parts.append("via=\(via)") }
        if hedged { parts.append("hedged") }
        if background { parts.append("background") }
        return parts.joined(separator: " ")
    }
}
