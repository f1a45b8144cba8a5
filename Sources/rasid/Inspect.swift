import ArabicText
import ArgumentParser
import Foundation
import Lexicon

/// Shows how the text layer reads a passage: sentences, tokens and number expressions.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how Rasid reads a passage: sentences, tokens and number expressions (for lexicon work)."
    )

    @Argument(help: "The passage (Arabic text). Use '-' to read standard input.")
    var text: String

    func run() throws {
        let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        let lexicon = try TextLexicon.load()
        let analyzed = TextAnalyzer(numbers: lexicon.numbers, clitics: lexicon.clitics).analyze(input)
        for (n, sentence) in analyzed.sentences.enumerated() {
            let span = analyzed.tokens[sentence.lowerBound].span.union(analyzed.tokens[sentence.upperBound - 1].span)
            print("sentence \(n + 1) [\(span.start), \(span.end)): \(analyzed.quote(span))")
        }
        print("tokens: " + analyzed.tokens.map { "\(analyzed.normalized.text(of: $0))/\($0.kind)" }.joined(separator: " "))
        for q in analyzed.quantities {
            print("quantity \(q.kind.rawValue) \(q.qualifier.rawValue) \(q.min)...\(q.max.map(String.init) ?? "∞") «\(analyzed.quote(q.span))»")
        }
    }
}
