import ArgumentParser
import Dispatch
import EventExtraction
import EventModel
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract claims and events from reports (plain text files, stdin, or JSONL).",
        discussion: """
            Plain text: `rasid extract report.txt --published 2024-09-19` or `... | rasid extract -`.
            JSONL: `rasid extract --jsonl in.jsonl --out out.jsonl`; each line is \
            {"id", "text", "published"?, "title"?, "lang"?}. Output has one line per input line, in order. \
            A bad line yields {"id", "error"} and a message on stderr naming the line; the run goes on.
            """
    )

    @Argument(help: "Plain UTF-8 text files, one document each; '-' reads standard input.")
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read documents from a JSONL file ('-' for stdin).", valueName: "in.jsonl"))
    var jsonl: String?

    @Option(name: .long, help: ArgumentHelp("Write output here instead of stdout.", valueName: "out.jsonl"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Publication date of plain-text input, used to resolve relative dates.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(name: .long, help: "Document id for plain-text input (default: the file name).")
    var id: String?

    @Option(name: .long, help: "Language of plain-text input (default: detect; only 'ar' is supported).")
    var lang: String?

    @Flag(name: .long, help: "Indent the JSON (for reading one document).")
    var pretty = false

    @Flag(name: .long, help: "Exit non-zero at the end if any document failed.")
    var strict = false

    @Option(name: .long, help: "Worker threads for JSONL input (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if jsonl == nil && files.isEmpty {
            throw ValidationError("give one or more files, '-' for stdin, or --jsonl IN.jsonl")
        }
        if jsonl != nil && !files.isEmpty {
            throw ValidationError("--jsonl and plain-text files cannot be mixed")
        }
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published must be a date YYYY-MM-DD, got '\(published)'")
        }
        if let lang, lang != "ar" {
            throw ValidationError("language '\(lang)' is not supported yet (only ar)")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if id != nil && files.count > 1 {
            throw ValidationError("--id names one document; give one file")
        }
    }

    func run() throws {
        let extractor = try Extractor.standard()
        let sink = try OutputSink(path: out)
        var failures = 0
        if let jsonl {
            let runner = BatchRunner(extractor: extractor, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            failures = try runner.run(input: jsonl, sink: sink, pretty: pretty)
        } else {
            for path in files {
                let docID = id ?? (path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent)
                switch readTextDocument(path: path, id: docID) {
                case .success(let article):
                    sink.writeLine(extractor.extract(article).jsonBytes(pretty: pretty))
                case .failure(let error):
                    failures += 1
                    printError("rasid: \(path): \(error.message)")
                    sink.writeLine(errorLineJSONBytes(id: docID, error: error.message))
                }
            }
        }
        sink.flush()
        if strict && failures > 0 {
            throw ExitCode(1)
        }
    }

    private func readTextDocument(path: String, id: String) -> Result<Article, ArticleDecoder.LineError> {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { return .failure(.init(id: id, message: "cannot read file")) }
        guard let text = String(validating: Array(data), as: UTF8.self) else {
            return .failure(.init(id: id, message: "invalid UTF-8"))
        }
        return ArticleDecoder.validate(id: id, text: text, published: published, lang: lang)
    }
}
