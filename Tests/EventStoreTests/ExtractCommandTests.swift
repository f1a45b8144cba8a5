import Foundation
import Testing

/// `rasid extract --jsonl` as a user runs it: bad lines yield an error line each, the other documents are processed.
struct ExtractCommandTests {
    @Test func badLinesAreReportedAndTheRunGoesOn() throws {
        var input = Data()
        input.append(Data(#"{"id": "good-1", "text": "قتل 5 أشخاص في هجوم", "published": "2024-01-10"}"#.utf8))
        input.append(Data("\n{not json\n".utf8))
        input.append(Data(#"{"id": "bad-bytes", "text": "x"#.utf8))
        input.append(Data([0xFF, 0xFE]))
        input.append(Data("\"}\n".utf8))
        input.append(Data(#"{"id": "empty", "text": ""}"#.utf8))
        input.append(Data("\n".utf8))
        input.append(Data(#"{"id": "good-2", "text": "أصيب 3 جنود"}"#.utf8))
        input.append(Data("\n".utf8))

        let process = Process()
        process.executableURL = try CrashSafetyTests.rasidExecutable()
        process.arguments = ["extract", "--jsonl", "-", "--jobs", "2"]
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let outText = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        let lines: [[String: Any]] = outText.split(separator: "\n").map {
            ((try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]) ?? [:]
        }
        #expect(lines.count == 5, "one output line per input document, in order")
        #expect(lines[0]["id"] as? String == "good-1")
        #expect((lines[0]["claims"] as? [Any])?.isEmpty == false)
        #expect(lines[1]["error"] as? String == "not valid JSON")
        #expect(lines[2]["id"] as? String == "bad-bytes")
        #expect(lines[2]["error"] as? String == "invalid UTF-8")
        #expect(lines[3]["error"] as? String == "empty text")
        #expect(lines[4]["id"] as? String == "good-2")
        #expect(errText.contains("line 2: not valid JSON"))
        #expect(errText.contains("line 3: invalid UTF-8"))
        #expect(errText.contains("line 4: empty text"))
    }
}
