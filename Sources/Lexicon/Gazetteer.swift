import ArabicText

/// Places, countries and place cue words, indexed by the normalised Arabic key (`PlaceKey`) and by the transliteration
/// skeleton (`TransliterationKey`). Built once from the data files under `gazetteer/` and shared read-only.
public struct Gazetteer: Sendable {
    /// All places; indexes below point into this array.
    public let places: [GazetteerPlace]
    /// Normalised Arabic name (one or more words) -> place indexes, most populous first.
    /// (Lookups on the hot path are keyed by `WordKey`, the FNV hash of the key's scalars, in `WordKeyTable`s: hashing
    /// a `String` with Unicode normalisation per lookup dominated profiles, and `Dictionary` hashes the key again.)
    @usableFromInline let placesByKey: WordKeyTable<[Int]>
    /// Transliteration skeleton of the English/GeoNames name -> place indexes, most populous first.
    @usableFromInline let placesBySkeleton: WordKeyTable<[Int]>
    /// Normalised country name or adjective form -> countries it names.
    @usableFromInline let countryFormsByKey: WordKeyTable<[CountryForm]>
    /// Normalised cue word -> role.
    @usableFromInline let cuesByKey: WordKeyTable<PlaceCue>
    /// Normalised cue word -> whether a name the gazetteer lacks may follow it.
    @usableFromInline let unlistedCuesByKey: WordKeyTable<UnlistedNameCue>
    let countriesByCode: [String: GazetteerCountry]
    /// Normalised words that are never places (place_stopwords.txt).
    @usableFromInline let stopKeys: WordKeyTable<Bool>
    /// Country code -> index of its capital in `places`.
    let capitalByCountry: [String: Int]
    /// The largest number of words in any indexed name (countries included).
    public let maxNameWords: Int
    /// First word of every indexed name or country form -> the most words a name starting with it has (the low 16
    /// bits) and which numbers of words such names have (bit 16 + n - 1 for n words; `nameLengths(startingWith:)`).
    @usableFromInline let firstWords: WordKeyTable<Int>
    /// Every normalised place name and country form -> itself (`name(forKey:)`).
    @usableFromInline let namesByKey: WordKeyTable<String>
    /// Every word that starts a name, is a stopword or a cue -> all of these roles (`roles(ofWord:)`).
    @usableFromInline let wordRoles: WordKeyTable<GazetteerWordRoles>
    /// The same roles as one byte a word, for loops over every word of a document (`GazetteerRoleBits.withProbe`).
    public let roleBits: GazetteerRoleBits
    /// Per place (parallel to `places`): the `WordKey` of the transliteration skeleton of its source name in its
    /// country's spelling (`TransliterationKey.latin(sourceName, country:)`), made once at load where the skeleton
    /// index is built (the resolver looks places' namesakes up by it).
    let sourceSkeletonKeys: [WordKey]
    /// Per place, the letters `ArabicRomanizer.similarity` compares of its published name
    /// (`ArabicRomanizer.comparisonLetters(ofLatin:)`): place `i`'s are `nameLetters[nameLetterStarts[i]..<nameLetterStarts[i + 1]]`.
    let nameLetters: [UInt8]
    let nameLetterStarts: [Int32]
    /// Per place, the matching keys (`PlaceKey.normalise`) of its `arabicNames`, in order: place `i`'s are
    /// `arabicNameKeys[arabicNameKeyStarts[i]..<arabicNameKeyStarts[i + 1]]` (made at load: normalising names with hamza
    /// or teh marbuta whenever a location's Arabic name was picked showed in profiles).
    let arabicNameKeys: [String]
    let arabicNameKeyStarts: [Int32]

