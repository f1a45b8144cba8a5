/// A small streaming JSON writer with a fixed key order, so output is stable and fast to produce.
///
/// Keys are written in the order the caller gives them; strings are escaped per RFC 8259.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Per open container: whether anything has been written into it yet.
    private var hasItem: [Bool] = []

    public init(pretty: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Containers

    public mutating func beginObject() { openContainer(UInt8(ascii: "{")) }
    public mutating func endObject() { closeContainer(UInt8(ascii: "}")) }
    public mutating func beginArray() { openContainer(UInt8(ascii: "[")) }
    public mutating func endArray() { closeContainer(UInt8(ascii: "]")) }

    /// Writes `"name":` inside an object; follow it with a value.
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        pendingValueAfterKey = true
    }

    private var pendingValueAfterKey = false

    /// As `key(_:)` for a name written in the code (ASCII, nothing to escape): its bytes are copied as they are, with
    /// no scan for characters to escape. Used for the fixed field names of the rasid.v1 records.
    public mutating func field(_ name: StaticString) {
        assert(name.isASCII && !name.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } })
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        pendingValueAfterKey = true
    }

    // MARK: - Values

    public mutating func value(_ s: String) {
        separateValue()
        writeString(s)
    }

    public mutating func value(_ i: Int) {
        separateValue()
        if i < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(i.magnitude, minimumCount: 1)
    }

    public mutating func value(_ d: Double) {
        separateValue()
        if d.isFinite {
            appendDouble(d)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    public mutating func value(_ b: Bool) {
        separateValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func null() {
        separateValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    public mutating func value(_ i: Int?) { if let i { value(i) } else { null() } }

    /// Inserts already-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        separateValue()
        bytes.append(contentsOf: json.utf8)
    }

    // MARK: - Internals

    private mutating func openContainer(_ byte: UInt8) {
        separateValue()
        bytes.append(byte)
        depth += 1
        hasItem.append(false)
    }

    private mutating func closeContainer(_ byte: UInt8) {
        let had = hasItem.removeLast()
        depth -= 1
        if pretty && had { newline() }
        bytes.append(byte)
    }

    /// Before a key: comma if needed, then indentation.
    private mutating func separate() {
        guard !hasItem.isEmpty else { return }
        if hasItem[hasItem.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasItem[hasItem.count - 1] = true
        if pretty { newline() }
    }

    /// Before a value: nothing after a key; otherwise like `separate()` (array items, top level).
    private mutating func separateValue() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        separate()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole (most strings are one such run).
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            var start = 0
            for i in utf8.indices where utf8[i] < 0x20 || utf8[i] == UInt8(ascii: "\"") || utf8[i] == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                appendEscaped(utf8[i])
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        if copied == nil {
            for b in s.utf8 {
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { appendEscaped(b) } else { bytes.append(b) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the escape of a byte that must not appear raw in a JSON string (quote, backslash, control character).
    private mutating func appendEscaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(Self.hex[Int(b >> 4)])
            bytes.append(Self.hex[Int(b & 0xF)])
        }
    }

    /// Up to 6 decimals, trailing zeros trimmed (coordinates need no more), written straight into the bytes.
    private mutating func appendDouble(_ d: Double) {
        let scaled = (d * 1_000_000).rounded()
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = UInt(Swift.abs(scaled))
        appendDigits(magnitude / 1_000_000, minimumCount: 1)
        var frac = magnitude % 1_000_000
        guard frac != 0 else { return }
        var digits = 6
        while frac % 10 == 0 {
            frac /= 10
            digits -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendDigits(frac, minimumCount: digits)
    }

    /// The decimal digits of `n`, zero-padded on the left to `minimumCount`.
    private mutating func appendDigits(_ n: UInt, minimumCount: Int) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for UInt.max (20 digits)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var n = n
            var at = digits.count
            repeat {
                at -= 1
                digits[at] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0
            while digits.count - at < minimumCount {
                at -= 1
                digits[at] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[at...]))
        }
    }
}
