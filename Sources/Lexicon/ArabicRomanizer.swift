import ArabicText
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
        // Already in matching form (Arabic letters, single spaces): its words are the runs between spaces, with no
        // normalising or splitting of strings.
        guard PlaceKey.isNormal(name) else {
            // (Words split as characters, as before: a space that a combining mark follows does not split.)
            let words = PlaceKey.normalise(name).split(separator: " ").map { Array(String($0).unicodeScalars) }
            return romanize(words: words.count, letters: words.reduce(0) { $0 + $1.count }) { write in
                for word in words { word.withUnsafeBufferPointer { word in write(word, 0..<word.count) } }
            }
        }
        let scalars = Array(name.unicodeScalars)
        return scalars.withUnsafeBufferPointer { all in
            romanize(words: 1 + all.count(where: { $0 == " " }), letters: all.count) { write in
                var start = 0
                for k in 0...all.count where k == all.count || all[k] == " " {
                    if k > start { write(all, start..<k) }
                    start = k + 1
                }
            }
        }
    }

    /// The string of the romanised words that `words` passes to its argument, in scratch space for `words` words of
    /// `letters` letters.
    static func romanize(
        words: Int, letters: Int, _ write: ((UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) -> Void
    ) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumBytes(letters: letters, words: words)) { out in
            var count = 0
            write { all, range in appendWord(all, range, to: out, count: &count) }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<count]), as: UTF8.self)
        }
    }

    /// The romanisation, as ASCII bytes, of a name given as its words in matching form (a document's normalised
    /// scalars), with no string built; equal to `romanize` of the words joined by spaces. nil when a word is empty or
    /// holds anything but Arabic letters that `PlaceKey.normalise` leaves as they are (then use `romanize`).
    public static func romanized(normalizedWords words: [ArraySlice<Unicode.Scalar>]) -> [UInt8]? {
        var letters = 0
        for word in words {
            guard !word.isEmpty else { return nil }
            for scalar in word where !TransliterationKey.isPlainLetter(scalar.value) { return nil }
            letters += word.count
        }
        return [UInt8](unsafeUninitializedCapacity: maximumBytes(letters: letters, words: words.count)) { out, count in
            for word in words {
                word.withUnsafeBufferPointer { word in appendWord(word, 0..<word.count, to: out, count: &count) }
            }
        }
    }

    /// The most bytes the romanisation of `words` words of `letters` letters in all takes: a space and "Al-" per word,
    /// three bytes per letter at most (a two-letter consonant and the "a" after a word's first consonant).
    @usableFromInline
    static func maximumBytes(letters: Int, words: Int) -> Int { 4 * words + 3 * letters }

    /// Writes the romanisation of word `range` of `all` ("Al-" and the capitalised body, a space before it unless
    /// first) into `out` from `count` on (room for `maximumBytes` of it); a word that romanises to nothing adds nothing.
    static func appendWord(
        _ all: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, to out: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        let start = count
        if count > 0 {
            out[count] = 0x20
            count += 1
        }
        var from = range.lowerBound
        if range.count > 3, all[from] == "\u{0627}", all[from + 1] == "\u{0644}" {
            out[count] = UInt8(ascii: "A")
            out[count + 1] = UInt8(ascii: "l")
            out[count + 2] = UInt8(ascii: "-")
            count += 3
            from += 2
        }
        let body = count
        romanizeWord(all, from..<range.upperBound, into: out, count: &count)
        guard count > body else {
            count = start
            return
        }
        if out[body] >= UInt8(ascii: "a") && out[body] <= UInt8(ascii: "z") { out[body] -= 0x20 }
    }

    /// One word (`range` of `all`) without its article, lower case, written into `out` from `count` on.
    static func romanizeWord(
        _ all: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        let base = range.lowerBound
        let length = range.count
        let bodyStart = count
        var consonants = 0
        var n = count
        defer { count = n }
        @inline(__always) func add(_ c: UInt8) {
            out[n] = c
            n += 1
        }
        for k in 0..<length {
            let v = all[base + k].value
            let next = k + 1 < length ? all[base + k + 1].value : 0
            let isFirst = n == bodyStart
            switch v {
            case 0x0627, 0x0649, 0x0622: add(UInt8(ascii: "a"))    // ا ى آ
            case 0x0629: add(UInt8(ascii: "a"))                    // ة
            case 0x0647 where k + 1 == length && !isFirst: add(UInt8(ascii: "a"))  // final ه: teh marbuta as matching folds it
            case 0x0623, 0x0625: if isFirst { add(v == 0x0625 ? UInt8(ascii: "i") : UInt8(ascii: "a")) }  // أ إ: a vowel at the start
            case 0x0621, 0x0624, 0x0626, 0x0639: break            // ء ؤ ئ ع
            case 0x0648, 0x064A:                                  // و ي
                let glide = isFirst || next == 0x0627 || (n > 0 && out[n - 1] == UInt8(ascii: "a"))
                if glide {
                    add(v == 0x0648 ? UInt8(ascii: "w") : UInt8(ascii: "y"))
                    consonants += 1
                } else {
                    add(v == 0x0648 ? UInt8(ascii: "u") : UInt8(ascii: "i"))
                }
            default:
                let c = consonant(v)
                guard c.first != 0 else { continue }
                add(c.first)
                if c.second != 0 { add(c.second) }
                consonants += 1
                // The first consonant takes an "a" when another consonant follows it (no vowel letter between).
                let glideNext = (next == 0x0648 || next == 0x064A) && k + 2 < length && all[base + k + 2].value == 0x0627
                if consonants == 1, k + 1 < length, consonant(next).first != 0 || next == 0x0639 || glideNext { add(UInt8(ascii: "a")) }
            }
        }
    }

    /// The letters `similarity` compares (`comparisonLetters(ofRomanized:)`) of the romanisation of a name given as a
    /// first word (`first` of `all`) and the words of `rest`, all in matching form and plain letters (as
    /// `TransliterationKey.arabicKey(scalars:first:rest:)` accepts them), passed to `body` in scratch space: no array
    /// is built per name tried.
    public static func withComparisonLetters(
        scalars all: UnsafeBufferPointer<Unicode.Scalar>, first: Range<Int>, rest: UnsafeBufferPointer<Token>,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var letters = first.count
        for token in rest { letters += token.range.count }
        let capacity = maximumBytes(letters: letters, words: 1 + rest.count)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { scratch in
            let out = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
            var count = 0
            appendWord(all, first, to: out, count: &count)
            for token in rest { appendWord(all, token.range, to: out, count: &count) }
            let compared = UnsafeMutableBufferPointer(rebasing: scratch[capacity...])
            let range = asciiLetters(UnsafeBufferPointer(rebasing: out[0..<count]), into: compared)
            body(UnsafeBufferPointer(rebasing: compared[range]))
        }
    }

    /// The Latin letters of a consonant (second 0 for one letter), or first 0 when `v` is none.
    @inline(__always)
    private static func consonant(_ v: UInt32) -> (first: UInt8, second: UInt8) {
        switch v {
        case 0x0628: (UInt8(ascii: "b"), 0)
        case 0x062A, 0x0637: (UInt8(ascii: "t"), 0)
        case 0x062B: (UInt8(ascii: "t"), UInt8(ascii: "h"))
        case 0x062C: (UInt8(ascii: "j"), 0)
        case 0x062D, 0x0647: (UInt8(ascii: "h"), 0)
        case 0x062E: (UInt8(ascii: "k"), UInt8(ascii: "h"))
        case 0x062F, 0x0636: (UInt8(ascii: "d"), 0)
        case 0x0630: (UInt8(ascii: "d"), UInt8(ascii: "h"))
        case 0x0631: (UInt8(ascii: "r"), 0)
        case 0x0632, 0x0638: (UInt8(ascii: "z"), 0)
        case 0x0633, 0x0635: (UInt8(ascii: "s"), 0)
        case 0x0634: (UInt8(ascii: "s"), UInt8(ascii: "h"))
        case 0x063A: (UInt8(ascii: "g"), UInt8(ascii: "h"))
        case 0x0641: (UInt8(ascii: "f"), 0)
        case 0x0642: (UInt8(ascii: "q"), 0)
        case 0x0643: (UInt8(ascii: "k"), 0)
        case 0x0644: (UInt8(ascii: "l"), 0)
        case 0x0645: (UInt8(ascii: "m"), 0)
        case 0x0646: (UInt8(ascii: "n"), 0)
        default: (0, 0)
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
        similarity(letters: letters(romanized), latin: latin)
    }

    /// The letters `similarity` compares of a romanisation given as ASCII bytes (`romanized(normalizedWords:)`):
    /// compute them once to compare one name with many places (`similarity(letters:latin:)`).
    public static func comparisonLetters(ofRomanized bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                let range = asciiLetters(bytes, into: buffer)
                if range.lowerBound > 0 {
                    for k in range.indices { buffer[k - range.lowerBound] = buffer[k] }
                }
                count = range.count
            }
        }
    }

    /// As `similarity(romanized:latin:)` for the romanisation's `comparisonLetters`: no string or array is built for a
    /// plain ASCII Latin name.
    ///
    /// With `minimum`, a name whose length alone puts it below `minimum` (the edit distance is at least the difference
    /// of the lengths) gets that bound, below `minimum`, without the distance being computed.
    public static func similarity(letters a: [UInt8], latin: String, minimum: Double = 0) -> Double {
        guard !a.isEmpty else { return 0 }
        var latin = latin
        return latin.withUTF8 { bytes -> Double in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return similarity(a, letters(String(decoding: bytes, as: UTF8.self))) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                let range = asciiLetters(bytes, into: buffer)
                guard !range.isEmpty else { return 0 }
                let bound = 1 - Double(abs(a.count - range.count)) / Double(max(a.count, range.count))
                if bound < minimum { return bound }
                return a.withUnsafeBufferPointer { a in
                    let b = UnsafeBufferPointer(rebasing: buffer[range])
                    return 1 - Double(editDistance(a, b)) / Double(max(a.count, b.count))
                }
            }
        }
    }

    /// The letters `similarity` compares of a Latin name (lower case ASCII, diacritics removed, a leading article and
    /// non-letters dropped): the gazetteer keeps them for every place, so that comparing a transliteration with the
    /// places sharing its skeleton reads no name string.
    public static func comparisonLetters(ofLatin name: String) -> [UInt8] {
        var out: [UInt8] = []
        appendComparisonLetters(ofLatin: name, to: &out)
        return out
    }

    /// Appends `comparisonLetters(ofLatin: name)` to `out` (no array per name: the gazetteer makes them for every place
    /// at load).
    public static func appendComparisonLetters(ofLatin name: String, to out: inout [UInt8]) {
        var name = name
        name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                out += letters(String(decoding: bytes, as: UTF8.self))
                return
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                let range = asciiLetters(bytes, into: buffer)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
            }
        }
    }

    /// The similarity of two letter strings.
    static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 1 - Double(editDistance(a, b)) / Double(max(a.count, b.count))
    }

    /// `letters` of a plain ASCII name, written into `buffer` (at least as long as `bytes`): the range of `buffer` that
    /// holds them.
    static func asciiLetters(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        var n = 0
        var firstEnd = -1  // letters of the first word, once a second word has begun
        for v in bytes {
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                buffer[n] = v | 0x20
                n += 1
            } else if v == 0x20 || v == 0x2D {
                if firstEnd < 0 && n > 0 { firstEnd = n }
            }
        }
        if firstEnd > 0 {
            let first = UnsafeBufferPointer(rebasing: buffer[0..<firstEnd])
            if TransliterationKey.latinArticles.contains(where: { $0.elementsEqual(first) }) { return firstEnd..<n }
        }
        return 0..<n
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

    /// Levenshtein distance of two byte strings (both non-empty).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in editDistance(a, b) } }
    }

    /// Levenshtein distance of two byte strings (both non-empty): bit-parallel (`bitParallelDistance`) when `a` is
    /// at most 64 lower-case letters, as names are; else in two rows of scratch space.
    static func editDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.count <= 64 && a.allSatisfy({ $0 &- 0x61 < 26 }) { return bitParallelDistance(a, b) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                let x = a[i - 1]
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    /// Levenshtein distance of `a` (1 to 64 lower-case ASCII letters) and `b` (non-empty), one column of the distance
    /// table per letter of `b` as bit vectors (Myers 1999, in Hyyrö's form for the distance of whole strings): the
    /// same number as the table, in a few operations per letter.
    static func bitParallelDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 26) { eq in
            letterMasks(a, into: eq)
            return bitParallelDistance(masks: UnsafeBufferPointer(eq), count: a.count, b)
        }
    }

    /// The bit masks of `a` (1 to 64 lower-case ASCII letters) that `bitParallelDistance` reads: for each letter, the
    /// positions where `a` has it. Made once, they serve every comparison of `a` with another name.
    static func letterMasks(_ a: UnsafeBufferPointer<UInt8>, into eq: UnsafeMutableBufferPointer<UInt64>) {
        eq.initialize(repeating: 0)
        for i in 0..<a.count { eq[Int(a[i] &- 0x61)] |= 1 << UInt64(i) }
    }

    /// `bitParallelDistance` of the `count` letters whose `letterMasks` are `eq` and `b` (non-empty).
    @inline(__always)
    static func bitParallelDistance(masks eq: UnsafeBufferPointer<UInt64>, count m: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let high: UInt64 = 1 << UInt64(m - 1)
        var pv: UInt64 = m == 64 ? ~0 : (1 << UInt64(m)) - 1
        var mv: UInt64 = 0
        var score = m
        for c in b {
            let e = c &- 0x61 < 26 ? eq[Int(c &- 0x61)] : 0
            let xv = e | mv
            let xh = (((e & pv) &+ pv) ^ pv) | e
            var ph = mv | ~(xh | pv)
            var mh = pv & xh
            if ph & high != 0 {
                score += 1
            } else if mh & high != 0 {
                score -= 1
            }
            ph = (ph << 1) | 1
            mh = mh << 1
            pv = mh | ~(xv | ph)
            mv = ph & xv
        }
        return score
    }
}

extension String {
    /// The scalars of the canonical decomposition (NFD): base letters followed by their combining marks.
    fileprivate var decomposedStringWithCanonicalMappingScalars: String.UnicodeScalarView {
        decomposedStringWithCanonicalMapping.unicodeScalars
    }
}
