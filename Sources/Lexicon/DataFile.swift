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

    /// Drops spaces and carriage returns at both ends (files may come with CRLF line ends).
    static func trim(_ s: Substring) -> Substring {
        var t = s
        while let c = t.unicodeScalars.first, c == " " || c == "\r" || c == "\u{A0}" { t = t.dropFirst() }
        while let c = t.unicodeScalars.last, c == " " || c == "\r" || c == "\u{A0}" { t = t.dropLast() }
        return t
    }

    /// Parses file contents; blank lines and lines starting with `#` are skipped, fields are trimmed.
    public init(name: String, contents: String) {
        self.name = name
        var rows: [Row] = []
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = Self.trim(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String(Self.trim($0)) }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        self.rows = rows
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
