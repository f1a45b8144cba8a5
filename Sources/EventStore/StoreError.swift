/// The one error type of the store: what went wrong, in words a user can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    private enum Kind: Sendable {
        case cannotOpen(path: String, reason: String)
        case corrupt(String)
        case badQuery(String)
        case io(String)
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    /// The database file cannot be opened or migrated.
    public static func cannotOpen(path: String, reason: String) -> StoreError { StoreError(.cannotOpen(path: path, reason: reason)) }
    /// The stored data breaks an invariant (should never happen; reported rather than crashing).
    public static func corrupt(_ message: String) -> StoreError { StoreError(.corrupt(message)) }
    /// A query option is malformed.
    public static func badQuery(_ message: String) -> StoreError { StoreError(.badQuery(message)) }
    /// An input or output file problem.
    public static func io(_ message: String) -> StoreError { StoreError(.io(message)) }

    public var description: String {
        switch kind {
        case .cannotOpen(let path, let reason): return "cannot open database \(path): \(reason)"
        case .corrupt(let message): return "database inconsistent: \(message)"
        case .badQuery(let message): return message
        case .io(let message): return message
        }
    }
}
