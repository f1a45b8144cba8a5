import Foundation

/// A JSON scalar compared the way `score.py` (Python) compares it.
///
/// The scorer is a port of `shared/eval/score.py`, so equality follows Python rather than Swift:
/// `77 == 77.0`, `true == 1`, and strings are equal only when their code points are (Swift's `String ==`
/// would also equate canonically equivalent spellings, Python does not). Hashing agrees with that equality,
/// so sets of values deduplicate as Python sets do.
public enum ScoreValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// An array or object; never equal to anything but itself (score.py never compares these).
    case other(String)

    /// Converts a value produced by `JSONSerialization`.
    public init(json: Any?) {
        switch json {
        case nil, is NSNull:
            self = .null
        case let s as String:
            self = .string(s)
        case let n as NSNumber:
            if Self.isBoolean(n) {
                self = .bool(n.boolValue)
            } else {
                self = .number(n.doubleValue)
            }
        case let b as Bool:
            self = .bool(b)
        case let i as Int:
            self = .number(Double(i))
        case let d as Double:
            self = .number(d)
        default:
            self = .other(String(describing: json!))
        }
    }

    /// `JSONSerialization` returns booleans as `NSNumber`s whose type code is `c` (char) or `B`.
    private static func isBoolean(_ n: NSNumber) -> Bool {
        let code = String(cString: n.objCType)
        return code == "c" || code == "B"
    }

    /// Python truthiness: `None`, `False`, `0`, `""` are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .other: return true
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// Numeric view of numbers and booleans (Python treats `True` as 1).
    private var numeric: Double? {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .number(let d): return d
        default: return nil
        }
    }

    public static func == (lhs: ScoreValue, rhs: ScoreValue) -> Bool {
        if let a = lhs.numeric, let b = rhs.numeric { return a == b }
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.other(let a), .other(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        if let d = numeric {
            hasher.combine(0)
            hasher.combine(d)
            return
        }
        switch self {
        case .null:
            hasher.combine(1)
        case .string(let s):
            hasher.combine(2)
            for scalar in s.unicodeScalars { hasher.combine(scalar.value) }
        case .other(let s):
            hasher.combine(3)
            for scalar in s.unicodeScalars { hasher.combine(scalar.value) }
        case .bool, .number:
            break
        }
    }

    /// How the value reads in a report: numbers without `.0` when whole, `null` for none.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d):
            if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
            return String(d)
        case .string(let s): return s
        case .other(let s): return s
        }
    }
}
