import ArabicText
import EventExtraction
import EventModel
import Lexicon

/// A part of the pipeline that `rasid bench` times on its own.
public enum BenchStage: String, CaseIterable, Sendable, Comparable {
    /// Normalise, tokenise, split sentences, parse number expressions (`TextAnalyzer`).
    case text
    /// The text stage plus claims (figures with category, source, hedging).
    case claims
    /// Everything `rasid extract` does to a decoded document: extraction and its rasid.v1 JSON.
    case full

    public static func < (lhs: BenchStage, rhs: BenchStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The work each stage does to one document: the seam between the benchmark and the pipeline.
///
/// Each closure returns a count of what it found (number expressions, claims, JSON bytes) so the work cannot be
/// optimised away and runs can be checked against each other. A stage the pipeline does not expose yet is nil and
/// is reported as unavailable.
public struct StageRunners: Sendable {
    public var text: (@Sendable (Article) -> Int)?
    public var claims: (@Sendable (Article) -> Int)?
    public var full: (@Sendable (Article) -> Int)?

    public init(text: (@Sendable (Article) -> Int)?, claims: (@Sendable (Article) -> Int)?, full: (@Sendable (Article) -> Int)?) {
        self.text = text
        self.claims = claims
        self.full = full
    }

    public subscript(stage: BenchStage) -> (@Sendable (Article) -> Int)? {
        switch stage {
        case .text: return text
        case .claims: return claims
        case .full: return full
        }
    }

    /// The stages of the standard pipeline: `text` is `Extractor.analyze`, `claims` is that plus
    /// `Extractor.extractClaims`, `full` is `Extractor.extract` plus its rasid.v1 JSON.
    public static func standard(extractor: Extractor) -> StageRunners {
        StageRunners(
            text: { extractor.analyzeText($0.text).quantities.count },
            claims: { extractor.extractClaims(extractor.analyze($0.text), published: $0.published).count },
            full: { extractor.extract($0).jsonBytes().count }
        )
    }
}
