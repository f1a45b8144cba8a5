/// The matching key of an Arabic place name or word: the same letter folding the text layer applies before matching.
///
/// Steps, in order: Persian yeh (ی, U+06CC) to yeh (ي), keheh (ک, U+06A9) to kaf (ك); alef forms (أ U+0623, إ U+0625,
/// آ U+0622, ٱ U+0671) to bare alef (ا); alef maqsura (ى, U+0649) to yeh (ي); teh marbuta (ة, U+0629) to heh (ه);
/// harakat (U+064B–U+0652), superscript alef (U+0670) and tatweel (U+0640) removed; runs of white space and hyphens
/// become one space. The gazetteer stores names as written and applies this at load time.
// TODO(lead): delegate to the ArabicText normaliser once it lands on main, so text and gazetteer share one implementation.
public enum PlaceKey {
    /// The folded form of `text`, trimmed, words separated by single spaces.
    public static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640 { continue }
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x2D || v == 0x2010 || v == 0x2013 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(fold(scalar))
        }
        return String(out)
    }

    /// One letter's folded form (identity for letters the key keeps).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x06CC, 0x0649: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
        case 0x0629: return "\u{0647}"
        default: return scalar
        }
    }

    /// `key` without a leading definite article ال (alef U+0627, lam U+0644) when at least `minimumStem` letters remain.
    public static func withoutArticle(_ key: String, minimumStem: Int = 2) -> String? {
        let scalars = key.unicodeScalars
        guard scalars.count >= 2 + minimumStem else { return nil }
        var it = scalars.makeIterator()
        guard it.next() == "\u{0627}", it.next() == "\u{0644}" else { return nil }
        return String(String.UnicodeScalarView(scalars.dropFirst(2)))
    }
}
