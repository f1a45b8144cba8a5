import ArabicText
import EventModel
import Lexicon

// MARK: - Places the gazetteer lacks

extension PlaceResolver {
    /// Names after a settlement or area noun that the gazetteer lacks (or has only in a country the document gives no
    /// other sign of), as unlisted places of the `context` country, and the indexes of `mentions` they replace (the
    /// homonyms abroad and transliteration collisions that stood for them). References are left unset.
    ///
    /// A name is one word, or an indefinite word and a definite one (خب الشعف). It is not a listed common word, a cue,
    /// a country form, or an indefinite feminine nisba adjective (منطقة عسكرية). After a `located` noun (منطقة، حي)
    /// a direction word or a known place must follow the name, unless the name is a gazetteer name abroad.
    func unlistedPlaces(in text: AnalyzedText, mentions: [PlaceMention], context: String?) -> (places: [UnlistedPlace], replaced: Set<Int>) {
        unlistedPlaces(in: text, words: words(of: text), mentions: mentions, context: context)
    }

    /// As `unlistedPlaces(in:mentions:context:)`, with the document's word stems computed already.
    func unlistedPlaces(in text: AnalyzedText, words: Words, mentions: [PlaceMention], context: String?)
        -> (places: [UnlistedPlace], replaced: Set<Int>)
    {
        guard let context else { return ([], []) }
        let tokens = text.tokens
        // (Arrays over the tokens, not a dictionary and a set: they were looked up for every word.)
        // (The mentions starting at a token are found by walking the mentions, a few dozen at most, where a cue asks:
        // arrays over all the tokens cost more to make than the few lookups.)
        var out: [UnlistedPlace] = []
        var replaced: Set<Int> = []
        var sentence = 0
        var t = 0
        while t < tokens.count {
            // (Most words are no settlement or area noun: the flag, set with the stems, skips them at once.)
            t = words.next(withFlags: Words.unlistedCue, from: t)
            guard t < tokens.count else { break }
            defer { t += 1 }
            guard tokens[t].kind == .word, Self.mention(startingAt: t, in: mentions) == nil else { continue }
            let stems = words.of(t)
            // The noun must be indefinite, the first term of a construct (بلدة X، بمديرية X): after a definite one
            // (البلدة التي، المنطقة ذاتها) an adjective or a relative clause follows, not a name.
            // (A loop, not a lazy closure, which would copy the resolver for every word.)
            var found: (cue: PlaceCue, condition: UnlistedNameCue)?
            for stem in stems {
                guard let condition = gazetteer.unlistedCue(forKey: stem.key), !isDefinite(stem, in: text),
                      let cue = gazetteer.cue(forKey: stem.key)
                else { continue }
                found = (cue, condition)
                break
            }
            guard let (cue, condition) = found, cue == .town || cue == .region else { continue }
            // The name's first word: right after the cue, or after a hashtag mark (مديرية #حيران).
            var n = t + 1
            while n < tokens.count, tokens[n].kind == .punctuation, tokens[n].isScalar("#") || tokens[n].isScalar("_") { n += 1 }
            guard n < tokens.count, tokens[n].kind == .word, n > t + 1 || adjacent(tokens[t], tokens[n]) else { continue }
            let near = isNearCue(before: t, tokens: tokens, words: words)
            var name: String
            var key: String
            var end: Int
            var abroad = false
            if let m = Self.mention(startingAt: n, in: mentions) {
                guard !isKnown(startingAt: n, mentions: mentions, context: context), case .places(let picks) = mentions[m].target,
                      let pick = picks.first
                else { continue }
                let place = gazetteer.places[pick]
                if mentions[m].viaTransliteration {
                    key = mentions[m].key
                    name = ArabicRomanizer.romanize(key)
                } else {
                    // An exact name (a whole word of four letters or more) of a place in a far country the text says
                    // nothing else of: a homonym. A place in a neighbour may be a real place across the border.
                    guard !Self.isEvidenced(place.country, by: mentions), mentions[m].key.unicodeScalars.count >= 4,
                          mentions[m].key == PlaceKey.normalise(text.normalized.text(of: tokens[n])), let capital = capitalIndex(of: context),
                          GeoDistance.kilometres(place.latitude, place.longitude, gazetteer.places[capital].latitude,
                                                 gazetteer.places[capital].longitude) >= configuration.homonymAbroadKilometres
                    else { continue }
                    key = mentions[m].key
                    name = place.name
                    abroad = true
                }
                end = mentions[m].tokens.upperBound
                replaced.insert(m)
            } else {
                // After a district noun, an indefinite word and a definite one make one name (construct: برط العنان،
                // خب الشعف); only such a name may start with a two-letter word.
                guard let first = unlistedWord(at: n, text: text, minimumLetters: 2) else { continue }
                key = first
                end = n + 1
                if cue == .region, !Self.hasPrefix(first, "\u{0627}\u{0644}"), end < tokens.count, tokens[end].kind == .word,
                   adjacent(tokens[n], tokens[end]), Self.mention(startingAt: end, in: mentions) == nil,
                   let second = unlistedWord(at: end, text: text),
                   Self.hasPrefix(second, "\u{0627}\u{0644}"), !Self.hasSuffix(second, "\u{064A}"),
                   !Self.hasSuffix(second, "\u{064A}\u{0647}") {
                    // (A definite nisba, جبل توانه الاستراتيجي, is an adjective, not the second word of a name.)
                    key += " " + second
                    end += 1
                } else if first.unicodeScalars.count < 3 {
                    continue
                }
                name = ArabicRomanizer.romanize(key)
            }
            if condition == .located && !abroad && !isLocated(after: end, tokens: tokens, text: text, words: words, mentions: mentions) { continue }
            guard !name.isEmpty else { continue }
            let span = tokens[n].span.union(tokens[end - 1].span)
            // The sentence of the cue (found only for a place kept: `t` only grows, so it is the same as tracking it).
            while sentence + 1 < text.sentences.count && text.sentences[sentence].upperBound <= t { sentence += 1 }
            out.append(UnlistedPlace(
                key: key, written: text.quote(span), name: name, tokens: n..<end, span: span, sentence: sentence, trigger: cue,
                isNear: near, country: context, reference: nil))
            t = end - 1
        }
        return (out, replaced)
    }

