import EventModel

/// Figures too large for one event are running totals (eval/GUIDELINE.md: background is "figures about other events or
/// cumulative totals").
///
/// A report of one attack often recalls what the whole war, campaign or year has cost, and not always with a cue the
/// background lexicon knows ("the regime that killed about a million", "more than 10,000 killed", "thousands of
/// wounded"). Counted as this event's toll, such a figure swamps every total an analyst computes. One event (one place,
/// one day) killing a thousand people or wounding five thousand is rare enough that a figure this large is read as a
/// running total; the claim stays, marked background, so it is still shown and can be checked.
///
/// The thresholds are on the figure's lower bound: "thousands" (2,000–9,999) of wounded stays below the injury line and
/// counts, "thousands" of dead does not. Single days of mass protest have wounded 2,000–3,000 people, which is why the
/// injury line sits higher than the death line. Other categories (arrests, displacement) are left as the text gives them.
enum CumulativeFigures {
    /// The smallest lower bound read as a running total, per category; nil: never by size alone.
    static func threshold(for category: HarmCategory) -> Int? {
        switch category {
        case .killed: 1_000
        case .injured, .killedOrInjured: 5_000
        case .missing, .abducted, .arrested, .displaced, .identified: nil
        }
    }

    /// Whether a figure is a running total by its size alone.
    static func isCumulative(_ claim: CasualtyClaim) -> Bool {
        guard let line = threshold(for: claim.category) else { return false }
        return claim.min >= line
    }

    /// The claims with figures too large for one event marked background.
    static func marked(_ claims: [CasualtyClaim]) -> [CasualtyClaim] {
        var claims = claims
        for i in claims.indices where !claims[i].background && isCumulative(claims[i]) {
            claims[i].background = true
        }
        return claims
    }
}
