import ArabicText
import ArgumentParser
import EventExtraction
import Foundation
import Lexicon

/// Shows the places, countries and the chosen event location Rasid finds in a passage or in a JSONL file of articles.
struct Places: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show place and country mentions and the chosen event location (for gazetteer work).",
        discussion: "With --jsonl, reads articles ({\"id\", \"text\"} per line) and writes one JSON line per article."
    )

    @Argument(help: "The passage (Arabic text), '-' for standard input, or a JSONL file with --jsonl.")
    var input: String

    @Flag(help: "Treat the input as a JSONL file of articles.")
    var jsonl = false

    func run() throws {
        let lexicon = try TextLexicon.load()
        let analyzer = TextAnalyzer(numbers: lexicon.numbers, clitics: lexicon.clitics)
        let resolver = try PlaceResolver.load()
        if !jsonl {
            let text = input == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : input
            let analyzed = analyzer.analyze(text)
            let result = resolver.resolve(analyzed)
            for m in result.mentions { print(describe(m, resolver: resolver, analyzed: analyzed)) }
            for u in result.unlisted {
                let at = u.reference.map { describe(result.mentions[$0], resolver: resolver, analyzed: analyzed) } ?? "the capital"
                print("s\(u.sentence) «\(u.written)» -> not in the gazetteer: \(u.name)/\(u.country) trigger=\(u.trigger.rawValue)"
                    + "\(u.isNear ? " near" : ""), placed at [\(at)]")
            }
            print("country: \(result.country ?? "-")  scores: \(result.countryScores)")
            if let l = result.location {
                print("location: \(l.name) (\(l.nameArabic)) admin1=\(l.admin1 ?? "-") \(l.country ?? "-")"
                    + " \(l.latitude),\(l.longitude) precision \(l.precision)")
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: input) else { throw ValidationError("cannot read \(input)") }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String
            else { continue }
            let result = resolver.resolve(analyzer.analyze(text))
            var out: [String: Any] = ["id": object["id"] ?? NSNull(), "country": result.country ?? NSNull()]
            if let l = result.location {
                out["location"] = ["name": l.name, "name_ar": l.nameArabic, "admin1": l.admin1 ?? NSNull(), "precision": l.precision,
                                   "lat": l.latitude, "lon": l.longitude]
            }
            var named: [String] = []
            for m in result.mentions {
                if case .places(let p) = m.target, p.count == 1, !m.isDateline { named.append(resolver.gazetteer.places[p[0]].name) }
            }
            out["places"] = named
            if let span = result.location?.span, result.mentions.contains(where: { $0.span == span && $0.viaTransliteration }) {
                out["transliterated"] = true
            }
            let json = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
            print(String(decoding: json, as: UTF8.self))
        }
    }

    private func describe(_ m: PlaceMention, resolver: PlaceResolver, analyzed: AnalyzedText) -> String {
        var what: String
        switch m.target {
        case .country(let forms): what = "country " + forms.map { $0.country + ($0.isWeak ? "?" : "") }.joined(separator: ",")
        case .places(let p):
            what = p.prefix(3).map { "\(resolver.gazetteer.places[$0].name)/\(resolver.gazetteer.places[$0].country)" }.joined(separator: " | ")
        }
        var flags = ""
        if let t = m.trigger { flags += " trigger=\(t.rawValue)" }
        if m.isNear { flags += " near" }
        if m.viaTransliteration, case .places(let p) = m.target, let first = p.first {
            let similarity = ArabicRomanizer.similarity(arabic: m.key, latin: resolver.gazetteer.places[first].name)
            flags += " translit sim=\((similarity * 100).rounded() / 100)"
        }
        if m.isDateline { flags += " dateline" }
        return "s\(m.sentence) «\(analyzed.quote(m.span))» -> \(what)\(flags)"
    }
}
