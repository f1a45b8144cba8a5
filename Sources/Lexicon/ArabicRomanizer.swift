import Foundation

/// A plain ASCII romanisation of an Arabic place name the gazetteer lacks (الصوابر -> "Al-Sawabr", جرابولي -> "Jarabuli").
///
/// Arabic script writes no short vowels, so the result is a reader's guess, close to the forms English news uses for
/// small places: consonants as in common news spelling (ث th, ج j, خ kh, ذ dh, ش sh, غ gh, ق q; ح and ه h; ص س s;
/// ض د d; ط ت t; ظ ز z), ain (ع) and hamza (ء أ إ ؤ ئ) dropped inside a word, alef (ا ى آ) "a", teh marbuta (ة) "a";
/// waw (و) and yeh (ي) are "w"/"y" at the start of a word, before alef or after an "a", and "u"/"i" elsewhere; an "a" is supplied
/// after a word's first consonant when a consonant (ain included, or a glide before alef) follows it (جرابولي -> "Jarabuli"); a final
/// heh is read as the teh marbuta that matching folds into it. The article ال is written
/// "Al-", each word capitalised. Used only to name a place in output; matching never uses it.
public enum ArabicRomanizer {
    /// The romanisation of `name` (any spelling; it is normalised as place names are).
    public static func romanize(_ name: String) -> String {
        let words = PlaceKey.normalise(name).split(separator: " ")
        var out: [String] = []
        for word in words {
            var scalars = Array(String(word).unicodeScalars)
            var prefix = ""
            if scalars.count > 3, scalars[0] == "\u{0627}", scalars[1] == "\u{0644}" {
                prefix = "Al-"
                scalars.removeFirst(2)
            }
            let body = romanizeWord(scalars)
            guard !body.isEmpty else { continue }
            out.append(prefix + body.prefix(1).uppercased() + body.dropFirst())
        }
        return out.joined(separator: " ")
    }

    /// One word without its article, lower case.
    static func romanizeWord(_ s: [Unicode.Scalar]) -> String {
        var out = ""
        var consonants = 0
        for (k, scalar) in s.enumerated() {
            let v = scalar.value
            let next = k + 1 < s.count ? s[k + 1].value : 0
            let isFirst = out.isEmpty
            switch v {
            case 0x0627, 0x0649, 0x0622: out += "a"               // ا ى آ
            case 0x0629: out += "a"                               // ة
            case 0x0647 where k + 1 == s.count && !isFirst: out += "a"  // final ه: teh marbuta as matching folds it
            case 0x0623, 0x0625: if isFirst { out += v == 0x0625 ? "i" : "a" }  // أ إ: a vowel at the start, else silent
            case 0x0621, 0x0624, 0x0626, 0x0639: break            // ء ؤ ئ ع
            case 0x0648, 0x064A:                                  // و ي
                let glide = isFirst || next == 0x0627 || out.hasSuffix("a")
                if glide {
                    out += v == 0x0648 ? "w" : "y"
                    consonants += 1
                } else {
                    out += v == 0x0648 ? "u" : "i"
                }
            default:
                guard let c = consonant(v) else { continue }
                out += c
                consonants += 1
                // The first consonant takes an "a" when another consonant follows it (no vowel letter between).
                let glideNext = (next == 0x0648 || next == 0x064A) && k + 2 < s.count && s[k + 2].value == 0x0627
                if consonants == 1, k + 1 < s.count, consonant(next) != nil || next == 0x0639 || glideNext { out += "a" }
            }
        }
        return out
    }

    private static func consonant(_ v: UInt32) -> String? {
        switch v {
        case 0x0628: "b"
        case 0x062A, 0x0637: "t"
        case 0x062B: "th"
        case 0x062C: "j"
        case 0x062D, 0x0647: "h"
        case 0x062E: "kh"
        case 0x062F, 0x0636: "d"
        case 0x0630: "dh"
        case 0x0631: "r"
        case 0x0632, 0x0638: "z"
        case 0x0633, 0x0635: "s"
        case 0x0634: "sh"
        case 0x063A: "gh"
        case 0x0641: "f"
        case 0x0642: "q"
        case 0x0643: "k"
        case 0x0644: "l"
        case 0x0645: "m"
        case 0x0646: "n"
        default: nil
        }
    }
}

// MARK: - Comparing a romanisation with a Latin name

extension ArabicRomanizer {
    /// How closely the romanisation of an Arabic name matches a Latin name, from 0 to 1: one minus the edit distance
    /// of their letters (lower case ASCII, diacritics removed, a leading article al/el/an-… and non-letters dropped)
    /// over the longer length. Vowels count, so it separates names that share a consonant skeleton (تريب: Trèbes
    /// over Tarbes; حالة حرجة is no Largo).
    public static func similarity(arabic: String, latin: String) -> Double {
        similarity(romanized: romanize(arabic), latin: latin)
    }

    /// As `similarity(arabic:latin:)` for a name already romanised (`romanize`), to compare one name with many places.
    public static func similarity(romanized: String, latin: String) -> Double {
        let a = letters(romanized), b = letters(latin)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 1 - Double(editDistance(a, b)) / Double(max(a.count, b.count))
    }

    /// Lower-case ASCII letters of a Latin name without its leading article.
    static func letters(_ name: String) -> [UInt8] {
        var words: [[UInt8]] = [[]]
        // Published names are plain ASCII: decompose only names that are not.
        let scalars = name.utf8.allSatisfy { $0 < 0x80 } ? name.unicodeScalars : name.decomposedStringWithCanonicalMappingScalars
        for scalar in scalars {
            let v = scalar.value
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                words[words.count - 1].append(UInt8(v) | 0x20)
            } else if v == 0x20 || v == 0x2D {
                if !(words.last?.isEmpty ?? true) { words.append([]) }
            }
        }
        if words.count > 1, let first = words.first, TransliterationKey.latinArticles.contains(first) {
            words.removeFirst()
        }
        return words.flatMap { $0 }
    }

    /// Levenshtein distance of two byte strings.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    /// The scalars of the canonical decomposition (NFD): base letters followed by their combining marks.
    fileprivate var decomposedStringWithCanonicalMappingScalars: String.UnicodeScalarView {
        decomposedStringWithCanonicalMapping.unicodeScalars
    }
}
