import Testing

@testable import EventExtraction
import EventModel

/// Bad input gets a clear error naming what is wrong, and nothing else is lost.
@Suite("Reading input lines")
struct ArticleDecoderTests {
    static func decode(_ line: String) -> Result<Article, ArticleDecoder.LineError> {
        ArticleDecoder.decode(line: Array(line.utf8), lineNumber: 7)
    }

    @Test func readsAFullLine() throws {
        let article = try Self.decode(#"{"id": "a1", "text": "قتل 5", "published": "2024-09-19", "outlet": "X", "url": "u"}"#).get()
        #expect(article.id == "a1")
        #expect(article.published?.description == "2024-09-19")
        #expect(article.outlet == "X")
    }

    @Test func numericIDsAndMissingIDs() throws {
        #expect(try Self.decode(#"{"id": 42, "text": "نص"}"#).get().id == "42")
        #expect(try Self.decode(#"{"text": "نص"}"#).get().id == "line-7")
    }

    @Test func acceptsATimestampAsPublished() throws {
        #expect(try Self.decode(#"{"id": "t", "text": "نص", "published": "2024-09-19T10:00:00Z"}"#).get().published?.description == "2024-09-19")
    }

    @Test(arguments: [
        ("not json at all", "not valid JSON", nil as String?),
        (#"["an", "array"]"#, "not a JSON object", nil),
        (#"{"id": "b", "title": "no text"}"#, "missing \"text\" (a string)", "b"),
        (#"{"id": "c", "text": "   \n "}"#, "empty text", "c"),
        (#"{"id": "d", "text": "نص", "published": "last week"}"#, "\"published\" is not a YYYY-MM-DD date: last week", "d"),
        (#"{"id": "e", "text": "text", "lang": "fr"}"#, "language \"fr\" is not supported yet (only ar)", "e"),
    ])
    func reportsWhatIsWrong(_ line: String, _ message: String, _ id: String?) {
        switch Self.decode(line) {
        case .success: Issue.record("expected an error for \(line)")
        case .failure(let error):
            #expect(error.message == message)
            #expect(error.id == id)
        }
    }

    @Test func invalidUTF8KeepsTheID() {
        var bytes = Array(#"{"id": "bad-bytes", "text": "x"#.utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(#""}"#.utf8)
        switch ArticleDecoder.decode(line: bytes, lineNumber: 3) {
        case .success: Issue.record("invalid UTF-8 must not decode")
        case .failure(let error):
            #expect(error.message == "invalid UTF-8")
            #expect(error.id == "bad-bytes")
        }
    }

    @Test func refusesHugeDocuments() {
        let huge = String(repeating: "أ", count: ArticleDecoder.maxDocumentBytes / 2 + 1)
        guard case .failure(let error) = ArticleDecoder.validate(id: "h", text: huge, published: nil) else {
            Issue.record("a document over the limit must be refused")
            return
        }
        #expect(error.message.hasPrefix("text too large"))
    }
}
