/// Reads the fields of one JSONL input line (a JSON object) straight from its bytes, without Foundation.
///
/// `JSONSerialization` built a dictionary of boxed values for every line and copied the text twice; this reader walks
/// the bytes once, decodes only the string fields an `Article` takes and skips everything else (nested objects and
/// arrays, unknown fields). It is strict RFC 8259. Whatever it does not read the way `JSONSerialization` would — a
/// syntax error, a byte-order mark, a number id that is not a plain integer, a boolean id, very deep nesting — makes it
/// give up (`nil`), and `ArticleDecoder` asks Foundation instead, so bad lines get exactly the errors they always got.
struct JSONLineReader {
    /// The fields an article takes; each is the last occurrence of its key, as with `JSONSerialization`.
    struct Fields {
        /// The id as `JSONSerialization` and `NSNumber.stringValue` would give it (a string, or an integer's digits).
        var id: String?
        var text: String?
        var published: String?
        var title: String?
        var lang: String?
        var outlet: String?
        var url: String?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The line as a string, when the caller has one (it validated the line): strings with no escapes are sliced from
    /// it rather than built from bytes, which would validate their UTF-8 a second time.
    private let line: String?
    private var at = 0
    /// Deepest nesting read before giving up (Foundation has a limit of its own; both are far beyond real input).
    private static let maximumDepth = 256

    private init(_ bytes: UnsafeBufferPointer<UInt8>, line: String?) {
        self.bytes = bytes
        self.line = line
    }

    /// The fields of `line` (valid UTF-8), or nil when the line is not an object this reader reads as Foundation does.
    static func fields(of line: UnsafeBufferPointer<UInt8>) -> Fields? {
        var reader = JSONLineReader(line, line: nil)
        return reader.readTopLevel()
    }

    /// The fields of a line already validated as a string.
    static func fields(of line: String) -> Fields? {
        var contiguous = line
        return contiguous.withUTF8 { bytes in
            var reader = JSONLineReader(bytes, line: line)
            return reader.readTopLevel()
        }
    }

    // MARK: - Structure

