import ArabicText

/// Places, countries and place cue words, indexed by the normalised Arabic key (`PlaceKey`) and by the transliteration
/// skeleton (`TransliterationKey`). Built once from the data files under `gazetteer/` and shared read-only.
public struct Gazetteer: Sendable {
    /// All places; indexes below point into this array.
    public let places: [GazetteerPlace]
    /// Normalised Arabic name (one or more words) -> place indexes, most populous first.
    /// (Lookups on the hot path are keyed by `WordKey`, the FNV hash of the key's scalars: hashing a `String` with
    /// Unicode normalisation per lookup dominated profiles.)
    let placesByKey: [WordKey: [Int]]
    /// Transliteration skeleton of the English/GeoNames name -> place indexes, most populous first.
    let placesBySkeleton: [WordKey: [Int]]
    /// Normalised country name or adjective form -> countries it names.
    let countryFormsByKey: [WordKey: [CountryForm]]
    /// Normalised cue word -> role.
    let cuesByKey: [WordKey: PlaceCue]
    let countriesByCode: [String: GazetteerCountry]
    /// Normalised words that are never places (place_stopwords.txt).
    let stopKeys: Set<WordKey>
    /// Country code -> index of its capital in `places`.
    let capitalByCountry: [String: Int]
    /// The largest number of words in any indexed name (countries included).
    public let maxNameWords: Int
    /// First word of every indexed name or country form -> the most words a name starting with it has.
    let firstWords: [WordKey: Int]

    init(
        places: [GazetteerPlace], placesByKey: [String: [Int]], placesBySkeleton: [String: [Int]],
        countryFormsByKey: [String: [CountryForm]], cuesByKey: [String: PlaceCue], countriesByCode: [String: GazetteerCountry],
        capitalByCountry: [String: Int], stopKeys: Set<String>
    ) {
        func keyed<V>(_ d: [String: V]) -> [WordKey: V] {
            var out: [WordKey: V] = [:]
            out.reserveCapacity(d.count)
            for (k, v) in d { out[WordKey(k)] = v }
            return out
        }
        self.stopKeys = Set(stopKeys.map { WordKey($0) })
        self.places = places
        self.placesByKey = keyed(placesByKey)
        self.placesBySkeleton = keyed(placesBySkeleton)
        self.countryFormsByKey = keyed(countryFormsByKey)
        self.cuesByKey = keyed(cuesByKey)
        self.countriesByCode = countriesByCode
        self.capitalByCountry = capitalByCountry
        var firstWords: [String: Int] = [:]
        for key in Array(placesByKey.keys) + Array(countryFormsByKey.keys) {
            let words = key.split(separator: " ")
            guard let first = words.first else { continue }
            firstWords[String(first)] = max(firstWords[String(first)] ?? 0, words.count)
        }
        self.firstWords = keyed(firstWords)
        self.maxNameWords = firstWords.values.max() ?? 1
    }

    // MARK: - Lookup

    /// Indexes of places whose normalised Arabic name is exactly `key` (see `PlaceKey.normalise`), most populous first.
    public func placeIndexes(forKey key: String) -> [Int] { placesByKey[WordKey(key)] ?? [] }

    /// Places whose normalised Arabic name is exactly `key`, most populous first.
    public func places(forKey key: String) -> [GazetteerPlace] { placeIndexes(forKey: key).map { places[$0] } }

    /// Indexes of places whose Latin name has the transliteration skeleton `skeleton`, most populous first.
    public func placeIndexes(forSkeleton skeleton: String) -> [Int] { placesBySkeleton[WordKey(skeleton)] ?? [] }

    /// The most words of any name or country form whose first word is `word` (0 when none starts with it).
    public func longestName(startingWith word: String) -> Int { firstWords[WordKey(word)] ?? 0 }

    /// The countries a normalised word or phrase names (سوريا، السوري without ال: سوري).
    public func countryForms(forKey key: String) -> [CountryForm] { countryFormsByKey[WordKey(key)] ?? [] }

    /// The role of a normalised cue word, if it is one.
    public func cue(forKey key: String) -> PlaceCue? { cuesByKey[WordKey(key)] }

    /// Whether a normalised word is listed as never being a place (a common word that GeoNames also has as a name).
    public func isStopword(_ key: String) -> Bool { stopKeys.contains(WordKey(key)) }

    /// The country with ISO 3166-1 alpha-2 `code`.
    public func country(code: String) -> GazetteerCountry? { countriesByCode[code] }

    /// The capital of the country with `code`, when the gazetteer has it.
    public func capital(of code: String) -> GazetteerPlace? { capitalByCountry[code].map { places[$0] } }

}
