import EventStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` during `rasid ingest` loses no committed report, leaves the store consistent, and a re-run reaches the
/// state of an uninterrupted run. Runs the built `rasid` executable (`swift test` builds it) as a child process.
@Suite(.serialized)
struct CrashSafetyTests {
    static let reports = 160
    static let batchSize = 16

    /// The `rasid` executable next to the test bundle, or in the package's .build folder.
    static func rasidExecutable() throws -> URL {
        let nextToTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rasid")
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [nextToTests, packageRoot.appendingPathComponent(".build/debug/rasid")]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw StoreError.io("rasid executable not found (looked in \(candidates.map(\.path))); run `swift build` first")
        }
        return found
    }

    static func ingest(_ input: String, db: String, extra: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = try rasidExecutable()
        process.arguments = ["ingest", input, "--db", db, "--batch-size", String(batchSize), "--jobs", "1"] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The store as a comparable value: its counts and its whole JSON export.
    static func snapshot(_ db: String) throws -> (StoreStatistics, String) {
        let repo = try SQLiteEventRepository.openExisting(path: db)
        return (try repo.statistics(), EventExporter.string(try repo.mergedEvents(matching: EventQuery()), format: .json))
    }

    @Test func killNineMidIngestThenResume() throws {
        let input = try SyntheticCorpus.write(SyntheticCorpus.lines(count: Self.reports))

        let reference = Fixtures.temporaryDatabase()
        let clean = try Self.ingest(input, db: reference)
        clean.waitUntilExit()
        #expect(clean.terminationStatus == 0)

        // Slow the child down inside its transactions (4 s over the whole input, so a loaded machine still catches it
        // mid-run), wait until some batches are committed, then SIGKILL it.
        let crashed = Fixtures.temporaryDatabase()
        let child = try Self.ingest(input, db: crashed, extra: ["--pause-per-report", "0.025"])
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            guard FileManager.default.fileExists(atPath: crashed) else { continue }
            committed = (try? SQLiteEventRepository.openExisting(path: crashed).statistics().reports) ?? 0
            if committed >= 2 * Self.batchSize { break }
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal, "the child was killed, not finished")

        let survivor = try SQLiteEventRepository.openExisting(path: crashed)
        #expect(try survivor.integrityProblems() == [])
        let kept = try survivor.statistics().reports
        #expect(kept >= committed, "no committed report is lost")
        #expect(kept < Self.reports, "the kill came before the end")
        #expect(kept % Self.batchSize == 0, "only whole batches are committed")

        let resumed = try Self.ingest(input, db: crashed)
        resumed.waitUntilExit()
        #expect(resumed.terminationStatus == 0)
        let (a, b) = (try Self.snapshot(reference), try Self.snapshot(crashed))
        #expect(a.0 == b.0)
        #expect(a.1 == b.1, "the resumed store equals the uninterrupted one")
        #expect(b.0.reports == Self.reports)
    }
}