    /// The first of `mentions` (an exact one before a transliteration) that starts at token `t`.
    static func mention(startingAt t: Int, in mentions: [PlaceMention]) -> Int? {
        for m in mentions.indices where mentions[m].tokens.lowerBound == t { return m }
        return nil
    }

    /// Whether a mention of a country, or of a place in the `context` country, starts at token `t`.
    func isKnown(startingAt t: Int, mentions: [PlaceMention], context: String) -> Bool {
        let places = gazetteer.places
        for m in mentions.indices where mentions[m].tokens.lowerBound == t {
            switch mentions[m].target {
            case .country: return true
            case .places(let picks):
                for pick in picks where places[pick].country == context { return true }
            }
        }
        return false
    }

    /// Whether a strong (not weak) country form of `mentions` names `country`.
    static func isEvidenced(_ country: String, by mentions: [PlaceMention]) -> Bool {
        for m in mentions.indices {
            guard case .country(let forms) = mentions[m].target else { continue }
            for f in forms where !f.isWeak && f.country == country { return true }
        }
        return false
    }

    /// The matching form of word `i` when it may be (part of) an unlisted name, else nil.
    func unlistedWord(at i: Int, text: AnalyzedText, minimumLetters: Int = 3) -> String? {
        let word = text.tokens[i].key
        // A word of plain letters is its own matching form, and each of its scalars is one character: it is read by
        // scalars, and its string built only when it is returned (the same tests as below, on strings).
        if let r = plainLetters(ofToken: i, in: text) {
            let scalars = text.normalized.scalars
            let n = r.count, s = r.lowerBound
            if n >= 2 && scalars[s] == "\u{0644}" && scalars[s + 1] == "\u{0644}" { return nil }
            guard n >= minimumLetters, !gazetteer.isStopword(word), gazetteer.cue(forKey: word) == nil,
                  gazetteer.countryForms(forKey: word).isEmpty
            else { return nil }
            if n >= 4 && scalars[s] == "\u{0627}" && scalars[s + 1] == "\u{0644}" {
                let bare = WordKey(scalars: scalars[(s + 2)..<r.upperBound])
                if gazetteer.isStopword(bare) || gazetteer.cue(forKey: bare) != nil || !gazetteer.countryForms(forKey: bare).isEmpty { return nil }
            } else if n >= 2 && scalars[r.upperBound - 2] == "\u{064A}" && scalars[r.upperBound - 1] == "\u{0647}" {
                return nil
            }
            return text.normalized.text(of: text.tokens[i])
        }
        let string = text.normalized.text(of: text.tokens[i])
        let key = PlaceKey.normalise(string)
        let letters = key.unicodeScalars.count
        // "لل" is the preposition ل on the article (مخيم للنازحين: a camp for the displaced), not a name.
        if key.hasPrefix("\u{0644}\u{0644}") { return nil }
        guard letters >= minimumLetters, !gazetteer.isStopword(word), gazetteer.cue(forKey: word) == nil, gazetteer.countryForms(forKey: word).isEmpty
        else { return nil }
        if let bare = PlaceKey.withoutArticle(key) {
            if gazetteer.isStopword(bare) || gazetteer.cue(forKey: bare) != nil || !gazetteer.countryForms(forKey: bare).isEmpty { return nil }
        } else if key.hasSuffix("\u{064A}\u{0647}") {
            return nil  // an indefinite feminine nisba adjective: عسكرية، سكنية
        }
        return key
    }

