#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) line by line as raw bytes, in constant memory.
///
/// Bytes are returned as they are: UTF-8 validation is the caller's, so one bad line can be reported and skipped.
public final class LineReader {
    public struct OpenError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot open \(path): \(reason)" }
    }

    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity: Int = 0
    /// 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    /// Opens `path`; `-` means standard input.
    public init(path: String) throws {
        if path == "-" {
            guard let f = fdopen(0, "rb") else {
                throw OpenError(path: path, reason: "standard input is not readable")
            }
            file = f
            ownsFile = false
        } else {
            guard let f = fopen(path, "rb") else {
                throw OpenError(path: path, reason: String(cString: strerror(errno)))
            }
            file = f
            ownsFile = true
        }
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line without its terminator, or nil at end of input.
    public func nextLine() -> [UInt8]? {
        let n = getline(&buffer, &capacity, file)
        guard n >= 0, let buffer else { return nil }
        lineNumber += 1
        var count = n
        let raw = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        while count > 0 && (raw[count - 1] == 0x0A || raw[count - 1] == 0x0D) { count -= 1 }
        return Array(UnsafeBufferPointer(start: raw, count: count))
    }
}
