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

    @Test(arguments: [
        (#"{"id": "q", "text": "قال \"المصدر\": قتل 5\nثم \\ و\/ \t\r\b\f"}"#, "قال \"المصدر\": قتل 5\nثم \\ و/ \t\r\u{08}\u{0C}"),
        (#"{"id": "u", "text": "\u0642\u062A\u0644 \u00e9 \ud83d\ude00 \u0000."}"#, "قتل é 😀 \u{0000}."),
        (#"{"id": "k", "te\u0078t": "مفتاح بهروب"}"#, "مفتاح بهروب"),
        // A mark right after the opening quote: the text is sliced by scalars, not characters.
        ("{\"id\": \"m\", \"text\": \"\u{064E}قتل\u{064E}\"}", "\u{064E}قتل\u{064E}"),
    ])
    func decodesEscapes(_ line: String, _ text: String) throws {
        #expect(try Self.decode(line).get().text == text)
    }

    @Test func skipsNestedAndUnknownFields() throws {
        let line = #"{"meta": {"tags": ["a", {"b": [1, 2.5, -3, true, false, null]}], "n": {}}, "id": "n1", "x": [], "#
            + #""title": {"not": "a string"}, "text": "نص", "published": "2024-01-02", "text2": "ignored", "url": 7}"#
        let article = try Self.decode(line).get()
        #expect(article.id == "n1")
        #expect(article.text == "نص")
        #expect(article.title == nil && article.url == nil)
        #expect(article.published?.description == "2024-01-02")
    }

    @Test func theLastOfARepeatedKeyWins() throws {
        let article = try Self.decode(#"{"id": "a", "text": "أول", "id": "b", "text": "ثان"}"#).get()
        #expect(article.id == "b" && article.text == "ثان")
    }

    /// The hand-written reader and Foundation's `JSONSerialization` agree, line for line: on what they read, on the id
    /// they give, and on the error of a bad line.
    @Test(arguments: [
        #"{"id": "a", "text": "x"}"#, #"  {"id":"a","text":"x"}  "#, #"{"id": -0, "text": "x"}"#, #"{"id": -12, "text": "x"}"#,
        #"{"id": 4.5, "text": "x"}"#, #"{"id": 1e2, "text": "x"}"#, #"{"id": true, "text": "x"}"#, #"{"id": null, "text": "x"}"#,
        #"{"id": 12345678901234567890, "text": "x"}"#, #"{"id": "a", "text": "x",}"#, #"{"id": "a", "text": "\ud800"}"#,
        #"{"id": "a", "text": "\udc00x"}"#, #"{"id": 01, "text": "x"}"#, #"{"id": "a", "text": "x"} x"#, #"{"id": "a" "text": "x"}"#,
        #"{"id": "a", "text": "x""#, #"{"id": "a", "text": "\x"}"#, "{\"id\": \"a\", \"text\": \"a\u{01}b\"}",
        "\u{FEFF}{\"id\": \"bom\", \"text\": \"x\"}", #""text""#, "42", "[]", "{}", #"{"id": "a", "text": 5}"#,
        #"{"id": "a", "text": "x", "published": 5}"#, #"{"id": [1], "text": "x"}"#, #"{"id": "a", "text": "x", "n": 1.5e999}"#,
        #"{"id": "a", "text": "\u0041\u00"}"#, #"{"id": "a", "text": "x", "deep": [[[[[[[[[[]]]]]]]]]]}"#,
    ])
    func agreesWithFoundation(_ line: String) {
        let bytes = Array(line.utf8)
        let ours = ArticleDecoder.decode(line: bytes, lineNumber: 9)
        let theirs = ArticleDecoder.decodeWithFoundation(line: bytes, lineNumber: 9)
        switch (ours, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a.id == b.id && a.text == b.text && a.published == b.published && a.title == b.title && a.url == b.url)
        case (.failure(let a), .failure(let b)):
            #expect(a.message == b.message && a.id == b.id)
        default:
            Issue.record("the readers disagree on \(line): \(ours) vs \(theirs)")
        }
    }

    /// Lines the hand-written reader reads itself (not handed to Foundation), so the fast path is the one tested.
    @Test(arguments: [
        #"{"id": "a", "text": "x"}"#, #"{"id": -0, "text": "x"}"#, #"{"id": "k", "te\u0078t": "y"}"#, #"{"a": [{"b": null}], "text": "z"}"#,
    ])
    func readsWithoutFoundation(_ line: String) {
        #expect(Array(line.utf8).withUnsafeBufferPointer(JSONLineReader.fields(of:)) != nil)
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
