import Foundation

/// Normalisation steps over Unicode scalars, each a named unit, and their composition into a `NormalizedText`.
///
/// A step maps one scalar to zero, one or several scalars; the composed view records, for every output scalar, the
/// original scalar it came from, so offsets are never lost.
public enum ArabicNormalizer {
    // MARK: - Steps

    /// Harakat (fathatan U+064B … sukun U+0652) and superscript alef (U+0670).
    @inline(__always)
    public static func isDiacritic(_ v: UInt32) -> Bool { (0x064B...0x0652).contains(v) || v == 0x0670 }

    /// Tatweel (ـ, U+0640).
    @inline(__always)
    public static func isTatweel(_ v: UInt32) -> Bool { v == 0x0640 }

    /// Zero-width and bidi controls.
    @inline(__always)
    public static func isControl(_ v: UInt32) -> Bool {
        (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x061C || v == 0xFEFF || v == 0x00AD
    }

    /// أ (U+0623), إ (U+0625), آ (U+0622), ٱ (U+0671) -> ا (U+0627).
    @inline(__always)
    public static func unifyAlef(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        default: return v
        }
    }

    /// ى (U+0649) -> ي (U+064A).
    @inline(__always)
    public static func alefMaksuraToYa(_ v: UInt32) -> UInt32 { v == 0x0649 ? 0x064A : v }

    /// ة (U+0629) -> ه (U+0647).
    @inline(__always)
    public static func tehMarbutaToHeh(_ v: UInt32) -> UInt32 { v == 0x0629 ? 0x0647 : v }

    /// ٠–٩ (U+0660–U+0669) and ۰–۹ (U+06F0–U+06F9) -> 0–9.
    @inline(__always)
    public static func asciiDigit(_ v: UInt32) -> UInt32 {
        if (0x0660...0x0669).contains(v) { return v - 0x0660 + 0x30 }
        if (0x06F0...0x06F9).contains(v) { return v - 0x06F0 + 0x30 }
        return v
    }

