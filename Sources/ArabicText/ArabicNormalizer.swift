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
    struct ArabicBlockMap: Sendable {
        static let dropped: UInt32 = 0xFFFF_FFFF
        let map: [UInt32]

        init(_ options: NormalizationOptions) {
            map = (0x0600..<0x0700).map { (v: UInt32) -> UInt32 in
                if options.contains(.removeDiacritics) && isDiacritic(v) { return Self.dropped }
                if options.contains(.removeTatweel) && isTatweel(v) { return Self.dropped }
                if options.contains(.removeControls) && isControl(v) { return Self.dropped }
                return mapOne(v, options)
            }
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
    /// uniqueness for every scalar. Room: one scalar per byte at most, except that a presentation form (three bytes, lead
    /// byte 0xEF) may decompose into up to 18 scalars (ﷺ), so each 0xEF byte adds room for 18.
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, options: NormalizationOptions) -> NormalizedText {
        let dropDiacritics = options.contains(.removeDiacritics)
        let dropTatweel = options.contains(.removeTatweel)
        let dropControls = options.contains(.removeControls)
        let presentation = options.contains(.decomposePresentationForms)
        let block = ArabicBlockMap.forOptions(options)
        let n = bytes.count
        var capacity = n
        if presentation {
            for b in bytes where b == 0xEF { capacity += 18 }
        }
        var out: [Unicode.Scalar] = []
        var origin: [Int32] = []
        let original = [Unicode.Scalar](unsafeUninitializedCapacity: n) { originalBuffer, originalCount in
            out = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { outBuffer, outCount in
                origin = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                    block.map.withUnsafeBufferPointer { map in
                        var k = 0
                        @inline(__always) func emit(_ scalar: Unicode.Scalar, _ at: Int32) {
                            outBuffer.initializeElement(at: k, to: scalar)
                            originBuffer.initializeElement(at: k, to: at)
                            k += 1
                        }
                        var b = 0
                        var i = 0
                        while b < n {
                            let b0 = UInt32(bytes[b])
                            let v: UInt32
                            if b0 < 0x80 {
                                v = b0
                                b += 1
                            } else if b0 < 0xE0 {
                                v = (b0 & 0x1F) << 6 | UInt32(bytes[b + 1] & 0x3F)
                                b += 2
                            } else if b0 < 0xF0 {
                                v = (b0 & 0x0F) << 12 | UInt32(bytes[b + 1] & 0x3F) << 6 | UInt32(bytes[b + 2] & 0x3F)
                                b += 3
                            } else {
                                v = (b0 & 0x07) << 18 | UInt32(bytes[b + 1] & 0x3F) << 12 | UInt32(bytes[b + 2] & 0x3F) << 6
                                    | UInt32(bytes[b + 3] & 0x3F)
                                b += 4
                            }
                            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                            originalBuffer.initializeElement(at: i, to: scalar)
                            let at = Int32(i)
                            i += 1
                            if v < 0x80 {
                                emit(scalar, at)
                            } else if v & 0xFFFF_FF00 == 0x0600 {
                                let m = map[Int(v - 0x0600)]
                                if m != ArabicBlockMap.dropped {
                                    emit(m == v ? scalar : (Unicode.Scalar(m) ?? scalar), at)
                                }
                            } else if dropDiacritics && isDiacritic(v) || dropTatweel && isTatweel(v) || dropControls && isControl(v) {
                                continue
                            } else if presentation && isPresentationForm(v) {
                                for piece in decomposePresentationForm(scalar) {
                                    let m = mapOne(piece.value, options)
                                    if dropDiacritics && isDiacritic(m) { continue }
                                    precondition(k < capacity, "a presentation form decomposed into more than 18 scalars")
                                    emit(Unicode.Scalar(m) ?? piece, at)
                                }
                            } else {
                                let m = mapOne(v, options)
                                emit(m == v ? scalar : (Unicode.Scalar(m) ?? scalar), at)
                            }
                        }
                        originalCount = i
                        originCount = k
                        outCount = k
                    }
                }
            }
        }
        return NormalizedText(original: original, scalars: out, origin: origin)
    }

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
    public static func normalizedString(_ s: String, options: NormalizationOptions = .matching) -> String {
        normalize(s, options: options).string
    }
}
