import EventExtraction
import EventModel

/// The documents a benchmark runs over, decoded once before any timing.
public struct BenchCorpus: Sendable {
    public var path: String
    public var articles: [Article]
    /// Lines that could not be read as documents (skipped, with their reasons).
    public var skipped: [String]

    /// UTF-8 size of the article texts: the basis of every MB/s figure.
    public var textBytes: Int { articles.reduce(0) { $0 + $1.text.utf8.count } }

    public init(path: String, articles: [Article], skipped: [String] = []) {
        self.path = path
        self.articles = articles
        self.skipped = skipped
    }

    /// Reads a JSONL corpus (`{"id", "text", "published"?, ...}` a line), as `rasid extract --jsonl` does.
    public static func load(path: String) throws -> BenchCorpus {
        let reader: LineReader
        do {
            reader = try LineReader(path: path)
        } catch {
            throw EvaluationError.unreadable(path, "\(error)")
        }
        var articles: [Article] = []
        var skipped: [String] = []
        while let bytes = reader.nextLine() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch ArticleDecoder.decode(line: bytes, lineNumber: reader.lineNumber) {
            case .success(let article): articles.append(article)
            case .failure(let error): skipped.append("line \(reader.lineNumber): \(error.message)")
            }
        }
        if articles.isEmpty {
            throw EvaluationError.other("\(path): no readable documents")
        }
        return BenchCorpus(path: path, articles: articles, skipped: skipped)
    }
}
