import EventModel
import Foundation

/// Turns one JSONL input line into an `Article`, or a readable reason why not.
public enum ArticleDecoder {
    public struct LineError: Error, CustomStringConvertible {
        /// The document id when the line was JSON enough to tell it.
        public var id: String?
        public var message: String
        public var description: String { message }

        public init(id: String?, message: String) {
            self.id = id
            self.message = message
        }
    }

    /// Decodes `{"id", "text", "published"?, "title"?, "lang"?, "outlet"?, "url"?}`.
    /// A missing id becomes `line-N`.
    ///
    /// Lines are read by `JSONLineReader` (no Foundation); a line it does not read the way `JSONSerialization` does
    /// (malformed, or an unusual id) goes to `JSONSerialization`, so errors and odd cases are what they always were.
    public static func decode(line bytes: [UInt8], lineNumber: Int) -> Result<Article, LineError> {
        guard let line = String(validating: bytes, as: UTF8.self) else { return decodeWithFoundation(line: bytes, lineNumber: lineNumber) }
        guard let fields = JSONLineReader.fields(of: line) else {
            return decodeWithFoundation(line: bytes, lineNumber: lineNumber)
        }
        let id = fields.id ?? "line-\(lineNumber)"
        guard let text = fields.text else {
            return .failure(LineError(id: id, message: "missing \"text\" (a string)"))
        }
        return validate(
            id: id, text: text, published: fields.published, title: fields.title, lang: fields.lang, outlet: fields.outlet, url: fields.url
        )
    }

    /// `decode(line:lineNumber:)` through Foundation's `JSONSerialization`: the reading of lines `JSONLineReader` leaves.
    static func decodeWithFoundation(line bytes: [UInt8], lineNumber: Int) -> Result<Article, LineError> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            // Recover the id if the rest of the line is readable, so the error line can name the document.
            let lossy = String(decoding: bytes, as: UTF8.self)
            let dict = (try? JSONSerialization.jsonObject(with: Data(lossy.utf8))) as? [String: Any]
            return .failure(LineError(id: idString(dict?["id"]), message: "invalid UTF-8"))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return .failure(LineError(id: nil, message: "not valid JSON"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(LineError(id: nil, message: "not a JSON object"))
        }
        let id = idString(dict["id"]) ?? "line-\(lineNumber)"
        guard let text = dict["text"] as? String else {
            return .failure(LineError(id: id, message: "missing \"text\" (a string)"))
        }
        return validate(
            id: id, text: text, published: dict["published"] as? String, title: dict["title"] as? String,
            lang: dict["lang"] as? String, outlet: dict["outlet"] as? String, url: dict["url"] as? String
        )
    }

    /// Checks the fields every input path shares (files, stdin, JSONL).
    public static func validate(
        id: String, text: String, published: String?, title: String? = nil, lang: String? = nil, outlet: String? = nil,
        url: String? = nil
    ) -> Result<Article, LineError> {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(LineError(id: id, message: "empty text"))
        }
        if text.utf8.count > maxDocumentBytes {
            return .failure(LineError(id: id, message: "text too large (\(text.utf8.count) bytes; limit \(maxDocumentBytes))"))
        }
        var date: CalendarDate?
        if let published, !published.isEmpty {
            // Accept a full timestamp too; only the date part counts.
            date = CalendarDate(iso: String(published.prefix(10)))
            if date == nil {
                return .failure(LineError(id: id, message: "\"published\" is not a YYYY-MM-DD date: \(published)"))
            }
        }
        if let lang, !lang.isEmpty, lang != "ar" {
            return .failure(LineError(id: id, message: "language \"\(lang)\" is not supported yet (only ar)"))
        }
        return .success(Article(id: id, text: text, published: date, title: title, lang: lang, outlet: outlet, url: url))
    }

    /// Documents above this size are refused rather than risk the run (news reports are far smaller).
    public static let maxDocumentBytes = 8 * 1024 * 1024

    private static func idString(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