    init(
        places: [GazetteerPlace], placesByKey: [ByteKey: [Int]], placesBySkeleton: [ByteKey: [Int]],
        countryFormsByKey: [String: [CountryForm]], cuesByKey: [String: PlaceCue], countriesByCode: [String: GazetteerCountry],
        capitalByCountry: [String: Int], stopKeys: Set<ByteKey>, unlistedCuesByKey: [String: UnlistedNameCue] = [:],
        sourceSkeletons: [String]? = nil, arabicNameKeys: [[String]]? = nil
    ) {
        func keyed<V>(_ d: [String: V]) -> WordKeyTable<V> {
            var out = WordKeyTable<V>(capacity: d.count)
            for (k, v) in d { out[WordKey(k)] = v }
            return out
        }
        func keyed<V>(_ d: [ByteKey: V]) -> WordKeyTable<V> {
            var out = WordKeyTable<V>(capacity: d.count)
            for (k, v) in d { out[WordKey(k.string)] = v }
            return out
        }
        var stops = WordKeyTable<Bool>(capacity: stopKeys.count)
        for k in stopKeys { stops[WordKey(k.string)] = true }
        self.stopKeys = stops
        self.places = places
        let skeletons = sourceSkeletons ?? places.map { TransliterationKey.latin($0.sourceName, country: $0.country) }
        sourceSkeletonKeys = skeletons.map { WordKey($0) }
        var letters: [UInt8] = []
        var letterStarts: [Int32] = [0]
        letterStarts.reserveCapacity(places.count + 1)
        // (By index, fields read in place: a copy of each place retained and released all its strings.)
        for i in places.indices {
            ArabicRomanizer.appendComparisonLetters(ofLatin: places[i].name, to: &letters)
            letterStarts.append(Int32(letters.count))
        }
        nameLetters = letters
        nameLetterStarts = letterStarts
        var nameKeys: [String] = []
        var nameKeyStarts: [Int32] = [0]
        nameKeyStarts.reserveCapacity(places.count + 1)
        for i in places.indices {
            // (The loader's keys when it gives them for every name of the place.)
            if let keys = arabicNameKeys, i < keys.count, keys[i].count == places[i].arabicNames.count {
                nameKeys += keys[i]
            } else {
                nameKeys += places[i].arabicNames.map { PlaceKey.normalise($0) }
            }
            nameKeyStarts.append(Int32(nameKeys.count))
        }
        self.arabicNameKeys = nameKeys
        arabicNameKeyStarts = nameKeyStarts
        self.placesByKey = keyed(placesByKey)
        var names = WordKeyTable<String>(capacity: placesByKey.count + countryFormsByKey.count)
        for k in placesByKey.keys { names[WordKey(k.string)] = k.string }
        for k in countryFormsByKey.keys { names[WordKey(k)] = k }
        namesByKey = names
        self.placesBySkeleton = keyed(placesBySkeleton)
        self.countryFormsByKey = keyed(countryFormsByKey)
        self.cuesByKey = keyed(cuesByKey)
        self.unlistedCuesByKey = keyed(unlistedCuesByKey)
        self.countriesByCode = countriesByCode
        self.capitalByCountry = capitalByCountry
        var firstWords: [ByteKey: Int] = [:]
        var lengthBits: [ByteKey: Int] = [:]
        for key in placesByKey.keys.map(\.string) + countryFormsByKey.keys {
            let words = key.split(separator: " ")
            guard let first = words.first else { continue }
            let firstKey = ByteKey(String(first))
            firstWords[firstKey] = max(firstWords[firstKey] ?? 0, words.count)
            lengthBits[firstKey, default: 0] |= words.count <= Self.lengthBitCount ? 1 << (words.count - 1) : Self.allLengths
        }
        var packed = WordKeyTable<Int>(capacity: firstWords.count)
        for (k, n) in firstWords { packed[WordKey(k.string)] = Swift.min(n, 0xFFFF) | (lengthBits[k] ?? Self.allLengths) << 16 }
        self.firstWords = packed
        self.maxNameWords = firstWords.values.max() ?? 1
        var roles: [ByteKey: GazetteerWordRoles] = [:]
        for (k, n) in firstWords { roles[k, default: GazetteerWordRoles()].longestName = n }
        for k in stopKeys { roles[k, default: GazetteerWordRoles()].isStopword = true }
        for (k, c) in cuesByKey { roles[ByteKey(k), default: GazetteerWordRoles()].cue = c }
        for (k, c) in unlistedCuesByKey { roles[ByteKey(k), default: GazetteerWordRoles()].unlistedCue = c }
        let wordRoles = keyed(roles)
        self.wordRoles = wordRoles
        roleBits = GazetteerRoleBits(wordRoles.allKeys.compactMap { key in wordRoles[key].map { (key, $0) } })
    }

