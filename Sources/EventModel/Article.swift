/// One input document.
public struct Article: Sendable {
    public var id: String
    public var text: String
    public var published: CalendarDate?
    public var title: String?
    public var lang: String?
    public var outlet: String?
    public var url: String?

    public init(
        id: String, text: String, published: CalendarDate? = nil, title: String? = nil, lang: String? = nil,
        outlet: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.text = text
        self.published = published
        self.title = title
        self.lang = lang
        self.outlet = outlet
        self.url = url
    }
}

/// Everything Rasid extracts from one document: the `rasid.v1` output contract.
public struct ExtractionResult: Sendable {
    public static let schema = "rasid.v1"

    public var id: String
    public var lang: String
    public var published: CalendarDate?
    public var claims: [CasualtyClaim]
    public var events: [ConflictEvent]
    public var diagnostics: [Diagnostic]

    public init(
        id: String, lang: String, published: CalendarDate?, claims: [CasualtyClaim] = [], events: [ConflictEvent] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.lang = lang
        self.published = published
        self.claims = claims
        self.events = events
        self.diagnostics = diagnostics
    }
}
