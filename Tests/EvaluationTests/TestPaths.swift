import Foundation

/// Where the tests find their fixtures and, when present, the shared scorer.
enum TestPaths {
    /// The repository root (this file is Tests/EvaluationTests/TestPaths.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/Fixtures/evaluation").appendingPathComponent(name).path
    }

    /// `../shared/eval/score.py` beside the checkout (as on developer machines and in CI), or `$RASID_SHARED/eval/score.py`.
    static var scorePy: String? {
        var candidates: [String] = []
        if let shared = ProcessInfo.processInfo.environment["RASID_SHARED"] {
            candidates.append(URL(fileURLWithPath: shared).appendingPathComponent("eval/score.py").path)
        }
        candidates.append(repository.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    static var python3: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var canRunScorePy: Bool { scorePy != nil && python3 != nil }
}
