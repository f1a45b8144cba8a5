import EventStore
import Foundation
import Testing

/// `rasid ingest` and `rasid events` as a user runs them (the built executable).
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func rasid(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try CrashSafetyTests.rasidExecutable()
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func ingestFromStandardInputThenQuery() throws {
        let db = Fixtures.temporaryDatabase()
        let lines = SyntheticCorpus.lines(count: 6) + ["{broken"]
        let first = try Self.rasid(["ingest", "-", "--db", db], stdin: lines.joined(separator: "\n"))
        #expect(first.status == 0)
        #expect(first.stdout.contains("6 new, 0 skipped (already stored), 1 failed"))
        #expect(first.stderr.contains("stdin:7: not valid JSON"))
        let again = try Self.rasid(["ingest", "-", "--db", db, "--strict"], stdin: lines.joined(separator: "\n"))
        #expect(again.stdout.contains("0 new, 6 skipped (already stored), 1 failed"))
        #expect(again.status != 0, "--strict fails the run when a report failed")

        let csv = try Self.rasid(["events", "--db", db, "--format", "acled-csv", "--country", "SY"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("event_id_cnty,event_date,year,time_precision,disorder_type,event_type"))
        let json = try Self.rasid(["events", "--db", db, "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) is [Any])
    }

    @Test(arguments: [
        (["events", "--near", "33,36"], "--near must be LAT,LON,KM"),
        (["events", "--format", "xml"], "--format must be one of"),
        (["events", "--from", "2018-13-01"], "--from must be YYYY-MM-DD"),
        (["events", "--country", "Syria"], "--country takes an ISO 3166-1 alpha-2 code"),
        (["events", "--type", "war"], "--type must be one of"),
        (["events", "--db", "/no/such/store.sqlite"], "no such file"),
    ])
    func badOptionsAreExplained(_ arguments: [String], _ message: String) throws {
        let run = try Self.rasid(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
    }
}
