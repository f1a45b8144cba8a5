import ArgumentParser
import Evaluation
import EventExtraction
import Foundation

/// `rasid eval`: scores extraction against a gold file, with the figures of shared/eval/score.py.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against hand-annotated gold articles (same figures as shared/eval/score.py).",
        discussion: """
            Runs extraction on the gold articles (or reads predictions with --pred) and prints claim, value, event and \
            country precision/recall/F1, field accuracies on matched items and end-to-end F1. --json prints exactly \
            the object score.py prints. --errors N lists up to N misses of each kind, gold beside predicted, with the \
            quote. Gold format: docs/measuring.md.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Gold articles (JSONL, one annotated article a line).", valueName: "GOLD.jsonl"))
    var gold: String

    @Option(
        name: .long, help: ArgumentHelp("Score these rasid.v1 predictions instead of running extraction.", valueName: "PRED.jsonl")
    )
    var pred: String?

    @Flag(name: .long, help: "Print one JSON object (score.py's keys) instead of the table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("List up to N misses of each kind.", valueName: "N"))
    var errors: Int = 0

    @Option(
        name: .long,
        help: ArgumentHelp("Also save the predictions scored (rasid.v1 JSONL), e.g. to check with score.py.", valueName: "PRED.jsonl")
    )
    var savePredictions: String?

    @Option(name: .long, help: "Worker threads for extraction (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if pred != nil && savePredictions != nil {
            throw ValidationError("--save-predictions saves what extraction produced; with --pred there is nothing new to save")
        }
    }

    func run() throws {
        let goldFile = try ScoreFile.gold(path: gold)
        let predictions: ScoreFile<ScoredArticle>
        if let pred {
            predictions = try .predictions(path: pred)
        } else {
            let extractor = try Extractor.standard()
            let progress = SharedProgress(enabled: stderrIsTerminal)
            let result = try GoldPredictor(extractor: extractor).predictions(
                for: goldFile, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, progress: progress.enabled ? progress.add : nil
            )
            progress.finish()
            predictions = result.file
            if let savePredictions {
                let sink = try OutputSink(path: savePredictions)
                for line in result.lines { sink.writeLine(line) }
                sink.flush()
            }
        }
        let scoring = try Scorer.standard().score(gold: goldFile, predictions: predictions)
        if json {
            var object = scoring.report.scorePyJSON
            if errors > 0 {
                object.removeLast()
                object += ", \"misses\": \(scoring.misses.json(limit: errors))}"
            }
            print(object)
        } else {
            let source = pred.map { "predictions \($0)" } ?? "rasid extraction"
            print(EvaluationTable.render(scoring.report, title: "rasid eval: \(source) against \(gold)"))
            if errors > 0 { print(EvaluationTable.render(scoring.misses, limit: errors)) }
        }
    }
}
