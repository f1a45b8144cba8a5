import ArabicText
import EventModel

/// Merges repeats inside one article (eval/GUIDELINE.md, conventions):
/// the same figure from the same source told twice (lead and body) is one claim; an unattributed figure that another
/// sentence attributes to a named source is one claim, under the named source. The same figure from two sources stays two.
enum ClaimDeduplicator {
    /// What the earlier stages know about a claim beyond its fields.
    struct Hint {
        /// Sentence of the claim: a figure coordinated with another of its sentence is a figure of its own
        /// ("ثلاثة مدنيين وثلاثة رجال قتلوا").
        var sentence: Int
        /// The source is only a container noun ("بيان"): like an unattributed figure, it yields to the same figure under a
        /// named source.
        var container = false
        /// The counted noun is "another" ("وقتل جندي آخر"): a new person, never a repeat of an earlier figure.
        var another = false
        /// Who issued the figure: the source text without a container ("بيان الجيش" -> "الجيش"); nil: the source text.
        var issuer: String?
    }

    static let coordinated = "casualty.coordinated"
    static let barePlural = "casualty.bare_plural"

    /// The fields of a claim the pairwise comparison reads, copied once: comparing whole claims copied (retained and
    /// released) their strings for every pair.
    private struct Fields {
        var category: HarmCategory
        var min: Int
        var max: Int?
        var qualifier: Qualifier
        var victims: VictimGroup
        var kind: SourceKind
        var background: Bool
        var span: TextSpan
        var barePlural: Bool
        var coordinated: Bool

        init(_ c: CasualtyClaim) {
            category = c.category
            min = c.min
            max = c.max
            qualifier = c.qualifier
            victims = c.victims
            kind = c.source.kind
            background = c.background
            span = c.span
            barePlural = c.rule == ClaimDeduplicator.barePlural
            coordinated = c.rule == ClaimDeduplicator.coordinated
        }
    }

    static func deduplicate(_ claims: [CasualtyClaim], hints: [Hint]? = nil) -> [CasualtyClaim] {
        let hints = hints ?? claims.indices.map { Hint(sentence: -1 - $0) }
        let fields = claims.map(Fields.init)
        // Each issuer's words (in comparison form), found once per claim when first needed rather than once per pair: the
        // sets made are listed in `wordSets`, at `wordSlots[i]` for claim i (-1 until then). An array of optional sets
        // per call cost a metadata lookup and an element-by-element fill, even for the many reports that read no issuer.
        var wordSlots = [Int](repeating: -1, count: claims.count)
        var wordSets: [[Substring]] = []
        func words(_ i: Int) -> [Substring] {
            if wordSlots[i] >= 0 { return wordSets[wordSlots[i]] }
            let w = Self.issuerWords(hints[i].issuer ?? claims[i].source.text)
            wordSlots[i] = wordSets.count
            wordSets.append(w)
            return w
        }
        func sameIssuer(_ i: Int, _ j: Int) -> Bool { Self.sameIssuer(words(i), words(j)) }
        var keep = [Bool](repeating: true, count: claims.count)
        for i in claims.indices {
            for j in claims.indices where j != i && keep[j] && keep[i] {
                let a = fields[i], b = fields[j]
                // "قتل 16 … يأسف لسقوط قتلى": a bare plural from the source that counted them is no figure of its own.
                if b.barePlural, !a.barePlural, a.qualifier != .vague, a.category == b.category, a.background == b.background,
                   a.kind == b.kind, sameIssuer(i, j) {
                    keep[j] = false
                    continue
                }
                guard a.category == b.category, a.min == b.min, a.max == b.max, a.background == b.background else { continue }
                // "ثلاثة مدنيين وثلاثة رجال شرطة": the same number of different people is two figures.
                if a.victims != b.victims && a.victims != .unspecified && b.victims != .unspecified { continue }
                if a.span == b.span {
                    if j > i { keep[j] = false }
                    continue
                }
                if hints[i].sentence == hints[j].sentence && (a.coordinated || b.coordinated) {
                    continue
                }
                if hints[i].another || hints[j].another { continue }
                let weak = (hints[i].container, hints[j].container)
                let sameSource = a.kind == b.kind && sameIssuer(i, j)
                if sameSource && j > i {
                    keep[j] = false
                } else if a.kind == .unattributed || weak.0, b.kind != .unattributed, !weak.1, a.qualifier == b.qualifier {
                    keep[i] = false
                }
            }
        }
        // Most reports repeat no figure: then the claims are returned as they are.
        guard keep.contains(false) else { return claims }
        var out: [CasualtyClaim] = []
        out.reserveCapacity(claims.count)
        for i in claims.indices where keep[i] { out.append(claims[i]) }
        return out
    }
}

