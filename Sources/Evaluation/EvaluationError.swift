/// Why a gold or prediction file cannot be scored, with the place to look.
public struct EvaluationError: Error, CustomStringConvertible {
    private enum Kind {
        case unreadable(path: String, reason: String)
        case badLine(path: String, line: Int, reason: String)
        case badRecord(path: String, id: String, reason: String)
        case other(String)
    }

    private let kind: Kind

    static func unreadable(_ path: String, _ reason: String) -> EvaluationError {
        EvaluationError(kind: .unreadable(path: path, reason: reason))
    }

    static func badLine(_ path: String, line: Int, _ reason: String) -> EvaluationError {
        EvaluationError(kind: .badLine(path: path, line: line, reason: reason))
    }

    static func badRecord(_ path: String, id: String, _ reason: String) -> EvaluationError {
        EvaluationError(kind: .badRecord(path: path, id: id, reason: reason))
    }

    static func other(_ message: String) -> EvaluationError {
        EvaluationError(kind: .other(message))
    }

    public var description: String {
        switch kind {
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .badLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .badRecord(let path, let id, let reason): return "\(path): article \(id): \(reason)"
        case .other(let message): return message
        }
    }
}
