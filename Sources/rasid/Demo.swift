import ArgumentParser
import EventExtraction
import EventModel
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the bundled sample reports and print a readable summary.",
        discussion: """
            The samples are short reports written for Rasid (fictional incidents in real places). For each one the \
            demo shows its events with reconciled tolls, and every casualty claim with its source and the rule that \
            found it.
            """
    )

    func run() throws {
        guard let url = Bundle.module.url(forResource: "samples", withExtension: "jsonl"),
              let data = FileManager.default.contents(atPath: url.path)
        else {
            throw ValidationErrorMessage("the bundled samples are missing from this build")
        }
        let extractor = try Extractor.standard()
        var line = 0
        for raw in data.split(separator: UInt8(ascii: "\n")) {
            line += 1
            switch ArticleDecoder.decode(line: Array(raw), lineNumber: line) {
            case .success(let article):
                print(Summary.render(article: article, result: extractor.extract(article)))
            case .failure(let error):
                printError("rasid: sample line \(line): \(error.message)")
            }
        }
    }
}
