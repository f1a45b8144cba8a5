/// A recoverable problem met while reading a document; the document carries on.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case note, warning
    }

    public var severity: Severity
    public var message: String
    public var span: TextSpan?

    public init(_ severity: Severity, _ message: String, span: TextSpan? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
    }
}
