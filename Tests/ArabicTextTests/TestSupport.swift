import ArabicText
import EventModel
import Lexicon
import Testing

/// Shared helpers for the text-layer tests: the bundled text lexicon (loaded once) and small readers.
enum Fixtures {
    /// The bundled clitic and number data; nil (and the tests that need it fail) if it does not load.
    static let lexicon: TextLexicon? = try? TextLexicon.load()

    /// The text analyzer over the bundled data, built once.
    static let sharedAnalyzer: TextAnalyzer? = lexicon.map { TextAnalyzer(numbers: $0.numbers, clitics: $0.clitics) }

    /// The text analyzer over the bundled data.
    static func analyzer() throws -> TextAnalyzer {
        try #require(sharedAnalyzer, "the bundled text lexicon loads")
    }

    /// The original text of a span, sliced by scalar offsets.
    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// A string of the given scalar values.
    static func string(_ values: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        for v in values { view.append(Unicode.Scalar(v)!) }
        return String(view)
    }
}
