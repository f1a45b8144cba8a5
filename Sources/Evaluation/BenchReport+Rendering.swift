import EventModel
import Foundation

extension BenchReport {
    /// A readable table.
    public var table: String {
        var out: [String] = []
        let mb = Double(bytes) / 1_000_000
        out.append("rasid bench: \(corpusPath)")
        out.append(
            "\(documents) documents, \(String(format: "%.2f", mb)) MB of text, \(build) build, \(cores) cores, best of \(repeatCount)"
                + (skippedLines > 0 ? ", \(skippedLines) unreadable lines skipped" : "")
        )
        if build != "release" { out.append("warning: debug build; measure with `swift build -c release`") }
        out.append("")
        out.append(cells(["stage", "MB/s 1 core", "docs/s 1 core", "MB/s all", "docs/s all", "threads", "speedup", "found"]))
        for s in stages {
            out.append(cells([
                s.stage.rawValue, fmt(s.oneCoreMBPerSecond, 1), fmt(s.oneCoreDocumentsPerSecond, 0), fmt(s.parallelMBPerSecond, 1),
                fmt(s.parallelDocumentsPerSecond, 0), "\(s.workers)", fmt(s.speedup, 2) + "x", "\(s.found)",
            ]))
        }
        if !stages.isEmpty {
            out.append("")
            out.append(cells(["stage", "MB/cpu-s", "cpu 1 thread", "cpu all"]))
            for s in stages {
                out.append(cells([
                    s.stage.rawValue, fmt(s.oneCoreMBPerCPUSecond, 1), fmt(s.oneCoreCPUShare * 100, 0) + "%",
                    fmt(s.parallelCPUShare * 100, 0) + "%",
                ]))
            }
            if stages.contains(where: { $0.oneCoreCPUShare < 0.9 }) {
                out.append("note: the one-thread pass had under 90% of a core: the machine was busy and wall-clock figures are low")
            }
        }
        for stage in unavailable {
            out.append(stage.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  n/a: the pipeline does not expose this stage yet")
        }
        out.append("")
        out.append(
            "start-up (lexicon and gazetteer load): \(fmt(startupSeconds * 1000, 1)) ms"
                + (startupCPUSeconds.map { " (\(fmt($0 * 1000, 1)) ms of CPU)" } ?? "")
        )
        out.append("peak memory (RSS): " + (peakResidentBytes.map { fmt(Double($0) / 1_048_576, 1) + " MiB" } ?? "unknown"))
        return out.joined(separator: "\n")
    }

    /// One JSON object with the same figures.
    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.key("corpus"); w.value(corpusPath)
        w.key("documents"); w.value(documents)
        w.key("bytes"); w.value(bytes)
        w.key("skipped_lines"); w.value(skippedLines)
        w.key("build"); w.value(build)
        w.key("cores"); w.value(cores)
        w.key("repeat"); w.value(repeatCount)
        w.key("startup_seconds"); w.value(startupSeconds)
        w.key("startup_cpu_seconds")
        if let startupCPUSeconds { w.value(startupCPUSeconds) } else { w.null() }
        w.key("peak_rss_bytes"); w.value(peakResidentBytes)
        w.key("stages")
        w.beginArray()
        for s in stages {
            w.beginObject()
            w.key("stage"); w.value(s.stage.rawValue)
            w.key("one_core_seconds"); w.value(s.oneCoreSeconds)
            w.key("one_core_mb_per_s"); w.value(s.oneCoreMBPerSecond)
            w.key("one_core_docs_per_s"); w.value(s.oneCoreDocumentsPerSecond)
            w.key("threads"); w.value(s.workers)
            w.key("parallel_seconds"); w.value(s.parallelSeconds)
            w.key("parallel_mb_per_s"); w.value(s.parallelMBPerSecond)
            w.key("parallel_docs_per_s"); w.value(s.parallelDocumentsPerSecond)
            w.key("speedup"); w.value(s.speedup)
            w.key("one_core_cpu_seconds"); w.value(s.oneCoreCPUSeconds)
            w.key("parallel_cpu_seconds"); w.value(s.parallelCPUSeconds)
            w.key("one_core_mb_per_cpu_s"); w.value(s.oneCoreMBPerCPUSecond)
            w.key("found"); w.value(s.found)
            w.endObject()
        }
        w.endArray()
        w.key("unavailable")
        w.beginArray()
        for stage in unavailable { w.value(stage.rawValue) }
        w.endArray()
        w.endObject()
        return w.string
    }

    private func fmt(_ d: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", d) }

    private func cells(_ values: [String]) -> String {
        var line = values[0].padding(toLength: 8, withPad: " ", startingAt: 0)
        for v in values.dropFirst() { line += String(repeating: " ", count: max(1, 15 - v.count)) + v }
        return line
    }
}