    /// The scalars of token `t` when they are all plain Arabic letters (`TransliterationKey.isPlainLetter`): then the
    /// token's text is its own matching form and every scalar of it is a character of its own.
    func plainLetters(ofToken t: Int, in text: AnalyzedText) -> Range<Int>? {
        let range = text.tokens[t].range
        let scalars = text.normalized.scalars
        for k in range where !TransliterationKey.isPlainLetter(scalars[k].value) { return nil }
        return range
    }

    /// `string.hasPrefix(prefix)`, read by scalars when `string` is in matching form (`PlaceKey.isNormal`: plain letters
    /// and single spaces, each scalar a character of its own), for a `prefix` of plain letters.
    static func hasPrefix(_ string: String, _ prefix: String) -> Bool {
        guard PlaceKey.isNormal(string) else { return string.hasPrefix(prefix) }
        var it = string.unicodeScalars.makeIterator()
        for p in prefix.unicodeScalars where it.next() != p { return false }
        return true
    }

    /// `string.hasSuffix(suffix)` as `hasPrefix(_:_:)`.
    static func hasSuffix(_ string: String, _ suffix: String) -> Bool {
        guard PlaceKey.isNormal(string) else { return string.hasSuffix(suffix) }
        var it = string.unicodeScalars.reversed().makeIterator()
        for p in suffix.unicodeScalars.reversed() where it.next() != p { return false }
        return true
    }

    /// Whether a nearness cue stands just before token `t` (قرب بلدة، بالقرب من قرية).
    func isNearCue(before t: Int, tokens: [Token], words: Words) -> Bool {
        var k = t - 1
        var seen = 0
        while k >= 0 && seen < 2 {
            if tokens[k].kind == .word {
                seen += 1
                let cues = words.of(k).compactMap { gazetteer.cue(forKey: $0.key) }
                if cues.contains(.near) { return true }
                if !cues.contains(.skip) { return false }
            }
            k -= 1
        }
        return false
    }

    /// Whether the stem was read off a word after its article ال (المنطقة → منطقة).
    func isDefinite(_ stem: PlaceStem, in text: AnalyzedText) -> Bool {
        let start = stem.range.lowerBound
        let scalars = text.normalized.scalars
        return start >= 2 && scalars[start - 2] == "\u{0627}" && scalars[start - 1] == "\u{0644}"
    }