    // MARK: - Lookup

    /// Indexes of places whose normalised Arabic name is exactly `key` (see `PlaceKey.normalise`), most populous first.
    public func placeIndexes(forKey key: String) -> [Int] { placeIndexes(forKey: WordKey(key)) }

    /// As `placeIndexes(forKey:)`, by the key's `WordKey` (matchers hash words without building strings).
    @inlinable
    public func placeIndexes(forKey key: WordKey) -> [Int] { placesByKey[key] ?? [] }

    /// Places whose normalised Arabic name is exactly `key`, most populous first.
    public func places(forKey key: String) -> [GazetteerPlace] { placeIndexes(forKey: key).map { places[$0] } }

    /// Indexes of places whose Latin name has the transliteration skeleton `skeleton`, most populous first.
    public func placeIndexes(forSkeleton skeleton: String) -> [Int] { placesBySkeleton[WordKey(skeleton)] ?? [] }

    /// The places sharing the transliteration skeleton of place `index`'s source name in its country's spelling
    /// (`placeIndexes(forSkeleton: TransliterationKey.latin(places[index].sourceName, country: places[index].country))`,
    /// with the skeleton made at load), most populous first; the place itself among them when its skeleton is indexed.
    public func placeIndexes(sharingSourceSkeletonOf index: Int) -> [Int] { placesBySkeleton[sourceSkeletonKeys[index]] ?? [] }

    /// As `placeIndexes(forSkeleton:)`, by the skeleton's `WordKey` (`TransliterationKey.arabicKey(normalizedWords:)`).
    @inlinable
    public func placeIndexes(forSkeletonKey key: WordKey) -> [Int] { placesBySkeleton[key] ?? [] }

