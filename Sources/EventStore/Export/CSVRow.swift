import Foundation

/// Builds one CSV line (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).
struct CSVRow {
    private(set) var line = ""
    private var first = true

    init() {}

    init(_ fields: [String]) {
        for f in fields { add(f) }
    }

    mutating func add(_ field: String) {
        if !first { line += "," }
        first = false
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            line += "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        } else {
            line += field
        }
    }

    mutating func add(_ value: Int?) { add(value.map(String.init) ?? "") }

    mutating func add(_ value: Double?) {
        guard let value else { return add("") }
        add(String(format: "%.5f", value))
    }
}
