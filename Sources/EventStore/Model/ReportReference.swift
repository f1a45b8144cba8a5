import EventModel

/// How a merged event names one of its reports.
public struct ReportReference: Hashable, Sendable {
    /// The store's row id.
    public var storeID: Int64
    /// The report's id in its input (the JSONL "id", or the file name).
    public var inputID: String
    public var outlet: String?
    public var url: String?
    public var published: CalendarDate?

    public init(storeID: Int64, inputID: String, outlet: String?, url: String?, published: CalendarDate?) {
        self.storeID = storeID
        self.inputID = inputID
        self.outlet = outlet
        self.url = url
        self.published = published
    }
}