    /// Appends to `scored`, in the order of `candidates`, each candidate place whose published name has an
    /// `ArabicRomanizer.similarity` of at least `minimum` to a romanisation whose comparison letters are `letters`
    /// (`ArabicRomanizer.comparisonLetters(ofRomanized:)`), with that similarity: as `similarity(letters:latin:minimum:)`
    /// for each, with the names' letters made at load and the romanisation's bit masks made once for all candidates.
    public func appendPlaces(
        resembling a: UnsafeBufferPointer<UInt8>, among candidates: [Int], minimum: Double, to scored: inout [(index: Int, similarity: Double)]
    ) {
        let m = a.count
        guard m > 0 else {
            if 0 >= minimum { for c in candidates { scored.append((c, 0)) } }
            return
        }
        let bitParallel = m <= 64 && a.allSatisfy { $0 &- 0x61 < 26 }
        nameLetters.withUnsafeBufferPointer { names in
            nameLetterStarts.withUnsafeBufferPointer { starts in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 26) { eq in
                    if bitParallel { ArabicRomanizer.letterMasks(a, into: eq) }
                    for c in candidates {
                        let b = UnsafeBufferPointer(rebasing: names[Int(starts[c])..<Int(starts[c + 1])])
                        var similarity = 0.0
                        if !b.isEmpty {
                            let longer = Double(Swift.max(m, b.count))
                            // The edit distance is at least the difference of the lengths: a bound below `minimum`
                            // rules the name out without the distance.
                            let bound = 1 - Double(abs(m - b.count)) / longer
                            if bound < minimum {
                                similarity = bound
                            } else {
                                let distance = bitParallel
                                    ? ArabicRomanizer.bitParallelDistance(masks: UnsafeBufferPointer(eq), count: m, b)
                                    : ArabicRomanizer.editDistance(a, b)
                                similarity = 1 - Double(distance) / longer
                            }
                        }
                        if similarity >= minimum { scored.append((c, similarity)) }
                    }
                }
            }
        }
    }

    /// The first Arabic name of place `index` whose matching key is `key` (`PlaceKey.normalise(name) == key`), if any.
    public func arabicName(ofPlace index: Int, withKey key: String) -> String? {
        let start = Int(arabicNameKeyStarts[index])
        for k in start..<Int(arabicNameKeyStarts[index + 1]) where arabicNameKeys[k] == key {
            return places[index].arabicNames[k - start]
        }
        return nil
    }

    /// The normalised place name or country form whose `WordKey` is `key`, if any: a matcher that found a name by its
    /// key takes the name's string from here rather than building it from the text's scalars.
    @inlinable
    public func name(forKey key: WordKey) -> String? { namesByKey[key] }

    /// Whether some place name or country form has the key `key`: one probe that answers "no" for both
    /// `countryForms(forKey:)` and `placeIndexes(forKey:)` (most keys a matcher tries are neither).
    @inlinable
    public func hasName(forKey key: WordKey) -> Bool { namesByKey.contains(key) }

    /// The most words of any name or country form whose first word is `word` (0 when none starts with it).
    public func longestName(startingWith word: String) -> Int { longestName(startingWith: WordKey(word)) }

    /// As `longestName(startingWith:)`, by the word's `WordKey`.
    @inlinable
    public func longestName(startingWith word: WordKey) -> Int { (firstWords[word] ?? 0) & 0xFFFF }

    /// As `longestName(startingWith:)`, with which numbers of words the names starting with `word` have: a name of `n`
    /// words may be indexed only if `hasName(ofWords: n, in: lengths)` (a single lookup tells the matcher where
    /// trying the name tables is pointless).
    @inlinable
    public func nameLengths(startingWith word: WordKey) -> (longest: Int, lengths: Int) {
        let packed = firstWords[word] ?? 0
        return (packed & 0xFFFF, packed >> 16)
    }

    /// Whether `lengths` (from `nameLengths(startingWith:)`) admits a name of `n` words.
    @inlinable
    public static func hasName(ofWords n: Int, in lengths: Int) -> Bool {
        n > lengthBitCount || lengths & (1 << (n - 1)) != 0
    }

    /// Name lengths recorded one bit each in `firstWords`; a longer name sets every bit.
    @usableFromInline static let lengthBitCount = 40
    /// Every length bit.
    @usableFromInline static let allLengths = (1 << lengthBitCount) - 1

    /// Every role of a normalised word (name start, stopword, cue), nil when it has none: one lookup for all of
    /// `longestName(startingWith:)`, `isStopword(_:)`, `cue(forKey:)` and `unlistedCue(forKey:)`.
    @inlinable
    public func roles(ofWord key: WordKey) -> GazetteerWordRoles? { wordRoles[key] }

    /// The countries a normalised word or phrase names (سوريا، السوري without ال: سوري).
    public func countryForms(forKey key: String) -> [CountryForm] { countryForms(forKey: WordKey(key)) }

    /// As `countryForms(forKey:)`, by the key's `WordKey`.
    @inlinable
    public func countryForms(forKey key: WordKey) -> [CountryForm] { countryFormsByKey[key] ?? [] }

    /// The role of a normalised cue word, if it is one.
    public func cue(forKey key: String) -> PlaceCue? { cue(forKey: WordKey(key)) }

    /// As `cue(forKey:)`, by the key's `WordKey`.
    @inlinable
    public func cue(forKey key: WordKey) -> PlaceCue? { cuesByKey[key] }

    /// Whether a name the gazetteer lacks may follow the normalised cue word, and on what condition.
    public func unlistedCue(forKey key: String) -> UnlistedNameCue? { unlistedCue(forKey: WordKey(key)) }

    /// As `unlistedCue(forKey:)`, by the key's `WordKey`.
    @inlinable
    public func unlistedCue(forKey key: WordKey) -> UnlistedNameCue? { unlistedCuesByKey[key] }

    /// Whether a normalised word is listed as never being a place (a common word that GeoNames also has as a name).
    public func isStopword(_ key: String) -> Bool { isStopword(WordKey(key)) }

    /// As `isStopword(_:)`, by the word's `WordKey`.
    @inlinable
    public func isStopword(_ key: WordKey) -> Bool { stopKeys.contains(key) }

    /// The country with ISO 3166-1 alpha-2 `code`.
    public func country(code: String) -> GazetteerCountry? { countriesByCode[code] }

    /// The capital of the country with `code`, when the gazetteer has it.
    public func capital(of code: String) -> GazetteerPlace? { capitalByCountry[code].map { places[$0] } }

    /// The index in `places` of the capital of the country with `code`.
    public func capitalIndex(of code: String) -> Int? { capitalByCountry[code] }

}
