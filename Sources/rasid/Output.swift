#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte sink over a C stream (standard output or a file).
final class OutputSink {
    private let file: UnsafeMutablePointer<FILE>
    private let owns: Bool

    init(path: String?) throws {
        if let path, path != "-" {
            guard let f = fopen(path, "wb") else {
                throw ValidationErrorMessage("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            file = f
            owns = true
        } else {
            guard let f = fdopen(1, "wb") else {
                throw ValidationErrorMessage("standard output is not writable")
            }
            file = f
            owns = false
        }
    }

    func writeLine(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            _ = fwrite(buf.baseAddress, 1, buf.count, file)
        }
        fputc(0x0A, file)
    }

    func writeLine(_ s: String) {
        var s = s
        s.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, file) }
        fputc(0x0A, file)
    }

    func flush() { fflush(file) }

    deinit {
        fflush(file)
        if owns { fclose(file) }
    }
}

/// Writes a message line to standard error.
func printError(_ message: String, newline: Bool = true) {
    var line = newline ? message + "\n" : message
    line.withUTF8 { buf in _ = write(2, buf.baseAddress, buf.count) }
}

/// An error whose description is shown to the user as is.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// True when standard error is a terminal (progress lines are only shown then).
var stderrIsTerminal: Bool { isatty(2) != 0 }
