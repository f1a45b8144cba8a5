import ArabicText
import Foundation

/// A coarse consonant skeleton shared by an Arabic-script name and its Latin transliteration (باماكو and Bamako -> "bmk").
///
/// It lets Arabic transliterations of places that GeoNames lists only in Latin script resolve. Vowels and vowel letters
/// (ا و ي ى، a e i o u y w), hamza and ain (ء أ إ آ ئ ؤ ع), h-sounds (ه ح، h) and the definite article (ال، al-/el- and
/// its assimilated forms) are dropped; تش and Turkish ç/ş count as ش/sh, Turkish ğ is silent; consonants fold into
/// classes where transliterations disagree: ب/پ and b/p -> b; ت ط ث and t/th -> t (teh marbuta ة folds to heh and
/// drops); د ض ذ and d/dh -> d; س ص and s/c(e,i) -> s; ز ظ and z -> z; ش and sh/ch -> x; ج غ گ and j/dj/g/gh -> g; ك ق خ and k/q/c/ck/kh -> k; ف and f/ph/v -> f; ر l م ن as r l m n. Repeated classes collapse.
/// The key is lossy on purpose: callers use it only after exact names fail, and only for places of some size or in
/// the country the text is about.
public enum TransliterationKey {
    /// The skeleton of an Arabic-script name (any letter folding of `PlaceKey` may or may not have been applied).
    public static func arabic(_ name: String) -> String {
        var words = PlaceKey.normalise(name).split(separator: " ").map(String.init)
        if let first = words.first, let bare = PlaceKey.withoutArticle(first) { words[0] = bare }
        var out: [UInt8] = []
        for word in words {
            var previous: UInt32 = 0
            for scalar in word.unicodeScalars {
                // تش writes the "ch" of foreign names (سوروتش, Suruç): one sound, the class of ش.
                if scalar.value == 0x0634 && previous == 0x062A, out.last == UInt8(ascii: "t") { out.removeLast() }
                if let c = arabicClass(scalar.value) { append(c, to: &out) }
                previous = scalar.value
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// As `arabic(_:)` for a name given as its words in matching form (a document's normalised scalars), with no string
    /// built: the place resolver tries every stem after a place cue, and normalising, splitting and re-joining strings
    /// was most of its cost. nil when a word is empty or holds anything but Arabic letters that `PlaceKey.normalise`
    /// leaves as they are (then `arabic(_:)` on the joined name gives the skeleton).
    public static func arabic(normalizedWords words: [ArraySlice<Unicode.Scalar>]) -> String? {
        for word in words {
            guard !word.isEmpty else { return nil }
            for scalar in word where !isPlainLetter(scalar.value) { return nil }
        }
        var out: [UInt8] = []
        for (n, word) in words.enumerated() {
            var letters = word
            // The first word without its article, as `PlaceKey.withoutArticle` (two letters left at least).
            if n == 0, word.count >= 4, word.first == "\u{0627}", word.dropFirst().first == "\u{0644}" { letters = word.dropFirst(2) }
            var previous: UInt32 = 0
            for scalar in letters {
                if scalar.value == 0x0634 && previous == 0x062A, out.last == UInt8(ascii: "t") { out.removeLast() }
                if let c = arabicClass(scalar.value) { append(c, to: &out) }
                previous = scalar.value
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// As `arabic(normalizedWords:)`, the skeleton's `WordKey` and its length in letters, hashed as it is built: no
    /// string or array per name tried (the place resolver tries every word after a place cue or في).
    public static func arabicKey(normalizedWords words: [ArraySlice<Unicode.Scalar>]) -> (key: WordKey, count: Int)? {
        guard let first = words.first else { return (WordKey(value: WordKey.offsetBasis), 0) }
        return arabicKey(first: first, rest: words.dropFirst())
    }

    /// As `arabicKey(normalizedWords:)` for the words `first` and then `rest` (no array of all the words is built).
    public static func arabicKey(first: ArraySlice<Unicode.Scalar>, rest: ArraySlice<ArraySlice<Unicode.Scalar>>)
        -> (key: WordKey, count: Int)?
    {
        guard !first.isEmpty else { return nil }
        for scalar in first where !isPlainLetter(scalar.value) { return nil }
        for word in rest {
            guard !word.isEmpty else { return nil }
            for scalar in word where !isPlainLetter(scalar.value) { return nil }
        }
        // The skeleton so far (its hash, length and last class) and the same before the last class was added, so
        // that تش can take back the t.
        var hash = WordKey.offsetBasis, count = 0, last: UInt8 = 0
        var hashBefore = hash, lastBefore: UInt8 = 0
        func add(_ letters: ArraySlice<Unicode.Scalar>) {
            var previous: UInt32 = 0
            for scalar in letters {
                if scalar.value == 0x0634 && previous == 0x062A, last == UInt8(ascii: "t") {
                    hash = hashBefore
                    last = lastBefore
                    count -= 1
                }
                if let c = arabicClass(scalar.value), c != last {
                    hashBefore = hash
                    lastBefore = last
                    hash = WordKey.combine(hash, Unicode.Scalar(c))
                    last = c
                    count += 1
                }
                previous = scalar.value
            }
        }
        // The first word without its article, as `PlaceKey.withoutArticle` (two letters left at least).
        add(first.count >= 4 && first.first == "\u{0627}" && first.dropFirst().first == "\u{0644}" ? first.dropFirst(2) : first)
        for word in rest { add(word) }
        return (WordKey(value: hash), count)
    }

    /// As `arabicKey(first:rest:)` for a first word (`first` of the document's scalars `all`) and the words of the
    /// tokens `rest`, read through buffers: no slice or array per name tried.
    public static func arabicKey(scalars all: UnsafeBufferPointer<Unicode.Scalar>, first: Range<Int>, rest: UnsafeBufferPointer<Token>)
        -> (key: WordKey, count: Int)?
    {
        guard !first.isEmpty else { return nil }
        for token in rest where token.range.isEmpty { return nil }
        var skeleton = SkeletonHash()
        // The first word without its article, as `PlaceKey.withoutArticle` (two letters left at least).
        var start = first.lowerBound
        if first.count >= 4 && all[start] == "\u{0627}" && all[start + 1] == "\u{0644}" {
            // (The article's letters are plain letters, checked here as the word's others are below.)
            start += 2
        }
        guard skeleton.add(all, start..<first.upperBound) else { return nil }
        for token in rest {
            guard skeleton.add(all, token.range) else { return nil }
        }
        return (WordKey(value: skeleton.hash), skeleton.count)
    }

    /// A skeleton being hashed (`arabicKey`): its hash, length and last class, and the same before the last class was
    /// added, so that تش can take back the t.
    struct SkeletonHash {
        var hash = WordKey.offsetBasis
        var count = 0
        var last: UInt8 = 0
        var hashBefore = WordKey.offsetBasis
        var lastBefore: UInt8 = 0

        /// Adds the letters of `range` of `all`; false (the key is then undefined) when one is not a plain letter.
        @inline(__always)
        mutating func add(_ all: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
            var previous: UInt32 = 0
            for k in range {
                let v = all[k].value
                let c = plainLetterClass(v)
                guard c != 0xFF else { return false }
                if v == 0x0634 && previous == 0x062A, last == UInt8(ascii: "t") {
                    hash = hashBefore
                    last = lastBefore
                    count -= 1
                }
                if c != 0, c != last {
                    hashBefore = hash
                    lastBefore = last
                    hash = WordKey.combine(hash, Unicode.Scalar(c))
                    last = c
                    count += 1
                }
                previous = v
            }
            return true
        }
    }

    /// `arabicClass` of a plain letter (`isPlainLetter`), 0 for a plain letter with no class, 0xFF for anything else:
    /// one read of constants (a four-bit code per scalar U+0620...U+065F, then the code's class letter) instead of two
    /// switches per letter.
    @inline(__always)
    static func plainLetterClass(_ v: UInt32) -> UInt8 {
        let o = v &- 0x0620
        guard o < 64 else { return 0xFF }
        // Code 0: no class; 1...13: "btdszxgkfrlmn"; 15: not a plain letter (made from the two switches, see the tests).
        let codes: UInt64
        switch o >> 4 {
        case 0: codes = 0x3807_22F1_00F0_FF0F
        case 1: codes = 0xFFFF_F705_2346_45A3
        case 2: codes = 0xFFFF_F0F0_0DCB_889F
        default: codes = 0xFFFF_FFFF_FFFF_FFFF
        }
        let code = (codes >> UInt64((o & 15) * 4)) & 0xF
        if code == 15 { return 0xFF }
        if code == 0 { return 0 }
        let letters: UInt64 = code <= 8 ? 0x6B67_787A_7364_7462 : 0x0000_006E_6D6C_7266
        return UInt8(truncatingIfNeeded: letters >> (8 * ((code - 1) & 7)))
    }

    /// Arabic letters (U+0621–U+063A, U+0641–U+064A) that matching normalisation keeps: all but the hamzated and
    /// madda alef forms (آ أ إ), teh marbuta (ة) and alef maksura (ى), which it folds.
    @inline(__always)
    public static func isPlainLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0629, 0x0649: return false
        case 0x0621...0x063A, 0x0641...0x064A: return true
        default: return false
        }
    }

    /// Leading articles of Latin names, longest first (built once: the gazetteer keys every place by its skeleton at
    /// start-up, and building and sorting this list per name was a tenth of start-up time). `ArabicRomanizer` drops the
    /// same articles when it compares names.
    static let latinArticles: [[UInt8]] = ["al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "adh", "ath"]
        .map { Array($0.utf8) }.sorted(by: { $0.count > $1.count })

    /// The skeleton of a Latin-script name; diacritics are removed first (Ségou -> segou). `country` (ISO2) turns on
    /// that country's spelling: Turkish and Azerbaijani c is "j" (Ceylanpınar); a French or Belgian final s or x is
    /// silent (Trèbes).
    public static func latin(_ name: String, country: String? = nil) -> String {
        var letters: [UInt8] = []
        for scalar in name.unicodeScalars {
            // Turkish ç and ş are "ch" and "sh"; ğ is silent.
            switch scalar.value {
            case 0x00E7, 0x00C7, 0x015F, 0x015E:
                letters.append(contentsOf: [UInt8(ascii: "s"), UInt8(ascii: "h")])
                continue
            case 0x011F, 0x011E:
                continue
            default: break
            }
            if let base = latinBase(scalar) {
                letters.append(base)
            } else {
                letters.append(0x20)
            }
        }
        // Drop a leading article: al-, el-, as-, ash-, ad-, an-, ar-, at-, az- followed by a space or hyphen.
        var start = 0
        while start < letters.count && letters[start] == 0x20 { start += 1 }
        for article in latinArticles {
            let end = start + article.count
            if end < letters.count, letters[start..<end].elementsEqual(article), letters[end] == 0x20 {
                start = end + 1
                break
            }
        }
        let turkic = country == "TR" || country == "AZ"
        if country == "FR" || country == "BE" {
            // Silent final s/x of each word.
            for k in letters.indices where letters[k] == UInt8(ascii: "s") || letters[k] == UInt8(ascii: "x") {
                if k > start, k + 1 == letters.count || letters[k + 1] == 0x20 { letters[k] = 0x20 }
            }
        }
        var out: [UInt8] = []
        var i = start
        while i < letters.count {
            let c = letters[i]
            let next: UInt8 = i + 1 < letters.count ? letters[i + 1] : 0x20
            var cls: UInt8?
            var step = 1
            switch c {
            case UInt8(ascii: "k") where next == UInt8(ascii: "h"), UInt8(ascii: "c") where next == UInt8(ascii: "k"):
                cls = UInt8(ascii: "k"); step = 2
            case UInt8(ascii: "s") where next == UInt8(ascii: "h"), UInt8(ascii: "c") where next == UInt8(ascii: "h"):
                cls = UInt8(ascii: "x"); step = 2
            case UInt8(ascii: "t") where next == UInt8(ascii: "h"):
                cls = UInt8(ascii: "t"); step = 2
            case UInt8(ascii: "d") where next == UInt8(ascii: "h"):
                cls = UInt8(ascii: "d"); step = 2
            case UInt8(ascii: "g") where next == UInt8(ascii: "h"):
                cls = UInt8(ascii: "g"); step = 2
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                cls = UInt8(ascii: "f"); step = 2
            case UInt8(ascii: "d") where next == UInt8(ascii: "j"):
                cls = UInt8(ascii: "g"); step = 2
            case UInt8(ascii: "c") where turkic:
                cls = UInt8(ascii: "g")
            case UInt8(ascii: "c"):
                cls = next == UInt8(ascii: "e") || next == UInt8(ascii: "i") ? UInt8(ascii: "s") : UInt8(ascii: "k")
            case UInt8(ascii: "x"):
                append(UInt8(ascii: "k"), to: &out)
                cls = UInt8(ascii: "s")
            default:
                cls = latinClass(c)
            }
            if let cls { append(cls, to: &out) }
            i += step
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Letter classes

    private static func append(_ c: UInt8, to out: inout [UInt8]) {
        if out.last != c { out.append(c) }
    }

    @inline(__always)
    static func arabicClass(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x0628, 0x067E: return UInt8(ascii: "b")           // ب پ
        case 0x062A, 0x0637, 0x062B: return UInt8(ascii: "t")  // ت ط ث
        case 0x062F, 0x0636, 0x0630: return UInt8(ascii: "d")   // د ض ذ
        case 0x0633, 0x0635: return UInt8(ascii: "s")           // س ص
        case 0x0632, 0x0638: return UInt8(ascii: "z")           // ز ظ
        case 0x0634: return UInt8(ascii: "x")                   // ش
        case 0x062C, 0x063A, 0x06AF: return UInt8(ascii: "g")   // ج غ گ
        case 0x0643, 0x0642, 0x062E, 0x06A9: return UInt8(ascii: "k")  // ك ق خ ک
        case 0x0641, 0x06A4: return UInt8(ascii: "f")           // ف ڤ
        case 0x0631: return UInt8(ascii: "r")                   // ر
        case 0x0644: return UInt8(ascii: "l")                   // ل
        case 0x0645: return UInt8(ascii: "m")                   // م
        case 0x0646: return UInt8(ascii: "n")                   // ن
        default: return nil                                     // vowels, hamza, ain, h-sounds, marks, punctuation
        }
    }

    private static func latinClass(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "p"): return UInt8(ascii: "b")
        case UInt8(ascii: "t"): return UInt8(ascii: "t")
        case UInt8(ascii: "d"): return UInt8(ascii: "d")
        case UInt8(ascii: "s"): return UInt8(ascii: "s")
        case UInt8(ascii: "z"): return UInt8(ascii: "z")
        case UInt8(ascii: "j"), UInt8(ascii: "g"): return UInt8(ascii: "g")
        case UInt8(ascii: "k"), UInt8(ascii: "q"): return UInt8(ascii: "k")
        case UInt8(ascii: "f"), UInt8(ascii: "v"): return UInt8(ascii: "f")
        case UInt8(ascii: "r"), UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"): return c
        default: return nil
        }
    }

    /// Lower-case ASCII letter of a Latin letter with or without diacritics (é -> e, ş -> s, ı -> i); nil otherwise.
    private static func latinBase(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 0x41 && b <= 0x5A { return b + 0x20 }
            if b >= 0x61 && b <= 0x7A { return b }
            return nil
        }
        if v == 0x0131 { return UInt8(ascii: "i") }   // dotless i
        // Canonical decomposition gives the base letter for the Latin letters with diacritics.
        guard let first = String(scalar).decomposedStringWithCanonicalMappingFirstScalar, first.value < 0x80,
              first.value != v
        else { return nil }
        return latinBase(first)
    }
}

extension String {
    /// The first scalar of the canonical decomposition (NFD) of this string.
    fileprivate var decomposedStringWithCanonicalMappingFirstScalar: Unicode.Scalar? {
        decomposedStringWithCanonicalMapping.unicodeScalars.first
    }
}
