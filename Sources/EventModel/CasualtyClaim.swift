/// The category of harm a claim counts (GUIDELINE.md, category rules).
public enum HarmCategory: String, Sendable, CaseIterable {
    case killed, injured
    case killedOrInjured = "killed_or_injured"
    case missing, abducted, arrested, displaced, identified
}

/// Who the counted people are.
public enum VictimGroup: String, Sendable, CaseIterable {
    case civilians
    case securityForces = "security_forces"
    case combatants, mixed, unspecified
}

/// The kind of source that states a figure.
public enum SourceKind: String, Sendable, CaseIterable {
    case official, security, military, medical, diplomatic
    case unNGO = "un_ngo"
    case media, perpetrator, witness, document, unattributed

    /// Rank used by reconciliation: higher is more authoritative for a casualty figure.
    public var authority: Int {
        switch self {
        case .medical, .official, .security, .military, .unNGO: return 3
        case .document, .diplomatic: return 2
        case .media, .witness, .unattributed: return 1
        case .perpetrator: return 0
        }
    }
}

/// Who states a figure, and the agency it spoke to.
public struct ClaimSource: Hashable, Sendable {
    /// The source as written in the text ("" when unattributed).
    public var text: String
    public var kind: SourceKind
    /// Short name of the agency the source spoke to (AFP, Reuters, ...).
    public var via: String?
    public var span: TextSpan?

    public init(text: String, kind: SourceKind, via: String? = nil, span: TextSpan? = nil) {
        self.text = text
        self.kind = kind
        self.via = via
        self.span = span
    }

    public static let unattributed = ClaimSource(text: "", kind: .unattributed)
}

/// One reported figure of people harmed, as one source reports it.
public struct CasualtyClaim: Hashable, Sendable {
    public var category: HarmCategory
    public var min: Int
    public var max: Int?
    public var qualifier: Qualifier
    public var victims: VictimGroup
    public var source: ClaimSource
    public var hedged: Bool
    public var background: Bool
    public var span: TextSpan
    public var quote: String
    /// Stable id of the rule that produced the claim, e.g. `casualty.killed.passive`.
    public var rule: String

    public init(
        category: HarmCategory, min: Int, max: Int?, qualifier: Qualifier, victims: VictimGroup = .unspecified,
        source: ClaimSource = .unattributed, hedged: Bool = false, background: Bool = false,
        span: TextSpan, quote: String, rule: String
    ) {
        self.category = category
        self.min = min
        self.max = max
        self.qualifier = qualifier
        self.victims = victims
        self.source = source
        self.hedged = hedged
        self.background = background
        self.span = span
        self.quote = quote
        self.rule = rule
    }
}
