import Foundation

/// A UTF-8 data file of the lexicon: one entry per line, tab-separated fields, `#` starts a comment line.
public struct DataFile: Sendable {
    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public var line: Int
        public var fields: [String]

        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
    }

    public var name: String
    public var rows: [Row]

    /// Parses file contents; blank lines and lines starting with `#` are skipped, fields are trimmed of spaces and tabs
    /// (and a line's carriage return).
    ///
    /// Works on UTF-8 bytes: Foundation's `trimmingCharacters(in:)` made loading the gazetteer take most of start-up.
    public init(name: String, contents: String) {
        self.name = name
        var rows: [Row] = []
        var contents = contents
        contents.withUTF8 { bytes in
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                let line = Self.trimmed(bytes, lineStart..<lineEnd)
                if !line.isEmpty && bytes[line.lowerBound] != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var fieldStart = lineStart
                    for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                        let field = Self.trimmed(bytes, fieldStart..<i)
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self))
                        fieldStart = i + 1
                    }
                    rows.append(Row(line: lineNumber, fields: fields))
                }
                if lineEnd == bytes.count { break }
                lineStart = lineEnd + 1
            }
        }
        self.rows = rows
    }

    /// `range` without leading and trailing spaces, tabs, carriage returns and Unicode space separators.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, let n = spaceLength(bytes, at: lo, end: hi) { lo += n }
        while lo < hi, let n = spaceLengthBefore(bytes, end: hi, start: lo) { hi -= n }
        return lo..<hi
    }

    /// Length of a space character starting at `i` (ASCII space, tab, CR; U+00A0; U+1680; U+2000-U+200A, U+202F,
    /// U+205F, U+3000), or nil.
    private static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        switch b[i] {
        case 0x20, 0x09, 0x0D: return 1
        case 0xC2 where i + 1 < end && b[i + 1] == 0xA0: return 2
        case 0xE1 where i + 2 < end && b[i + 1] == 0x9A && b[i + 2] == 0x80: return 3
        case 0xE2 where i + 2 < end:
            if b[i + 1] == 0x80 && (b[i + 2] <= 0x8A || b[i + 2] == 0xAF) { return 3 }
            if b[i + 1] == 0x81 && b[i + 2] == 0x9F { return 3 }
            return nil
        case 0xE3 where i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        default: return nil
        }
    }

    /// Length of a space character ending just before `end`, or nil.
    private static func spaceLengthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int, start: Int) -> Int? {
        for n in [1, 2, 3] where end - n >= start {
            if spaceLength(b, at: end - n, end: end) == n { return n }
        }
        return nil
    }
}

/// Errors met while loading lexicon data.
public struct LexiconError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Where data files are read from: the bundled resources, or a folder (tests use their own tiny lexicons).
public struct LexiconSource: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The data files shipped with Rasid.
    public static var bundled: LexiconSource {
        LexiconSource(directory: Bundle.module.resourceURL!)
    }

    /// Reads `relativePath` (e.g. `ar/number_words.tsv`).
    public func load(_ relativePath: String) throws -> DataFile {
        let url = directory.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(file: relativePath, message: "cannot read \(url.path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: relativePath, message: "not UTF-8")
        }
        return DataFile(name: relativePath, contents: text)
    }

    /// True when the file exists (optional data).
    public func has(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(relativePath).path)
    }
}