    /// ، -> ,  ؛ -> ;  ؟ -> ?  ٪ -> %  ٫ -> .  ٬ -> ,
    @inline(__always)
    public static func asciiPunctuation(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x060C, 0x066C: return 0x2C
        case 0x061B: return 0x3B
        case 0x061F: return 0x3F
        case 0x066A: return 0x25
        case 0x066B: return 0x2E
        default: return v
        }
    }

    /// “ ” „ ‟ « » ″ ‹ › and ‘ ’ used as quotes -> ".
    @inline(__always)
    public static func unifyQuote(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2039, 0x203A, 0x2018, 0x2019: return 0x22
        default: return v
        }
    }

    /// ی (U+06CC) and ې -> ي; ک (U+06A9) -> ك; ۀ (U+06C0) -> ه.
    @inline(__always)
    public static func unifyPersianLetter(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x06CC, 0x06D0: return 0x064A
        case 0x06A9: return 0x0643
        case 0x06C0: return 0x0647
        default: return v
        }
    }

    /// No-break, thin, figure and other Unicode spaces -> space.
    @inline(__always)
    public static func unifySpace(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        default: return v
        }
    }

    /// Arabic presentation forms: compatibility decomposition (NFKC) of one scalar.
    public static func isPresentationForm(_ v: UInt32) -> Bool { (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) }

    static func decomposePresentationForm(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        Array(String(Character(s)).precomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    // MARK: - Composition

    /// Applies `options` to `text`, keeping a map from each output scalar to its original offset.
    public static func normalize(_ text: String, options: NormalizationOptions = .matching) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(utf8: $0, options: options) }
    }

    /// What the steps do to each scalar of the Arabic block (U+0600–U+06FF): the scalar it becomes, or `dropped`.
    ///
    /// Indexed by the low ten bits of the scalar, which are the two low bits of its UTF-8 lead byte (0xD8–0xDB) and
    /// the six payload bits of its second byte: the byte loop maps an Arabic letter with one table read.
    struct ArabicBlockMap: Sendable {
        /// U+0000, which no scalar of the block becomes.
        static let dropped = Unicode.Scalar(UInt8(0))
        let map: [Unicode.Scalar]
        /// The same map indexed by a scalar's two UTF-8 bytes as read (`lead | next << 8`) masked with `pairMask`: each
        /// entry holds the original scalar in its low 32 bits and what it becomes in its high 32 bits, so the byte loop
        /// reads both with one load and no bit assembly of the scalar.
        let pairs: [UInt64]
        static let pairMask = 0x3F03

        init(_ options: NormalizationOptions) {
            let map = (0x0600..<0x0700).map { (v: UInt32) -> Unicode.Scalar in
                if options.contains(.removeDiacritics) && isDiacritic(v) { return Self.dropped }
                if options.contains(.removeTatweel) && isTatweel(v) { return Self.dropped }
                if options.contains(.removeControls) && isControl(v) { return Self.dropped }
                return Unicode.Scalar(mapOne(v, options)) ?? Unicode.Scalar(v)!
            }
            self.map = map
            var pairs = [UInt64](repeating: 0, count: Self.pairMask + 1)
            for low in 0..<0x100 {
                let index = (low & 0x3F) << 8 | low >> 6
                pairs[index] = UInt64(map[low].value) << 32 | UInt64(0x0600 | low)
            }
            self.pairs = pairs
        }

        static let matching = ArabicBlockMap(.matching)
        static let display = ArabicBlockMap(.display)

        static func forOptions(_ options: NormalizationOptions) -> ArabicBlockMap {
            options == .matching ? matching : options == .display ? display : ArabicBlockMap(options)
        }
    }

    /// Decodes the (valid) UTF-8 of a string and normalises it in the same pass.
    ///
    /// The three arrays are written through their uninitialised storage, not appended to: an append checks capacity and
    /// uniqueness for every scalar. Room: one scalar per byte. Only a presentation form can make more scalars than it
    /// has bytes (ﷺ, three bytes, makes 18); if one would overflow the room, the text is normalised again with room
    /// for 18 scalars per 0xEF lead byte.
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions) -> NormalizedText {
        if let text = normalize(utf8: bytes, options: options, capacity: bytes.count) { return text }
        var capacity = bytes.count
        for b in bytes where b == 0xEF { capacity += 18 }
        return normalize(utf8: bytes, options: options, capacity: capacity)!
    }

    /// `normalize(utf8:options:)` with room for `capacity` normalised scalars, or nil when that is too little.
    ///
    /// ASCII is the same in every view, and a scalar of the Arabic block (lead byte 0xD8–0xDB) is one read of
    /// `ArabicBlockMap`; everything else goes through the steps one by one.
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions, capacity: Int) -> NormalizedText? {
        let dropDiacritics = options.contains(.removeDiacritics)
        let dropTatweel = options.contains(.removeTatweel)
        let dropControls = options.contains(.removeControls)
        let presentation = options.contains(.decomposePresentationForms)
        let block = ArabicBlockMap.forOptions(options)
        let n = bytes.count
        var overflow = false
        var out: [Unicode.Scalar] = []
        var origin: [Int32] = []
        let original = [Unicode.Scalar](unsafeUninitializedCapacity: n) { originalBuffer, originalCount in
            out = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { outBuffer, outCount in
                origin = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                    block.pairs.withUnsafeBufferPointer { pairs in
                        guard n > 0, let source = bytes.baseAddress, let originals = originalBuffer.baseAddress,
                              let scalars = outBuffer.baseAddress, let origins = originBuffer.baseAddress, let table = pairs.baseAddress
                        else { return }
                        var k = 0
                        var b = 0
                        var i = 0
                        while b < n {
                            let b0 = source[b]
                            // The Arabic block first: most scalars of the texts are in it.
                            if b0 & 0xFC == 0xD8 {
                                let entry = table[(Int(b0) | Int(source[b &+ 1]) << 8) & ArabicBlockMap.pairMask]
                                originals[i] = validScalar(UInt32(truncatingIfNeeded: entry))
                                let m = UInt32(truncatingIfNeeded: entry >> 32)
                                if m != 0 {
                                    scalars[k] = validScalar(m)
                                    origins[k] = Int32(truncatingIfNeeded: i)
                                    k &+= 1
                                }
                                i &+= 1
                                b &+= 2
                                continue
                            }
                            if b0 < 0x80 {
                                let scalar = Unicode.Scalar(b0)
                                originals[i] = scalar
                                scalars[k] = scalar
                                origins[k] = Int32(truncatingIfNeeded: i)
                                k &+= 1
                                i &+= 1
                                b &+= 1
                                continue
                            }
                            let v: UInt32
                            let c0 = UInt32(b0)
                            if c0 < 0xE0 {
                                v = (c0 & 0x1F) << 6 | UInt32(source[b &+ 1] & 0x3F)
                                b &+= 2
                            } else if c0 < 0xF0 {
                                v = (c0 & 0x0F) << 12 | UInt32(source[b &+ 1] & 0x3F) << 6 | UInt32(source[b &+ 2] & 0x3F)
                                b &+= 3
                            } else {
                                v = (c0 & 0x07) << 18 | UInt32(source[b &+ 1] & 0x3F) << 12 | UInt32(source[b &+ 2] & 0x3F) << 6
                                    | UInt32(source[b &+ 3] & 0x3F)
                                b &+= 4
                            }
                            let scalar = validScalar(v)
                            originals[i] = scalar
                            let at = Int32(truncatingIfNeeded: i)
                            i &+= 1
                            if dropDiacritics && isDiacritic(v) || dropTatweel && isTatweel(v) || dropControls && isControl(v) {
                                continue
                            } else if presentation && isPresentationForm(v) {
                                let pieces = decomposePresentationForm(scalar)
                                // Room for the pieces and for one scalar per byte still to read.
                                if k + pieces.count + (n - b) > capacity {
                                    overflow = true
                                    break
                                }
                                for piece in pieces {
                                    let m = mapOne(piece.value, options)
                                    if dropDiacritics && isDiacritic(m) { continue }
                                    scalars[k] = Unicode.Scalar(m) ?? piece
                                    origins[k] = at
                                    k &+= 1
                                }
                            } else {
                                let m = mapOne(v, options)
                                scalars[k] = m == v ? scalar : (Unicode.Scalar(m) ?? scalar)
                                origins[k] = at
                                k &+= 1
                            }
                        }
                        originalCount = i
                        originCount = k
                        outCount = k
                    }
                }
            }
        }
        return overflow ? nil : NormalizedText(original: original, scalars: out, origin: origin)
    }

    /// The scalar of a value decoded from valid UTF-8 (always a valid scalar), without the check `Unicode.Scalar(_:)` makes.
    @inline(__always)
    static func validScalar(_ v: UInt32) -> Unicode.Scalar { unsafeBitCast(v, to: Unicode.Scalar.self) }

    /// The one-to-one steps, in order.
    @inline(__always)
    static func mapOne(_ v0: UInt32, _ options: NormalizationOptions) -> UInt32 {
        var v = v0
        if options.contains(.unifyAlef) { v = unifyAlef(v) }
        if options.contains(.alefMaksuraToYa) { v = alefMaksuraToYa(v) }
        if options.contains(.tehMarbutaToHeh) { v = tehMarbutaToHeh(v) }
        if options.contains(.asciiDigits) { v = asciiDigit(v) }
        if options.contains(.asciiPunctuation) { v = asciiPunctuation(v) }
        if options.contains(.unifyQuotes) { v = unifyQuote(v) }
        if options.contains(.unifyPersianLetters) { v = unifyPersianLetter(v) }
        if options.contains(.unifySpaces) { v = unifySpace(v) }
        return v
    }

    /// Normalises a lexicon entry or key the same way as text, as a plain string.
    ///
    /// A string of ASCII and Arabic-block scalars that the view keeps as they are (most words) is returned as it is,
    /// without building the normalised view.
    public static func normalizedString(_ s: String, options: NormalizationOptions = .matching) -> String {
        var s = s
        let block = ArabicBlockMap.forOptions(options)
        let unchanged = s.withUTF8 { bytes in
            block.map.withUnsafeBufferPointer { map in isUnchanged(bytes, map: map) }
        }
        return unchanged ? s : normalize(s, options: options).string
    }

    /// Whether every scalar of `bytes` (valid UTF-8) is ASCII or an Arabic-block scalar that `map` keeps as it is.
    static func isUnchanged(_ bytes: UnsafeBufferPointer<UInt8>, map: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var b = 0
        let n = bytes.count
        while b < n {
            let b0 = bytes[b]
            if b0 < 0x80 {
                b &+= 1
            } else if b0 & 0xFC == 0xD8 {
                let low = Int(b0 & 0x03) << 6 | Int(bytes[b &+ 1] & 0x3F)
                if map[low].value != 0x0600 | UInt32(low) { return false }
                b &+= 2
            } else {
                return false
            }
        }
        return true
    }
}