    private mutating func readTopLevel() -> Fields? {
        skipSpace()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "{") else { return nil }
        at += 1
        var fields = Fields()
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            at += 1
        } else {
            while true {
                skipSpace()
                guard let key = readKey() else { return nil }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { return nil }
                at += 1
                skipSpace()
                switch key {
                case .id:
                    switch peek() ?? 0 {
                    case UInt8(ascii: "\""): guard let s = readString() else { return nil }; fields.id = s
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): guard let s = readIntegerID() else { return nil }; fields.id = s
                    case UInt8(ascii: "n"): guard readLiteral("null") else { return nil }; fields.id = nil
                    default: return nil  // a boolean, an object or an array as the id: Foundation's reading
                    }
                case .other:
                    guard skipValue(depth: 1) else { return nil }
                default:
                    if peek() == UInt8(ascii: "\"") {
                        guard let s = readString() else { return nil }
                        fields[key] = s
                    } else {
                        guard skipValue(depth: 1) else { return nil }
                        fields[key] = nil  // not a string: as `dict[key] as? String`
                    }
                }
                skipSpace()
                guard let c = peek() else { return nil }
                at += 1
                if c == UInt8(ascii: "}") { break }
                guard c == UInt8(ascii: ",") else { return nil }
            }
        }
        skipSpace()
        return at == bytes.count ? fields : nil
    }

    /// The keys read; every other key is `.other` and its value skipped.
    enum Key { case id, text, published, title, lang, outlet, url, other }

    private mutating func readKey() -> Key? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = at + 1
        // Plain keys (no escapes) are compared as bytes; others are decoded first.
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            at = end + 1
            return Self.key(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        guard let decoded = readString() else { return nil }
        var copy = decoded
        return copy.withUTF8 { Self.key($0) }
    }

    private static func key(_ name: UnsafeBufferPointer<UInt8>) -> Key {
        func equals(_ literal: StaticString) -> Bool {
            name.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }
        guard !name.isEmpty else { return .other }
        switch name.count {
        case 2: return equals("id") ? .id : .other
        case 3: return equals("url") ? .url : .other
        case 4: return equals("text") ? .text : equals("lang") ? .lang : .other
        case 5: return equals("title") ? .title : .other
        case 6: return equals("outlet") ? .outlet : .other
        case 9: return equals("published") ? .published : .other
        default: return .other
        }
    }

    /// Skips one value of any kind, checking its syntax.
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth, let c = peek() else { return false }
        switch c {
        case UInt8(ascii: "\""):
            return skipString()
        case UInt8(ascii: "{"):
            at += 1
            skipSpace()
            if peek() == UInt8(ascii: "}") { at += 1; return true }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\""), skipString() else { return false }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { return false }
                at += 1
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                guard let next = peek() else { return false }
                at += 1
                if next == UInt8(ascii: "}") { return true }
                guard next == UInt8(ascii: ",") else { return false }
            }
        case UInt8(ascii: "["):
            at += 1
            skipSpace()
            if peek() == UInt8(ascii: "]") { at += 1; return true }
            while true {
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                guard let next = peek() else { return false }
                at += 1
                if next == UInt8(ascii: "]") { return true }
                guard next == UInt8(ascii: ",") else { return false }
            }
        case UInt8(ascii: "t"): return readLiteral("true")
        case UInt8(ascii: "f"): return readLiteral("false")
        case UInt8(ascii: "n"): return readLiteral("null")
        default: return skipNumber()
        }
    }

    // MARK: - Scalars

    @inline(__always)
    private func peek() -> UInt8? { at < bytes.count ? bytes[at] : nil }

    @inline(__always)
    private mutating func skipSpace() {
        while at < bytes.count {
            let c = bytes[at]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            at += 1
        }
    }

    private mutating func readLiteral(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[at..<(at + n)]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: n))
        else { return false }
        at += n
        return true
    }

    /// The extent of a number per RFC 8259, or nil. Numbers with an exponent or many digits are refused: Foundation
    /// may find them out of range.
    private mutating func numberExtent() -> (start: Int, end: Int, integer: Bool)? {
        let start = at
        if peek() == UInt8(ascii: "-") { at += 1 }
        guard let first = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        at += 1
        if first != UInt8(ascii: "0") {
            while let c = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) { at += 1 }
        }
        var integer = true
        if peek() == UInt8(ascii: ".") {
            integer = false
            at += 1
            guard let c = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { return nil }
            while let c = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) { at += 1 }
        }
        if let c = peek(), c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { return nil }
        guard at - start <= 18 else { return nil }
        return (start, at, integer)
    }

    private mutating func skipNumber() -> Bool { numberExtent() != nil }

    /// A number id: a plain integer reads as its digits ("-0" as "0", as `NSNumber` gives it); others are Foundation's.
    private mutating func readIntegerID() -> String? {
        guard let (start, end, integer) = numberExtent(), integer else { return nil }
        let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return digits == "-0" ? "0" : digits
    }

    private mutating func skipString() -> Bool {
        var scratch: Decoded? = nil
        return scanString(into: &scratch)
    }

    /// A string with escapes as it is decoded. From a validated line its runs are appended as substrings of the line
    /// (UTF-8 already checked, so not validated again); from bare bytes, as bytes.
    private struct Decoded {
        var string = ""
        var bytes: [UInt8] = []
    }

    private func appendRun(_ from: Int, _ to: Int, to out: inout Decoded) {
        guard from < to else { return }
        if let line {
            let utf8 = line.utf8
            let range = utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)
            out.string.append(contentsOf: Substring(line.unicodeScalars[range]))
        } else {
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
        }
    }

    private func appendScalar(_ v: UInt32, to out: inout Decoded) {
        if line != nil {
            out.string.unicodeScalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        } else {
            Self.appendUTF8(v, to: &out.bytes)
        }
    }

    /// A string value, its escapes decoded.
    private mutating func readString() -> String? {
        let start = at + 1
        var decoded: Decoded? = nil
        guard scanString(into: &decoded, decoding: true) else { return nil }
        if let decoded { return line != nil ? decoded.string : String(decoding: decoded.bytes, as: UTF8.self) }
        // No escapes: the bytes between the quotes, which are valid UTF-8 (the line was checked), whole scalars.
        if let line {
            let scalars = line.unicodeScalars
            let utf8 = line.utf8
            return String(scalars[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: at - 1)])
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), as: UTF8.self)
    }

    /// Scans a string from its opening quote to past its closing quote, checking escapes; with `decoding`, a string with
    /// escapes is decoded into `out` (left nil when there are none).
    private mutating func scanString(into out: inout Decoded?, decoding: Bool = false) -> Bool {
        guard peek() == UInt8(ascii: "\"") else { return false }
        at += 1
        var runStart = at
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while at < bytes.count {
            // Eight bytes at a time while none is a quote, a backslash or a control character (most of a text).
            while at + 8 <= bytes.count, !Self.mayEndRun(base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) { at += 8 }
            guard at < bytes.count else { break }
            let c = bytes[at]
            if c == UInt8(ascii: "\"") {
                if decoding, out != nil { appendRun(runStart, at, to: &out!) }
                at += 1
                return true
            }
            if c < 0x20 { return false }  // a raw control character: not JSON
            if c != UInt8(ascii: "\\") {
                at += 1
                continue
            }
            if decoding {
                if out == nil {
                    out = Decoded()
                    if line != nil { out!.string.reserveCapacity(bytes.count - runStart) } else { out!.bytes.reserveCapacity(bytes.count - runStart) }
                }
                appendRun(runStart, at, to: &out!)
            }
            at += 1
            guard let e = peek() else { return false }
            at += 1
            var scalar: UInt32
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = UInt32(e)
            case UInt8(ascii: "b"): scalar = 0x08
            case UInt8(ascii: "f"): scalar = 0x0C
            case UInt8(ascii: "n"): scalar = 0x0A
            case UInt8(ascii: "r"): scalar = 0x0D
            case UInt8(ascii: "t"): scalar = 0x09
            case UInt8(ascii: "u"):
                guard let u = readHex4() else { return false }
                if (0xD800...0xDBFF).contains(u) {
                    // A high surrogate must be followed by an escaped low one.
                    guard readLiteral("\\u"), let low = readHex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                    scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(u) {
                    return false  // a lone low surrogate
                } else {
                    scalar = u
                }
            default:
                return false
            }
            if decoding { appendScalar(scalar, to: &out!) }
            runStart = at
        }
        return false
    }

    /// Whether any of the eight bytes of `x` is a quote, a backslash or below 0x20 (may report others too, never misses
    /// one): the usual bit tricks for a zero byte and a byte below a bound.
    @inline(__always)
    private static func mayEndRun(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22)
        let backslash = x ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote
        let zeroInBackslash = (backslash &- ones) & ~backslash
        let below = (x &- ones &* 0x20) & ~x
        return (zeroInQuote | zeroInBackslash | below) & high != 0
    }

    private mutating func readHex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[at]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            at += 1
        }
        return v
    }

    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

extension JSONLineReader.Fields {
    /// The string field of `key` (not `id`, read apart).
    fileprivate subscript(key: JSONLineReader.Key) -> String? {
        get {
            switch key {
            case .text: return text
            case .published: return published
            case .title: return title
            case .lang: return lang
            case .outlet: return outlet
            case .url: return url
            case .id, .other: return nil
            }
        }
        set {
            switch key {
            case .text: text = newValue
            case .published: published = newValue
            case .title: title = newValue
            case .lang: lang = newValue
            case .outlet: outlet = newValue
            case .url: url = newValue
            case .id, .other: break
            }
        }
    }
}
