import ArabicText
import EventModel
import Lexicon

// MARK: - Finding mentions

extension PlaceResolver {
    /// Every place and country mention of `text`, in order, with the cues that stand before each.
    public func mentions(in text: AnalyzedText) -> [PlaceMention] { mentions(in: text, words: words(of: text)) }

    /// As `mentions(in:)`, with the document's word stems computed already.
    func mentions(in text: AnalyzedText, words: Words) -> [PlaceMention] {
        let tokens = text.tokens
        var out: [PlaceMention] = []
        out.reserveCapacity(Self.expectedMentions)
        var trigger: PlaceCue?
        var near = false
        var cueEnd = -1  // index after the last cue word; cues apply only to a name right after them
        var pendingCapital: (start: Int, sentence: Int)?
        var borderUntil = -1  // country mentions before this token follow a border word
        var sentence = 0
        // The end of sentence `sentence` while a later sentence follows it (none after the last): one comparison a word.
        let sentences = text.sentences
        var sentenceEnd = sentences.count > 1 ? sentences[0].upperBound : Int.max
        let headEnd = datelineEnd(tokens)
        var i = 0
        while i < tokens.count {
            // With no cue right before, nothing starts at a word that starts no name and is no cue (the cue state is
            // only reset there): skip to the next word that does, or past the last.
            if cueEnd != i {
                let next = words.next(withFlags: Words.nameStart | Words.cue, from: i)
                if next != i {
                    trigger = nil
                    near = false
                    pendingCapital = nil
                    i = next
                    continue
                }
            }
            while sentenceEnd <= i {
                sentence += 1
                sentenceEnd = sentence + 1 < sentences.count ? sentences[sentence].upperBound : Int.max
            }
            guard tokens[i].kind == .word else {
                // Hashtags ("مديرية #حيران", "#دير_الزور") do not break a cue from its name.
                if cueEnd == i, tokens[i].kind == .punctuation, tokens[i].isScalar("#") || tokens[i].isScalar("_") { cueEnd = i + 1 }
                i += 1
                continue
            }
            if cueEnd != i {
                trigger = nil
                near = false
                pendingCapital = nil
            }
            // (The stems are sliced only where a name or a transliteration is tried: most words need neither.)
            let isStopword = words.isStopword(i)
            let cued = trigger == .town || trigger == .region
            if words.startsName(i), let match = longestName(at: i, stems: words.of(i), text: text, countriesOnly: isStopword, handListedOnly: cued) {
                if case .country(let forms) = match.target, let capital = pendingCapital,
                   let code = forms.first(where: { !$0.isWeak })?.country ?? forms.first?.country,
                   let index = capitalIndex(of: code), !startsName(at: match.end, tokens: tokens, text: text) {
                    // "العاصمة الأفغانية" with no name after it: the country's capital.
                    out.append(PlaceMention(
                        target: .places([index]), key: match.key, tokens: capital.start..<match.end,
                        span: tokens[capital.start].span.union(tokens[match.end - 1].span), sentence: capital.sentence,
                        trigger: .town, isNear: near))
                }
                // (Made in the array, not copied into it.)
                out.append(PlaceMention(
                    target: match.target, key: match.key, tokens: i..<match.end,
                    span: tokens[i].span.union(tokens[match.end - 1].span), sentence: sentence, trigger: trigger, isNear: near,
                    isDateline: isDateline(i..<match.end, tokens: tokens, headEnd: headEnd)))
                out[out.count - 1].isAfterBorder = i < borderUntil
                // A cued one-word name may be the first word of a transliterated two-word name (بولي علم → Pul-e Alam).
                if trigger != nil || near, match.end == i + 1, case .places = match.target,
                   let longer = transliterated(
                       at: i, words: 2, stems: words.of(i), isStopword: isStopword, text: text, sentence: sentence, trigger: trigger, near: near)
                {
                    out.append(longer)
                }
                // An adjective right after a cue keeps the cue alive for a name after it ("العاصمة المالية باماكو").
                if case .country = match.target, cueEnd == i {
                    cueEnd = match.end
                } else {
                    trigger = nil
                    near = false
                    pendingCapital = nil
                }
                i = match.end
                continue
            }
            if let cue = words.cue(i) {
                switch cue {
                case .town, .region, .at: trigger = cue
                case .near: near = true
                case .capital:
                    pendingCapital = (i, sentence)
                    trigger = .town
                case .skip: break
                case .border: borderUntil = i + 5
                }
                cueEnd = i + 1
                i += 1
                continue
            }
            if trigger != nil || near, !isStopword,
               let mention = transliterated(
                   at: i, words: 2, stems: words.of(i), isStopword: isStopword, text: text, sentence: sentence, trigger: trigger, near: near)
                ?? transliterated(
                    at: i, words: 1, stems: words.of(i), isStopword: isStopword, text: text, sentence: sentence, trigger: trigger, near: near)
            {
                out.append(mention)
                i = mention.tokens.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    /// Room reserved for a report's mentions (a report names a few dozen places at most; growing the array one
    /// doubling at a time showed in profiles).
    static let expectedMentions = 32

    /// The word's readings without proclitics, whole word first (و، ب، ل، ال … stripped; suffixes never).
    ///
    /// Proclitic chains with ك (like) or س (future), and ف not followed by ال, are not read off place names: they
    /// fake far more names than they find (كبيرا → بيرا, فرانس → رانس).
    ///
    /// Stems are ranges of the document's scalars with their keys; their strings are built only for a name found
    /// (building a string per stem of every word dominated the profile).
    func stems(of t: Int, in text: AnalyzedText) -> [PlaceStem] {
        var out: [PlaceStem] = []
        text.normalized.scalars.withUnsafeBufferPointer { all in
            Self.appendStems(of: t, range: text.tokens[t].range, key: text.tokens[t].key, segments: text.segments, scalars: all, to: &out)
        }
        return out
    }

    /// One reading of a word for place matching: the range of its normalised scalars left after removing some
    /// proclitics (a range, not a slice, so stems cost no reference counting), and their key.
    struct PlaceStem {
        var range: Range<Int>
        var key: WordKey

        /// The stem's scalars in `text`.
        func scalars(in text: AnalyzedText) -> ArraySlice<Unicode.Scalar> { text.normalized.scalars[range] }

        /// The stem as a string (built on demand).
        func string(in text: AnalyzedText) -> String { MatchKey.string(scalars(in: text)) }

        /// Whether the stem starts with the article ال (as `String.hasPrefix("ال")`, which compares characters).
        func hasArticle(in text: AnalyzedText) -> Bool {
            let scalars = text.normalized.scalars
            let start = range.lowerBound
            guard range.count >= 2, scalars[start] == "\u{0627}", scalars[start + 1] == "\u{0644}" else { return false }
            guard range.count > 2 else { return true }
            // A third scalar that is a plain letter starts a new character; anything else (a combining mark, a joiner)
            // may extend lam's character: let the string decide.
            let third = scalars[start + 2].value
            if (0x0621...0x063A).contains(third) || (0x0641...0x064A).contains(third) { return true }
            return string(in: text).hasPrefix("\u{0627}\u{0644}")
        }
    }

    struct NameMatch {
        var target: PlaceMention.Target
        var key: String
        var end: Int
    }

    /// The longest place or country name starting at token `i` (first word read through `stems`).
    /// With `countriesOnly` (the word is a listed common word), only country forms and multiword names count, and with
    /// `handListedOnly` (a settlement or area noun stands before it) also hand-listed places (إقليم فان).
    ///
    /// Names of several words are looked up by extending the first word's key (`WordKey.appending`); the name's string
    /// is built only for the match returned.
    func longestName(
        at i: Int, stems: ArraySlice<PlaceStem>, text: AnalyzedText, countriesOnly: Bool = false, handListedOnly: Bool = false
    ) -> NameMatch? {
        let tokens = text.tokens
        let places = gazetteer.places
        // The best match so far (its end first, read for every length tried: a tuple holding the target, read through
        // an optional's `map`, retained and released it each time).
        var bestEnd = -1
        var bestTarget: PlaceMention.Target?
        var bestStem = 0
        var bestKey = WordKey(value: 0)
        for k in 0..<stems.count {
            let stem = stems[stems.startIndex + k]
            // A short stem left by stripping a clitic (وفدا → فدا) names only a sizeable or hand-listed place.
            // Which numbers of words the names starting with the stem have: the name tables are tried only there.
            let (longest, lengths) = gazetteer.nameLengths(startingWith: stem.key)
            guard longest > 0 else { continue }
            let shortStripped = k > 0 && stem.range.count <= 3 && !stem.hasArticle(in: text)
            var key = stem.key
            var end = i + 1
            var n = 1
            while true {
                // (A key that is no name at all is neither a country form nor a place: one probe instead of two.)
                if end > bestEnd, Gazetteer.hasName(ofWords: n, in: lengths), gazetteer.hasName(forKey: key) {
                    let forms = gazetteer.countryForms(forKey: key)
                    if !forms.isEmpty {
                        (bestTarget, bestStem, bestEnd, bestKey) = (.country(forms), k, end, key)
                    } else if !countriesOnly || n > 1 || handListedOnly {
                        var indexes = gazetteer.placeIndexes(forKey: key)
                        // (Filtered only when some entry fails: most lists pass whole, and a filter builds an array.)
                        if countriesOnly && n == 1 && indexes.contains(where: { places[$0].geonameID != nil }) {
                            indexes = indexes.filter { places[$0].geonameID == nil }
                        }
                        if shortStripped && n == 1 {
                            let minimum = configuration.strippedShortNameMinimumPopulation
                            if indexes.contains(where: { places[$0].geonameID != nil && places[$0].population < minimum }) {
                                indexes = indexes.filter { places[$0].geonameID == nil || places[$0].population >= minimum }
                            }
                        }
                        if !indexes.isEmpty { (bestTarget, bestStem, bestEnd, bestKey) = (.places(indexes), k, end, key) }
                    }
                }
                guard n < longest, end < tokens.count, tokens[end].kind == .word, adjacent(tokens[end - 1], tokens[end]) else { break }
                key = text.normalized.scalars.withUnsafeBufferPointer { all in
                    key.appending(" ").appending(scalars: UnsafeBufferPointer(rebasing: all[tokens[end].range]))
                }
                end += 1
                n += 1
            }
        }
        guard let bestTarget else { return nil }
        // The name as matched: the stem, then the following words' texts, one space apart. That is the gazetteer's
        // name of the key matched (the key hashes those scalars), taken from the gazetteer rather than built.
        let name = gazetteer.name(forKey: bestKey)
            ?? nameString(stem: stems[stems.startIndex + bestStem].range, words: (i + 1)..<bestEnd, text: text)
        return NameMatch(target: bestTarget, key: name, end: bestEnd)
    }

    /// The scalars `stem` of the document, then the texts of the tokens `words`, one space before each, as one string
    /// (built at once: no string per word and no concatenation).
    func nameString(stem: Range<Int>, words: Range<Int>, text: AnalyzedText) -> String {
        // (One word, most names: the text layer's string of a range, short ones encoded on the stack.)
        if words.isEmpty { return text.normalized.string(stem) }
        return text.normalized.scalars.withUnsafeBufferPointer { all in
            text.tokens.withUnsafeBufferPointer { tokens in
                var bytes = 0
                for k in stem { bytes += UTF8.width(all[k]) }
                for t in words {
                    bytes += 1
                    for k in tokens[t].range { bytes += UTF8.width(all[k]) }
                }
                return String(unsafeUninitializedCapacity: bytes) { buffer in
                    var n = 0
                    func write(_ range: Range<Int>) {
                        for k in range {
                            let v = all[k].value
                            if v >= 0x80 && v < 0x800 {
                                buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                                buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                                n += 2
                            } else {
                                UTF8.encode(all[k]) { byte in
                                    buffer[n] = byte
                                    n += 1
                                }
                            }
                        }
                    }
                    write(stem)
                    for t in words {
                        buffer[n] = 0x20
                        n += 1
                        write(tokens[t].range)
                    }
                    return n
                }
            }
        }
    }

    /// Two words separated only by white space or a hyphen (not by a comma or a line break).
    func adjacent(_ a: Token, _ b: Token) -> Bool { b.range.lowerBound - a.range.upperBound <= 3 }

    /// Whether a name starts at token `i` (used to tell "العاصمة المالية باماكو" from "العاصمة المالية").
    func startsName(at i: Int, tokens: [Token], text: AnalyzedText) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        let stems = self.stems(of: i, in: text)[...]
        if longestName(at: i, stems: stems, text: text) != nil { return true }
        return stems.contains {
            let skeleton = TransliterationKey.arabic($0.string(in: text))
            return skeleton.utf8.count >= 3 && !gazetteer.placeIndexes(forSkeleton: skeleton).isEmpty
        }
    }

    /// The index of the capital of `code` in `gazetteer.places`.
    /// (Looked up directly: a search by the capital's transliteration skeleton missed capitals with short skeletons,
    /// Cairo -> "kr".)
    func capitalIndex(of code: String) -> Int? { gazetteer.capitalIndex(of: code) }

    /// A name is a dateline when it is followed by a comma, dash, bracket or colon and either is among the first two
    /// words of the text ("القاهرة - ") or lies in the dateline head (`datelineEnd`): "باريس، فرنسا (CNN)--",
    /// "فلان - الصحيفة - مكة المكرمة:".
    func isDateline(_ mention: PlaceMention, tokens: [Token], headEnd: Int? = nil) -> Bool {
        isDateline(mention.tokens, tokens: tokens, headEnd: headEnd)
    }

    /// As `isDateline(_:tokens:headEnd:)` for a name over the tokens `range`.
    func isDateline(_ range: Range<Int>, tokens: [Token], headEnd: Int? = nil) -> Bool {
        guard range.lowerBound <= 1 || range.upperBound <= (headEnd ?? -1), range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound]
        guard next.kind == .punctuation else { return false }
        let c = next.first.value
        return c == 0x2C || c == 0x060C || c == 0x2D || c == 0x28 || c == 0x3A || c == 0x2013 || c == 0x2014
    }

    /// An opening bracket that holds an agency or outlet: a Latin name ("(CNN)") or any name closed by a bracket that a
    /// dash follows ("(رويترز) -"). A bracket in a sentence ("في بغداد (العراق)") is not one.
    func isAgencyBracket(at t: Int, _ tokens: [Token]) -> Bool {
        guard t + 1 < tokens.count else { return false }
        let first = tokens[t + 1].first
        if first.isASCII, first.properties.isAlphabetic { return true }
        var k = t + 1
        while k < tokens.count && k <= t + 4 {
            if tokens[k].kind == .punctuation && tokens[k].first == ")" {
                return k + 1 < tokens.count && tokens[k + 1].kind == .punctuation && [0x2D, 0x2013, 0x2014].contains(tokens[k + 1].first.value)
            }
            k += 1
        }
        return false
    }

    /// Most words a dateline head may have before its closing mark.
    static let datelineHeadWords = 8

    /// The token index of the mark that closes a dateline head — a colon, an opening bracket (an agency: "(CNN)"), a
    /// double hyphen or a dash — among the first `datelineHeadWords` words of the text, if there is one.
    func datelineEnd(_ tokens: [Token]) -> Int? {
        var words = 0
        for (t, token) in tokens.enumerated() {
            if token.kind == .word {
                words += 1
                if words > Self.datelineHeadWords { return nil }
                continue
            }
            guard token.kind == .punctuation, words > 0 else { continue }
            let c = token.first.value
            let doubleHyphen = c == 0x2D && (token.range.count > 1 || (t + 1 < tokens.count && tokens[t + 1].first == "-"))
            if c == 0x3A || c == 0x2013 || c == 0x2014 || doubleHyphen || (c == 0x28 && isAgencyBracket(at: t, tokens)) { return t }
        }
        return nil
    }

    /// `words` words from token `i` with no exact name, read through the transliteration key (the first word through
    /// its `stems`); resolved later against the context.
    func transliterated(
        at i: Int, words: Int, stems: ArraySlice<PlaceStem>, isStopword: Bool, text: AnalyzedText, sentence: Int, trigger: PlaceCue?,
        near: Bool
    ) -> PlaceMention? {
        // A stem that is a listed common word (`Words.isStopword`) is no name.
        if isStopword { return nil }
        let tokens = text.tokens
        for k in 1..<words {
            let t = i + k
            guard t < tokens.count, tokens[t].kind == .word, adjacent(tokens[t - 1], tokens[t]) else { return nil }
            // A short second word is a particle (أسفر عن), not half of a name; a listed common word, a cue or a country
            // form is none either (one probe of the word roles: a country form is a name start).
            let word = tokens[t].key
            if tokens[t].range.count < 3 { return nil }
            let roles = gazetteer.roleBits.bits(of: word)
            if roles & (Words.stopword | Words.cue) != 0 || (roles & Words.nameStart != 0 && !gazetteer.countryForms(forKey: word).isEmpty) {
                return nil
            }
        }
        // The following words' texts, one space before each (built only for a stem whose skeleton names places).
        func rest() -> String {
            var rest = ""
            for k in 1..<words { rest += " " + text.normalized.text(of: tokens[i + k]) }
            return rest
        }
        // The following words are the tokens after `i`, read through buffers with the scalars (no slice or array per try).
        return text.normalized.scalars.withUnsafeBufferPointer { all -> PlaceMention? in
            tokens.withUnsafeBufferPointer { tokenBuffer -> PlaceMention? in
                let restTokens = UnsafeBufferPointer(rebasing: tokenBuffer[(i + 1)..<(i + words)])
                for stem in stems where stem.range.count >= configuration.transliterationMinimumLetters || words > 1 {
                    // The skeleton's key from the scalars when they are plain letters; the name's string only for a place found.
                    let skeleton: (key: WordKey, count: Int)
                    let plain: Bool
                    if let key = TransliterationKey.arabicKey(scalars: all, first: stem.range, rest: restTokens) {
                        skeleton = key
                        plain = true
                    } else {
                        let string = TransliterationKey.arabic(stem.string(in: text) + rest())
                        skeleton = (WordKey(string), string.utf8.count)
                        plain = false
                    }
                    guard skeleton.count >= 3 else { continue }
                    let candidates = gazetteer.placeIndexes(forSkeletonKey: skeleton.key)
                    guard !candidates.isEmpty else { continue }
                    // Skeletons ignore vowels: keep the places whose names the Arabic spelling resembles, best match
                    // first (most populous among equals), so that "حالة حرجة" is no Largo. (The romanisation's letters
                    // are compared with the letters of the places' names, made at load; the name's string is built only
                    // for a place kept.)
                    let minimum = configuration.transliterationMinimumSimilarity
                    var scored: [(index: Int, similarity: Double)] = []
                    if plain {
                        ArabicRomanizer.withComparisonLetters(scalars: all, first: stem.range, rest: restTokens) { letters in
                            gazetteer.appendPlaces(resembling: letters, among: candidates, minimum: minimum, to: &scored)
                        }
                    } else {
                        let romanized = Array(ArabicRomanizer.romanize(stem.string(in: text) + rest()).utf8)
                        ArabicRomanizer.comparisonLetters(ofRomanized: romanized).withUnsafeBufferPointer { letters in
                            gazetteer.appendPlaces(resembling: letters, among: candidates, minimum: minimum, to: &scored)
                        }
                    }
                    guard !scored.isEmpty else { continue }
                    // Best rounded similarity first, earlier candidates first among equals: a stable insertion sort
                    // (a few candidates; the order is total, so it is the one any sort by that order gives).
                    for j in scored.indices.dropFirst() {
                        let x = scored[j]
                        let rank = (x.similarity * 20).rounded()
                        var k = j
                        while k > 0 && (scored[k - 1].similarity * 20).rounded() < rank {
                            scored[k] = scored[k - 1]
                            k -= 1
                        }
                        scored[k] = x
                    }
                    let places = scored.map { $0.index }
                    let key = nameString(stem: stem.range, words: (i + 1)..<(i + words), text: text)
                    return PlaceMention(
                        target: .places(places), key: key, tokens: i..<(i + words), span: tokens[i].span.union(tokens[i + words - 1].span),
                        sentence: sentence, trigger: trigger, isNear: near, viaTransliteration: true)
                }
                return nil
            }
        }
    }
}
