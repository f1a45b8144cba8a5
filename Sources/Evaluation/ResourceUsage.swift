import Foundation

/// Process resource figures read from Linux's /proc.
public enum ResourceUsage {
    /// Peak resident set size so far (`VmHWM` in /proc/self/status), in bytes; nil where /proc is missing.
    public static func peakResidentBytes() -> Int? {
        statusField("VmHWM")
    }

    /// Current resident set size (`VmRSS`), in bytes.
    public static func residentBytes() -> Int? {
        statusField("VmRSS")
    }

    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            // "VmHWM:    12345 kB"
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
