import Foundation

/// A JSONL file of articles keyed by id, in file order, as score.py's `load` builds its dict:
/// blank lines are skipped and a repeated id keeps its first position but takes the later record.
public struct ScoreFile<Record: Sendable>: Sendable {
    public private(set) var ids: [String] = []
    public private(set) var records: [String: Record] = [:]

    public init() {}

    public var count: Int { ids.count }

    public subscript(id: String) -> Record? { records[id] }

    /// Adds or replaces the record for `id`.
    public mutating func insert(_ record: Record, id: String) {
        if records.updateValue(record, forKey: id) == nil { ids.append(id) }
    }

    /// Records in file order.
    public var ordered: [Record] { ids.map { records[$0]! } }
}

/// A gold article: its text (to run extraction on) and the claims and events annotated on it.
public struct GoldArticle: Sendable {
    public var id: String
    public var text: String?
    public var published: String?
    public var expected: ScoredArticle
}

extension ScoreFile where Record == GoldArticle {
    /// Reads a gold JSONL file (GUIDELINE.md format).
    public static func gold(path: String) throws -> ScoreFile<GoldArticle> {
        var file = ScoreFile<GoldArticle>()
        try JSONLines.forEachObject(path: path) { object, id in
            let expected = try ScoredArticle(gold: object, id: id)
            file.insert(
                GoldArticle(id: id, text: object["text"] as? String, published: object["published"] as? String, expected: expected),
                id: id
            )
        }
        return file
    }
}

extension ScoreFile where Record == ScoredArticle {
    /// Reads a prediction JSONL file (rasid.v1, one article a line; error lines count as articles with nothing found).
    public static func predictions(path: String) throws -> ScoreFile<ScoredArticle> {
        var file = ScoreFile<ScoredArticle>()
        try JSONLines.forEachObject(path: path) { object, id in
            file.insert(try ScoredArticle(prediction: object, id: id), id: id)
        }
        return file
    }
}

/// Reading JSONL with Foundation's `JSONSerialization`.
enum JSONLines {
    /// Calls `body` with each non-blank line's object and its id; errors name the file and line.
    static func forEachObject(path: String, _ body: ([String: Any], String) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError.unreadable(path, FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line))
            } catch {
                throw EvaluationError.badLine(path, line: lineNumber, "not valid JSON")
            }
            guard let dict = object as? [String: Any] else {
                throw EvaluationError.badLine(path, line: lineNumber, "not a JSON object")
            }
            guard let id = idString(dict["id"]) else {
                throw EvaluationError.badLine(path, line: lineNumber, "no \"id\"")
            }
            do {
                try body(dict, id)
            } catch let error as EvaluationError {
                throw EvaluationError.badLine(path, line: lineNumber, error.description)
            }
        }
    }

    /// Parses one JSON object (a rasid.v1 line produced in memory).
    static func object(_ json: String) throws -> [String: Any] {
        guard let dict = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw EvaluationError.other("extractor output is not a JSON object")
        }
        return dict
    }

    static func idString(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
