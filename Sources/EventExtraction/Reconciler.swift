import EventModel

/// Reconciles an event's claims into low / best / high figures (policy `reconcile.v1`, docs/reconciliation.md).
///
/// - Credible claims: the category counted (killed for fatalities, injured for injuries), not background, not from the
///   perpetrator.
/// - low: the smallest contribution, each claim contributing its min (an "up to N" claim contributes nothing to low);
///   only estimates of the whole toll count when there are any: not a figure for one named group beside figures for
///   everyone, not a vague figure beside counted ones.
/// - high: the largest contribution, each claim contributing its max for exact, approx and range claims, its min for
///   at-least and vague claims, and its max for at-most claims.
/// - best: among figures for everyone when there are any (else all), the claim ranked first by: a current figure before an
///   earlier toll of the event ("في حصيلة سابقة"), unhedged before hedged,
///   counted before vague, the larger of two lower bounds, source authority (official, security, military, medical,
///   UN/NGO before documents and diplomats before media, witnesses and unattributed text), a toll statement before
///   single figures, specificity (exact before approx and range, before at-least / at-most, before vague), the exact
///   figure more claims agree on, then the larger figure (tolls are revised upward), then the earlier claim. Its value
///   is the claim's min (for vague-only evidence: the vague lower bound), or for at-most claims its max.
public enum Reconciler {
    public static let ruleID = "reconcile.v1"
    /// The claim rule of toll statements ("حصيلة القتلى ارتفعت إلى 30").
    static let tollRule = "casualty.toll_count"

    /// Reconciles fatalities and injuries over `claims`, considering only `indexes` when given.
    /// The tolls name claims by their index in `claims`.
    /// `type`: the event's type. In violence against civilians, the attackers killed (a figure for combatants of at
    /// most `attackerLimit`: "police shot the gunman dead") add to a figure that names no group ("3 killed" and the
    /// gunman = 4); ACLED counts perpetrators among an event's fatalities.
    public static func reconcile(
        _ claims: [CasualtyClaim], considering indexes: [Int]? = nil, type: EventType? = nil
    ) -> (fatalities: Toll, injuries: Toll) {
        let pool = indexes ?? Array(claims.indices)
        let attackers = type == .violenceAgainstCivilians
        return (toll(claims, pool, category: .killed, addingAttackers: attackers), toll(claims, pool, category: .injured, addingAttackers: attackers))
    }

    /// The most attackers a figure for combatants may count to be read as the attackers of an attack on civilians.
    static let attackerLimit = 3

    /// Whether a claim may set an event's figures.
    public static func isCredible(_ claim: CasualtyClaim) -> Bool {
        !claim.background && claim.source.kind != .perpetrator
    }

    static func toll(_ claims: [CasualtyClaim], _ pool: [Int], category: HarmCategory, addingAttackers: Bool = false) -> Toll {
        // The credible claims, the figures for everyone among them (they alone estimate low, and best comes from them too
        // when there are any: a group's figure joins through the sum below), and the counted ones among those, told by
        // predicates over `pool` rather than filtered into arrays; fields are read in place (a claim copied out of the
        // array retained and released each of its strings).
        func isCredibleClaim(_ i: Int) -> Bool { claims[i].category == category && isCredible(claims[i]) }
        var anyCredible = false, anyWhole = false
        for i in pool where isCredibleClaim(i) {
            anyCredible = true
            if !isSpecific(claims[i].victims) { anyWhole = true }
        }
        // No credible claim of the category (an event's injuries, often): no figures.
        guard anyCredible else { return Toll() }
        // Of a credible claim: whether it is an estimate (`estimates`).
        func isEstimate(_ i: Int) -> Bool { !anyWhole || !isSpecific(claims[i].victims) }
        var anyCounted = false
        for i in pool where isCredibleClaim(i) && isEstimate(i) && claims[i].qualifier != .vague {
            anyCounted = true
            break
        }
        // Of a credible claim: whether it sets low: among the estimates (not one named group such as "5 of the attackers"
        // beside "30 killed"), the figures that count rather than vague ones ("dozens" beside "35 killed"), or all of
        // them when every one is vague.
        func isLow(_ i: Int) -> Bool { isEstimate(i) && (!anyCounted || claims[i].qualifier != .vague) }
        // Corroboration, for best: how many credible claims give an exact figure.
        func support(_ value: Int) -> Int {
            var n = 0
            for i in pool where isCredibleClaim(i) && claims[i].qualifier == .exact && claims[i].min == value { n += 1 }
            return n
        }
        var result = Toll()
        var bestIndex: Int?
        for i in pool where isCredibleClaim(i) {
            if isLow(i), let low = lowContribution(claims[i]), result.low.map({ low < $0 }) ?? true {
                result.low = low
                result.lowClaim = i
            }
            let high = highContribution(claims[i])
            if result.high.map({ high > $0 }) ?? true {
                result.high = high
                result.highClaim = i
            }
            guard isEstimate(i) else { continue }
            if let b = bestIndex {
                if ranksBefore(claims[i], claims[b], support: support) { bestIndex = i }
            } else {
                bestIndex = i
            }
        }
        if let b = bestIndex {
            let qualifier = claims[b].qualifier
            result.best = qualifier == .atMost ? (claims[b].max ?? claims[b].min) : claims[b].min
            result.bestClaim = b
            result.rule = ruleID
            // Figures for different groups of people (three civilians, three policemen, the attacker) add up: the
            // event's toll is their sum when it exceeds the best single figure (rule `reconcile.v1.sum`).
            if let sum = disjointSum(claims, pool, category: category), sum.best > result.best ?? 0 {
                result.best = sum.best
                result.high = Swift.max(result.high ?? sum.high, sum.high)
                if let low = result.low, low < sum.best, onlyLowerBoundsBeside(claims, pool, category: category, sum: sum.best) {
                    result.low = sum.best
                }
                result.rule = ruleID + ".sum"
            } else if addingAttackers, claims[b].victims == .unspecified {
                // The attackers killed beside a figure for the victims naming no group (`reconcile.v1.sum`): the largest
                // such figure, the first of equals.
                var a: Int?
                for i in pool where isCredibleClaim(i) && claims[i].victims == .combatants && claims[i].qualifier == .exact
                    && claims[i].min <= attackerLimit && a.map({ claims[$0].min < claims[i].min }) ?? true {
                    a = i
                }
                if let a {
                    let attackers = claims[a].min
                    result.best = (result.best ?? 0) + attackers
                    if let low = result.low, let l = result.lowClaim, claims[l].victims == .unspecified { result.low = low + attackers }
                    if let high = result.high, let h = result.highClaim, claims[h].victims == .unspecified { result.high = high + attackers }
                    result.rule = ruleID + ".sum"
                }
            }
        }
        return result
    }

