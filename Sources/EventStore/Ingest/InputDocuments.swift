import EventExtraction
import EventModel
import Foundation

/// Reads the documents named on an ingest command line, one bounded batch at a time.
///
/// - `-`: JSONL on standard input;
/// - a folder: every `.jsonl` and `.txt` file below it, in sorted path order;
/// - a `.jsonl` file: one document a line ({"id", "text", "published"?, "title"?, "lang"?, "outlet"?, "url"?});
/// - any other file: one plain-text document, its id the file name.
struct InputDocuments {
    /// A document as read, not yet decoded.
    enum Raw: Sendable {
        case jsonLine(bytes: [UInt8], location: String, lineNumber: Int)
        case textFile(path: String)
        case unreadable(location: String, reason: String)
    }

    private var pending: [String]
    private var reader: LineReader?
    private var readerPath = ""

    init(paths: [String]) {
        pending = paths.reversed()
    }

    /// Up to `limit` more documents; empty at the end of all input.
    mutating func next(limit: Int) -> [Raw] {
        var batch: [Raw] = []
        while batch.count < limit {
            if let reader {
                if let bytes = reader.nextLine() {
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    batch.append(.jsonLine(bytes: bytes, location: "\(readerPath):\(reader.lineNumber)", lineNumber: reader.lineNumber))
                    continue
                }
                self.reader = nil
            }
            guard let path = pending.popLast() else { break }
            open(path, into: &batch)
        }
        return batch
    }

    private mutating func open(_ path: String, into batch: inout [Raw]) {
        var isDirectory: ObjCBool = false
        if path != "-" && !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            batch.append(.unreadable(location: path, reason: "no such file or folder"))
            return
        }
        if isDirectory.boolValue {
            pending.append(contentsOf: Self.documentFiles(in: path).reversed())
            return
        }
        if path == "-" || path.hasSuffix(".jsonl") {
            do {
                reader = try LineReader(path: path)
                readerPath = path == "-" ? "stdin" : path
            } catch {
                batch.append(.unreadable(location: path, reason: "\(error)"))
            }
            return
        }
        batch.append(.textFile(path: path))
    }

    /// The `.jsonl` and `.txt` files below `folder`, sorted.
    static func documentFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".jsonl") || relative.hasSuffix(".txt") {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
