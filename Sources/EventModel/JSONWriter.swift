/// A small streaming JSON writer with a fixed key order, so output is stable and fast to produce.
///
/// Keys are written in the order the caller gives them; strings are escaped per RFC 8259.
///
/// The writer owns its byte buffer and writes through a pointer: it is not copyable (`~Copyable`), so no write has to
/// check whether the buffer is shared, and it frees the buffer when it goes away. Pass it `inout`.
public struct JSONWriter: ~Copyable {
    /// The buffer: `count` bytes written of `capacity`.
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var depth = 0
    /// Per open container, one bit: whether anything has been written into it yet (bit `depth - 1` is the innermost).
    /// Containers nested deeper than 64 keep their bits in `deepItems`.
    private var hasItem: UInt64 = 0
    private var deepItems: [Bool] = []
    private var pendingValueAfterKey = false
    /// Whether `base` was allocated by the writer (false while it writes into a caller's buffer, see `init(into:pretty:)`).
    private var ownsBase = true

    public init(pretty: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        self.capacity = Swift.max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// A writer that writes into `buffer` (e.g. an array's uninitialised storage) until it is full, then moves what it
    /// wrote into a buffer of its own and goes on there: `isInCallerBuffer` tells which happened.
    init(into buffer: UnsafeMutableBufferPointer<UInt8>, pretty: Bool) {
        self.pretty = pretty
        capacity = buffer.count
        base = buffer.baseAddress ?? UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
        ownsBase = buffer.baseAddress == nil
    }

    deinit { if ownsBase { base.deallocate() } }

    /// Whether everything written so far is in the buffer given to `init(into:pretty:)`.
    var isInCallerBuffer: Bool { !ownsBase }

    /// The number of bytes written.
    var byteCount: Int { count }

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    // MARK: - Containers

    /// Inlined, as are the values below: the rasid.v1 records write tens of thousands of them, and a call cost about
    /// as much as the few bytes each writes.
    @inline(__always)
    public mutating func beginObject() { openContainer(UInt8(ascii: "{")) }
    @inline(__always)
    public mutating func endObject() { closeContainer(UInt8(ascii: "}")) }
    @inline(__always)
    public mutating func beginArray() { openContainer(UInt8(ascii: "[")) }
    @inline(__always)
    public mutating func endArray() { closeContainer(UInt8(ascii: "]")) }

    /// Writes `"name":` inside an object; follow it with a value.
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        reserve(2)
        put(UInt8(ascii: ":"))
        if pretty { put(UInt8(ascii: " ")) }
        pendingValueAfterKey = true
    }