    /// Whether the next word after token `end` (past one definite nisba adjective) is a direction word, a known place or
    /// country, or a settlement or area noun ("حي X بمدينة Y").
    func isLocated(after end: Int, tokens: [Token], text: AnalyzedText, words: Words, mentions: [PlaceMention]) -> Bool {
        var k = end
        var seen = 0
        var skippedAdjective = false
        while k < tokens.count && seen < 1 {
            if tokens[k].kind == .word {
                // One definite nisba adjective may stand between (جبل X الاستراتيجي شمال …). (A word of plain letters is
                // read by scalars, as `unlistedWord` reads it.)
                let isNisba: Bool
                if let r = plainLetters(ofToken: k, in: text) {
                    let scalars = text.normalized.scalars
                    let end = r.upperBound
                    isNisba = r.count >= 2 && scalars[r.lowerBound] == "\u{0627}" && scalars[r.lowerBound + 1] == "\u{0644}"
                        && (scalars[end - 1] == "\u{064A}" || (scalars[end - 2] == "\u{064A}" && scalars[end - 1] == "\u{0647}"))
                } else {
                    let key = PlaceKey.normalise(text.normalized.text(of: tokens[k]))
                    isNisba = key.hasPrefix("\u{0627}\u{0644}") && (key.hasSuffix("\u{064A}") || key.hasSuffix("\u{064A}\u{0647}"))
                }
                if !skippedAdjective, Self.mention(startingAt: k, in: mentions) == nil, isNisba {
                    skippedAdjective = true
                    k += 1
                    continue
                }
                seen += 1
                if Self.mention(startingAt: k, in: mentions) != nil { return true }
                if words.of(k).contains(where: {
                    let cue = gazetteer.cue(forKey: $0.key)
                    return cue == .near || cue == .town || cue == .region
                }) {
                    return true
                }
            } else if tokens[k].kind != .punctuation || tokens[k].isScalar(".") {
                return false
            }
            k += 1
        }
        return false
    }

    /// The known place an unlisted place is told against: named after it in its sentence (within a dozen words), else
    /// before it in its sentence, else last in the sentence before. Places abroad and datelines do not count.
    func reference(for place: UnlistedPlace, mentions: [PlaceMention]) -> Int? {
        func usable(_ m: PlaceMention) -> Bool {
            guard !m.isDateline, case .places(let p) = m.target, let pick = p.first else { return false }
            return gazetteer.places[pick].country == place.country
        }
        if let after = mentions.indices.first(where: {
            mentions[$0].sentence == place.sentence && mentions[$0].tokens.lowerBound >= place.tokens.upperBound
                && mentions[$0].tokens.lowerBound <= place.tokens.upperBound + 12 && usable(mentions[$0])
        }) {
            return after
        }
        if let before = mentions.indices.last(where: {
            mentions[$0].sentence == place.sentence && mentions[$0].tokens.upperBound <= place.tokens.lowerBound && usable(mentions[$0])
        }) {
            return before
        }
        return mentions.indices.last { mentions[$0].sentence == place.sentence - 1 && usable(mentions[$0]) }
    }

    /// The location of an unlisted place: its reference's coordinates (precision 2), else its country's capital's
    /// (precision 3); nil when neither is known.
    func makeLocation(unlisted u: UnlistedPlace, mentions: [PlaceMention]) -> EventLocation? {
        let place: GazetteerPlace
        let precision: Int
        if let r = u.reference, case .places(let picks) = mentions[r].target, let pick = picks.first {
            place = gazetteer.places[pick]
            precision = 2
        } else if let capital = capitalIndex(of: u.country) {
            place = gazetteer.places[capital]
            precision = 3
        } else {
            return nil
        }
        return EventLocation(
            name: u.name, nameArabic: u.written, admin1: place.level == .region ? place.name : place.admin1, country: u.country,
            latitude: place.latitude, longitude: place.longitude, precision: precision, span: u.span)
    }

    /// Location score of an unlisted place, as a cued town's in `chooseLocation`.
    func score(unlisted u: UnlistedPlace) -> Double {
        weight(ofSentence: u.sentence) + configuration.townBonus * (u.isNear ? 0.5 : 1)
            + (u.trigger == .town ? configuration.townCueBonus : configuration.districtCueBonus)
    }

    /// Whether unlisted place `u` lies inside or beside the known place `outer`: its reference is that place or a place
    /// that refines it.
    func refines(unlisted u: UnlistedPlace, outer: (mention: PlaceMention, place: Int), mentions: [PlaceMention]) -> Bool {
        guard let r = u.reference, case .places(let picks) = mentions[r].target, let pick = picks.first else { return false }
        return pick == outer.place || refines(inner: (mentions[r], pick), outer: outer)
    }
}