extension ClaimDeduplicator {
    /// Two sources name one issuer when the words of one (in comparison form) are all among the other's:
    /// "الجيش" and "الجيش التركي", "وزارة الصحة" and "وزارة الصحة الفلسطينية". The words are compared as sets (equal
    /// sets, or one a subset of the other), read from short lists: an issuer has a few words, and building and hashing a
    /// `Set` of them cost more than comparing them in turn.
    static func sameIssuer(_ wa: [Substring], _ wb: [Substring]) -> Bool {
        if wa.isEmpty || wb.isEmpty { return wa.isEmpty && wb.isEmpty }
        return isSubset(wa, of: wb) || isSubset(wb, of: wa)
    }

    /// Whether every word of `a` is among those of `b`.
    static func isSubset(_ a: [Substring], of b: [Substring]) -> Bool {
        a.allSatisfy { b.contains($0) }
    }

    /// The words of an issuer's text in comparison form (`ClaimSource.comparisonText` split at its spaces).
    static func issuerWords(_ text: String) -> [Substring] {
        let normalized = ArabicNormalizer.normalizedString(text)
        guard let plain = ClaimSource.plainComparisonText(normalized) else {
            return ClaimSource.fullComparisonText(normalized).split(separator: " ")
        }
        // A plain text (Arabic letters without marks, ASCII) has no mark a space could join into one character with: it is
        // split at its space bytes, not character by character (about 5,000 instructions a source).
        let utf8 = plain.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { words.append(plain[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(plain[start..<utf8.endIndex]) }
        return words
    }
}

extension ClaimSource {
    /// The source's text in the form sources are compared in: normalised for matching (harakat, tatweel, alef forms,
    /// ة/ه, ى/ي), white space folded, and each word without the article — "مصدر أمني" and "المصدر الأمني" are one
    /// source. Used for de-duplication inside an article and across reports (the store's source-independence key).
    public var comparisonText: String {
        let normalized = ArabicNormalizer.normalizedString(text)
        return Self.plainComparisonText(normalized) ?? Self.fullComparisonText(normalized)
    }

    /// `comparisonText` of a normalised text of Arabic letters without marks, ASCII and spaces only (nearly every
    /// source), read by scalars: there a character is one scalar and lower case only changes A–Z, so this is the very
    /// string `fullComparisonText` gives, without grapheme breaking or Unicode case mapping. Nil for any other text.
    static func plainComparisonText(_ normalized: String) -> String? {
        var out: [Unicode.Scalar] = []
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            if !out.isEmpty { out.append(" ") }
            let article = word.count > 3 && word[0] == "\u{0627}" && word[1] == "\u{0644}"
            out.append(contentsOf: article ? word[2...] : word[...])
            word.removeAll(keepingCapacity: true)
        }
        for s in normalized.unicodeScalars {
            let v = s.value
            if v == 0x20 || v == 0x0A || v == 0x09 {
                flush()
            } else if (0x41...0x5A).contains(v) {
                word.append(Unicode.Scalar(v + 0x20)!)
            } else if (0x21...0x7E).contains(v) || (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) {
                word.append(s)
            } else {
                return nil
            }
        }
        flush()
        // As UTF-8 bytes (ASCII, or Arabic letters of two bytes) made into one string: appending the scalars to a string's
        // scalar view one by one cost about 5,000 instructions a source.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(out.count * 2)
        for s in out {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `comparisonText` of any normalised text.
    static func fullComparisonText(_ normalized: String) -> String {
        normalized.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { word in
            word.hasPrefix("ال") && word.count > 3 ? String(word.dropFirst(2)) : String(word)
        }.joined(separator: " ").lowercased()
    }
}