    /// As `key(_:)` for a name written in the code (ASCII, nothing to escape): its bytes are copied as they are, with
    /// no scan for characters to escape. Used for the fixed field names of the rasid.v1 records.
    /// Inlined: a call per field name cost more than the field's few bytes.
    @inline(__always)
    public mutating func field(_ name: StaticString) {
        assert(name.isASCII && !name.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } })
        separate()
        let n = name.utf8CodeUnitCount
        reserve(n &+ 4)
        // Written through a local pointer with one update of `count` (a byte store through `base` may alias the
        // writer's own fields, so each `put` stored and reloaded the count).
        let p = base + count
        p[0] = UInt8(ascii: "\"")
        Self.copyShort(name.utf8Start, n, to: p + 1)
        p[n &+ 1] = UInt8(ascii: "\"")
        p[n &+ 2] = UInt8(ascii: ":")
        if pretty {
            p[n &+ 3] = UInt8(ascii: " ")
            count &+= n &+ 4
        } else {
            count &+= n &+ 3
        }
        pendingValueAfterKey = true
    }

    // MARK: - Values

    public mutating func value(_ s: String) {
        separateValue()
        writeString(s)
    }

    @inline(__always)
    public mutating func value(_ i: Int) {
        separateValue()
        reserve(21)
        count = Self.writeInt(i, at: base + count) - base
    }

    /// A span as `{"start":…,"end":…}`: in one-line output written at once (records hold thousands of spans; as an
    /// object with two fields each cost about 350 instructions), otherwise as that object.
    public mutating func value(_ span: TextSpan) {
        guard !pretty else {
            beginObject()
            field("start"); value(span.start)
            field("end"); value(span.end)
            endObject()
            return
        }
        separateValue()
        reserve(64)
        var p = base + count
        Self.copyLiteral("{\"start\":", 9, to: p)
        p = Self.writeInt(span.start, at: p + 9)
        Self.copyLiteral(",\"end\":", 7, to: p)
        p = Self.writeInt(span.end, at: p + 7)
        p[0] = UInt8(ascii: "}")
        count = p + 1 - base
    }

    public mutating func value(_ d: Double) {
        separateValue()
        if d.isFinite {
            appendDouble(d)
        } else {
            writeLiteral("null")
        }
    }

    @inline(__always)
    public mutating func value(_ b: Bool) {
        separateValue()
        writeLiteral(b ? "true" : "false")
    }

    @inline(__always)
    public mutating func null() {
        separateValue()
        writeLiteral("null")
    }

    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    @inline(__always)
    public mutating func value(_ i: Int?) { if let i { value(i) } else { null() } }

    /// A date as `"YYYY-MM-DD"` (`CalendarDate.description`), written without building the string.
    public mutating func value(_ date: CalendarDate) {
        guard date.year >= 0, date.month >= 0, date.day >= 0 else {
            value(date.description)
            return
        }
        separateValue()
        reserve(64)
        put(UInt8(ascii: "\""))
        appendDigits(UInt(date.year), minimumCount: 4)
        put(UInt8(ascii: "-"))
        appendDigits(UInt(date.month), minimumCount: 2)
        put(UInt8(ascii: "-"))
        appendDigits(UInt(date.day), minimumCount: 2)
        put(UInt8(ascii: "\""))
    }

    /// Inserts already-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        separateValue()
        appendUTF8(of: json)
    }

    // MARK: - Buffer

    /// Makes room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ minimum: Int) {
        let newCapacity = Swift.max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        if ownsBase { base.deallocate() }
        ownsBase = true
        base = newBase
        capacity = newCapacity
    }

    /// Writes one byte; the caller reserved room for it.
    @inline(__always)
    private mutating func put(_ b: UInt8) {
        base[count] = b
        count += 1
    }

    /// Copies `n` bytes; the caller reserved room for them.
    @inline(__always)
    private mutating func copy(_ source: UnsafePointer<UInt8>, _ n: Int) {
        (base + count).update(from: source, count: n)
        count &+= n
    }

    @inline(__always)
    private mutating func writeLiteral(_ literal: StaticString) {
        let n = literal.utf8CodeUnitCount
        reserve(n)
        Self.copyShort(literal.utf8Start, n, to: base + count)
        count &+= n
    }

    /// Writes the decimal digits of `i`, after a minus sign when it is negative, at `p` (which has room for 20 bytes);
    /// returns the position after them.
    @inline(__always)
    private static func writeInt(_ i: Int, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var start = p
        if i < 0 {
            start[0] = UInt8(ascii: "-")
            start += 1
        }
        var n = i.magnitude
        var length = 1
        var rest = n / 10
        while rest > 0 {
            length &+= 1
            rest /= 10
        }
        let end = start + length
        var at = end
        repeat {
            at -= 1
            at[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n % 10)
            n /= 10
        } while at > start
        return end
    }

    /// Copies `n` bytes of a name or literal written in the code; the caller reserved room for them. Up to 16 bytes
    /// (every field name and literal of the records) are copied as two words that may overlap, in a few instructions
    /// when `n` is a constant, where a `memmove` call cost tens.
    @inline(__always)
    private static func copyShort(_ source: UnsafePointer<UInt8>, _ n: Int, to destination: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(destination)
        if n >= 8 && n <= 16 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 && n < 8 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        } else if n >= 2 && n < 4 {
            let head = from.loadUnaligned(as: UInt16.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 2, as: UInt16.self)
            to.storeBytes(of: head, as: UInt16.self)
            to.storeBytes(of: tail, toByteOffset: n &- 2, as: UInt16.self)
        } else if n == 1 {
            to.storeBytes(of: source[0], as: UInt8.self)
        } else if n > 16 {
            destination.update(from: source, count: n)
        }
    }

    /// `copyShort` of a literal's bytes.
    @inline(__always)
    private static func copyLiteral(_ literal: StaticString, _ n: Int, to destination: UnsafeMutablePointer<UInt8>) {
        assert(literal.utf8CodeUnitCount == n)
        copyShort(literal.utf8Start, n, to: destination)
    }

    private mutating func appendUTF8(of s: String) {
        var s = s
        s.withUTF8 { utf8 in
            reserve(utf8.count)
            if let source = utf8.baseAddress { copy(source, utf8.count) }
        }
    }

    // MARK: - Internals

    @inline(__always)
    private mutating func openContainer(_ byte: UInt8) {
        separateValue()
        reserve(1)
        put(byte)
        if depth >= 64 { deepItems.append(false) }
        depth += 1
        if depth <= 64 { hasItem &= ~(1 << UInt64(depth - 1)) }
    }

    @inline(__always)
    private mutating func closeContainer(_ byte: UInt8) {
        let had = depth > 64 ? deepItems.removeLast() : hasItem & (1 << UInt64(depth - 1)) != 0
        depth -= 1
        if pretty && had { newline() }
        reserve(1)
        put(byte)
    }

    /// Before a key: comma if needed, then indentation.
    @inline(__always)
    private mutating func separate() {
        guard depth > 0 else { return }
        let had: Bool
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            had = hasItem & bit != 0
            hasItem |= bit
        } else {
            had = deepItems[deepItems.count - 1]
            deepItems[deepItems.count - 1] = true
        }
        if had {
            reserve(1)
            put(UInt8(ascii: ","))
        }
        if pretty { newline() }
    }

    /// Before a value: nothing after a key; otherwise like `separate()` (array items, top level).
    @inline(__always)
    private mutating func separateValue() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        separate()
    }

    private mutating func newline() {
        reserve(1 + depth * 2)
        put(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { put(UInt8(ascii: " ")) }
    }

    private static let hex: StaticString = "0123456789abcdef"

    private mutating func writeString(_ s: String) {
        // The string's own storage when it has one (no copy of the string, so no retain and release of it).
        if s.utf8.withContiguousStorageIfAvailable({ writeQuoted($0) }) != nil { return }
        var s = s
        s.withUTF8 { writeQuoted($0) }
    }

    /// Writes `utf8` as a JSON string. Nearly every string has nothing to escape: it is found so with a scan of eight
    /// bytes at a time and copied whole (a short one as words, see `copyShort`), with one update of `count`.
    @inline(__always)
    private mutating func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n &+ 2)
        let out = base + count
        out[0] = UInt8(ascii: "\"")
        guard let source = utf8.baseAddress, n > 0 else {
            out[1] = UInt8(ascii: "\"")
            count &+= 2
            return
        }
        var i = 0
        while i &+ 8 <= n && !Self.mayNeedEscape(UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
        while i < n {
            let b = source[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
            i &+= 1
        }
        if i == n {
            if n <= 16 {
                Self.copyShort(source, n, to: out + 1)
            } else {
                (out + 1).update(from: source, count: n)
            }
            out[n &+ 1] = UInt8(ascii: "\"")
            count &+= n &+ 2
            return
        }
        count &+= 1
        writeEscaping(source, n)
        reserve(1)
        put(UInt8(ascii: "\""))
    }

    /// The `n` bytes at `source` with the bytes that need it escaped (the opening quote is written).
    private mutating func writeEscaping(_ source: UnsafePointer<UInt8>, _ n: Int) {
        // Runs of bytes that need no escape are copied whole; the scan for bytes to escape reads eight bytes at a time
        // while none of them is one.
        var start = 0
        var i = 0
        while i < n {
            if i &+ 8 <= n && !Self.mayNeedEscape(UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)) {
                i &+= 8
                continue
            }
            let b = source[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                copy(source + start, i - start)
                appendEscaped(b)
                reserve(n - i + 1)
                start = i + 1
            }
            i += 1
        }
        copy(source + start, n - start)
    }

    /// Whether any of eight bytes is below 0x20, a quote or a backslash (the bit tricks of "Bit Twiddling Hacks":
    /// `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when some byte of `x` is zero, and likewise below 0x20).
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let control = (w &- ones &* 0x20) & ~w
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & high != 0
    }

    /// Appends the escape of a byte that must not appear raw in a JSON string (quote, backslash, control character).
    private mutating func appendEscaped(_ b: UInt8) {
        reserve(6)
        switch b {
        case UInt8(ascii: "\""): put(UInt8(ascii: "\\")); put(b)
        case UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(b)
        case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
        default:
            put(UInt8(ascii: "\\")); put(UInt8(ascii: "u")); put(UInt8(ascii: "0")); put(UInt8(ascii: "0"))
            put(Self.hex.utf8Start[Int(b >> 4)])
            put(Self.hex.utf8Start[Int(b & 0xF)])
        }
    }

    /// Up to 6 decimals, trailing zeros trimmed (coordinates need no more), written straight into the bytes.
    private mutating func appendDouble(_ d: Double) {
        reserve(48)
        let scaled = (d * 1_000_000).rounded()
        if scaled < 0 { put(UInt8(ascii: "-")) }
        let magnitude = UInt(Swift.abs(scaled))
        appendDigits(magnitude / 1_000_000, minimumCount: 1)
        var frac = magnitude % 1_000_000
        guard frac != 0 else { return }
        var digits = 6
        while frac % 10 == 0 {
            frac /= 10
            digits -= 1
        }
        put(UInt8(ascii: "."))
        appendDigits(frac, minimumCount: digits)
    }

    /// The decimal digits of `n`, zero-padded on the left to `minimumCount` (at most 20); the caller reserved room for
    /// them (20 bytes, or `minimumCount`).
    @inline(__always)
    private mutating func appendDigits(_ n: UInt, minimumCount: Int) {
        var length = 1
        var rest = n / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        length = Swift.max(length, minimumCount)
        var at = count + length
        var n = n
        for _ in 0..<length {
            at -= 1
            base[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10)
            n /= 10
        }
        count += length
    }
}