    /// Whether a victim group is one of `specificGroups`.
    @inline(__always)
    static func isSpecific(_ group: VictimGroup) -> Bool {
        group == .civilians || group == .securityForces || group == .combatants
    }

    static let specificGroups: [VictimGroup] = [.civilians, .securityForces, .combatants]

    /// The sum over the named groups of people (civilians, security forces, combatants) of each group's best counted figure
    /// (vague ones, "civilians were killed", add nothing) — its min, as for best — and of their high contributions, when
    /// at least two groups have a figure; nil otherwise.
    static func disjointSum(_ claims: [CasualtyClaim], _ pool: [Int], category: HarmCategory) -> (best: Int, high: Int)? {
        // The best claim of each group that has one (a few groups: an array, not a dictionary).
        var perGroup: [Int] = []
        for group in specificGroups {
            var best: Int?
            for i in pool where claims[i].category == category && isCredible(claims[i]) && claims[i].victims == group
                && claims[i].qualifier != .atMost && claims[i].qualifier != .vague {
                if let b = best { if ranksBefore(claims[i], claims[b]) { best = i } } else { best = i }
            }
            if let best { perGroup.append(best) }
        }
        guard perGroup.count >= 2 else { return nil }
        return (perGroup.reduce(0) { $0 + claims[$1].min }, perGroup.reduce(0) { $0 + highContribution(claims[$1]) })
    }

    /// Whether every credible figure of the category that names no group is a lower bound (at least, vague) or not below
    /// `sum`: then the groups' sum is the smallest credible toll ("at least 6 killed" beside three civilians, three
    /// policemen and the bomber).
    static func onlyLowerBoundsBeside(_ claims: [CasualtyClaim], _ pool: [Int], category: HarmCategory, sum: Int) -> Bool {
        pool.allSatisfy { i in
            let c = claims[i]
            return c.category != category || !isCredible(c) || specificGroups.contains(c.victims)
                || c.qualifier == .atLeast || c.qualifier == .vague || c.min >= sum
        }
    }

    /// Whether the claims stage marked the claim as an earlier toll of its event (rule `…+earlier_toll`).
    static func isEarlierToll(_ c: CasualtyClaim) -> Bool {
        c.rule.hasSuffix(Extractor.earlierTollMark)
    }

    static func lowContribution(_ c: CasualtyClaim) -> Int? {
        c.qualifier == .atMost ? nil : c.min
    }

    static func highContribution(_ c: CasualtyClaim) -> Int {
        switch c.qualifier {
        case .exact, .approx, .range, .atMost: return c.max ?? c.min
        case .atLeast, .vague: return c.min
        }
    }

    /// Specificity of a figure: exact 3, approx / range 2, at-least / at-most 1, vague 0.
    static func specificity(_ q: Qualifier) -> Int {
        switch q {
        case .exact: return 3
        case .approx, .range: return 2
        case .atLeast, .atMost: return 1
        case .vague: return 0
        }
    }

    /// True when `a` should set `best` rather than `b` (ties keep `b`, the earlier claim).
    /// `support`: how many credible claims give a figure exactly; a figure more of them give ranks first.
    @inline(__always)
    static func ranksBefore(_ a: CasualtyClaim, _ b: CasualtyClaim, support: (Int) -> Int = { _ in 0 }) -> Bool {
        // An earlier toll of the event ("في حصيلة سابقة") is superseded by any current figure.
        let ea = isEarlierToll(a), eb = isEarlierToll(b)
        if ea != eb { return eb }
        if a.hedged != b.hedged { return !a.hedged }
        // A figure that counts beats a vague one ("killed" ≈ 3) whoever gave it.
        if (a.qualifier == .vague) != (b.qualifier == .vague) { return b.qualifier == .vague }
        // Lower bounds do not contradict each other: "more than 27" says more than "more than ten", whoever said it.
        if a.qualifier == .atLeast && b.qualifier == .atLeast && a.min != b.min { return a.min > b.min }
        if a.source.kind.authority != b.source.kind.authority { return a.source.kind.authority > b.source.kind.authority }
        // A toll statement ("the toll rose to about 30", "عدد القتلى بلغ …") sums up the figures told before it.
        let ta = a.rule == tollRule, tb = b.rule == tollRule
        if ta != tb { return ta }
        let sa = specificity(a.qualifier), sb = specificity(b.qualifier)
        if sa != sb { return sa > sb }
        // Corroboration: a figure several claims agree on beats a different one told once.
        let na = Swift.max(1, support(a.min)), nb = Swift.max(1, support(b.min))
        if na != nb { return na > nb }
        return a.min > b.min
    }
}
