// MARK: - Loading the gazetteer data files

extension Gazetteer {
    /// The data files, relative to the lexicon directory.
    public enum File {
        public static let places = "gazetteer/places.tsv"
        public static let countries = "gazetteer/countries.tsv"
        public static let countryForms = "gazetteer/country_forms.tsv"
        public static let regions = "gazetteer/regions.tsv"
        public static let placeNames = "gazetteer/place_names.tsv"
        public static let cues = "gazetteer/place_cues.tsv"
        public static let stopwords = "gazetteer/place_stopwords.txt"
    }

    /// Suffixes the loader adds to a masculine nisba adjective (سوري): feminine, plurals, duals (after folding ة to ه).
    static let adjectiveSuffixes = ["", "\u{0647}", "\u{064A}\u{0646}", "\u{0648}\u{0646}", "\u{0627}\u{0646}",
                                    "\u{062A}\u{0627}\u{0646}", "\u{062A}\u{064A}\u{0646}"]

    /// Shortest Arabic name (in letters) indexed from GeoNames; shorter names are mostly common words.
    static let minimumKeyLetters = 3

    /// Loads the gazetteer from `source`. Every file but places.tsv and countries.tsv is optional, so tests can use
    /// tiny fixture lexicons. Throws `LexiconError` naming the file and line of malformed data.
    public static func load(from source: LexiconSource) throws -> Gazetteer {
        var builder = Builder()
        if source.has(File.stopwords) {
            for row in try source.load(File.stopwords).rows { builder.stopKeys.insert(ByteKey(PlaceKey.normalise(row[0]))) }
        }
        try builder.readCountries(source.load(File.countries))
        if source.has(File.countryForms) { try builder.readCountryForms(source.load(File.countryForms)) }
        try builder.readPlaces(source.load(File.places))
        if source.has(File.placeNames) { try builder.readPlaceNames(source.load(File.placeNames)) }
        if source.has(File.regions) { try builder.readRegions(source.load(File.regions)) }
        if source.has(File.cues) { try builder.readCues(source.load(File.cues)) }
        return builder.build()
    }

    /// Accumulates entries and indexes while the files are read.
    struct Builder {
        var places: [GazetteerPlace] = []
        var keys: [ByteKey: [Int]] = [:]
        var countryForms: [String: [CountryForm]] = [:]
        var cues: [String: PlaceCue] = [:]
        var unlistedCues: [String: UnlistedNameCue] = [:]
        /// Places whose published name is an exonym from place_names.tsv: indexed by its skeleton too.
        var exonyms: Set<Int> = []
        var countries: [String: GazetteerCountry] = [:]
        var byGeonameID: [Int: Int] = [:]
        var stopKeys: Set<ByteKey> = []
        /// (country, admin1 code) -> region name, from the regions' seats.
        var admin1Names: [String: String] = [:]
        /// Per place, the matching keys of its `arabicNames`, in order (the gazetteer keeps them).
        var arabicNameKeys: [[String]] = []

        /// Indexes place `index` by `name`'s matching key, and returns that key.
        @discardableResult
        mutating func addKey(_ name: String, place index: Int) -> String {
            let key = PlaceKey.normalise(name)
            guard !key.isEmpty else { return key }
            let byteKey = ByteKey(key)
            // Common words are dropped from GeoNames names; hand-listed places keep them (matched only after a cue).
            if stopKeys.contains(byteKey) && places[index].geonameID != nil { return key }
            if places[index].level == .town, places[index].geonameID != nil,
               key.unicodeScalars.filter({ $0 != " " }).count < Gazetteer.minimumKeyLetters {
                return key
            }
            if keys[byteKey]?.contains(index) == true { return key }
            keys[byteKey, default: []].append(index)
            return key
        }

        mutating func addCountryForm(_ form: String, _ value: CountryForm, adjective: Bool) {
            let base = PlaceKey.normalise(form)
            guard !base.isEmpty else { return }
            for suffix in adjective ? Gazetteer.adjectiveSuffixes : [""] {
                let key = base + suffix
                if countryForms[key]?.contains(value) == true { continue }
                countryForms[key, default: []].append(value)
            }
        }

        mutating func readCountries(_ file: DataFile) throws {
            for row in file.rows {
                guard row.fields.count >= 5, row[0].count == 2 else {
                    throw LexiconError(file: file.name, line: row.line, message: "expected ISO2, ISO3, name, capital, population")
                }
                let names = row[5].split(separator: "|").map(String.init)
                countries[row[0]] = GazetteerCountry(
                    code: row[0], name: row[2], nameArabic: names.first ?? "", capital: row[3], population: Int(row[4]) ?? 0)
                for name in names {
                    addCountryForm(name, CountryForm(country: row[0], kind: .name, isWeak: false), adjective: false)
                }
            }
        }

        mutating func readCountryForms(_ file: DataFile) throws {
            for row in file.rows {
                let kind: CountryForm.Kind
                let weak: Bool
                switch row[2] {
                case "name": (kind, weak) = (.name, false)
                case "weak-name": (kind, weak) = (.name, true)
                case "adjective", "people": (kind, weak) = (.adjective, false)
                case "weak-adjective": (kind, weak) = (.adjective, true)
                default:
                    throw LexiconError(file: file.name, line: row.line, message: "unknown kind '\(row[2])'")
                }
                guard row[0].count == 2, !row[1].isEmpty else {
                    throw LexiconError(file: file.name, line: row.line, message: "expected ISO2, form, kind")
                }
                let derive = row[2] == "adjective" || row[2] == "weak-adjective"
                addCountryForm(row[1], CountryForm(country: row[0], kind: kind, isWeak: weak), adjective: derive)
            }
        }

        mutating func readPlaces(_ file: DataFile) throws {
            for row in file.rows {
                guard row.fields.count >= 7, let id = Int(row[0]), let lat = Double(row[4]), let lon = Double(row[5]) else {
                    throw LexiconError(file: file.name, line: row.line, message: "expected id, name, country, admin1, lat, lon, population")
                }
                let names = row[7].split(separator: "|").map(String.init)
                let index = places.count
                // Column 9, when present, is the plain ASCII form of the GeoNames name: the name published.
                places.append(GazetteerPlace(
                    geonameID: id, name: row[8].isEmpty ? row[1] : row[8], sourceName: row[1], nameArabic: names.first ?? "",
                    arabicNames: names, country: row[2], admin1: nil, admin1Code: row[3], latitude: lat, longitude: lon,
                    population: Int(row[6]) ?? 0, level: .town))
                byGeonameID[id] = index
                arabicNameKeys.append(names.map { addKey($0, place: index) })
            }
        }

        mutating func readPlaceNames(_ file: DataFile) throws {
            for row in file.rows {
                let names = row[0].split(separator: "|").map(String.init)
                guard !names.isEmpty else { throw LexiconError(file: file.name, line: row.line, message: "no Arabic name") }
                if let id = Int(row[1]) {
                    guard let index = byGeonameID[id] else {
                        throw LexiconError(file: file.name, line: row.line, message: "geonameid \(id) not in places.tsv")
                    }
                    if row[2] != "-" && !row[2].isEmpty {
                        places[index].name = row[2]
                        exonyms.insert(index)
                    }
                    // Hand-written names come first: they are the spelling the news uses.
                    places[index].nameArabic = names[0]
                    let old = places[index].arabicNames
                    places[index].arabicNames = names + old.filter { !names.contains($0) }
                    let oldKeys = arabicNameKeys[index]
                    arabicNameKeys[index] = names.map { addKey($0, place: index) }
                        + old.indices.filter { !names.contains(old[$0]) }.map { oldKeys[$0] }
                    continue
                }
                guard row[3].count == 2, let lat = Double(row[4]), let lon = Double(row[5]) else {
                    throw LexiconError(file: file.name, line: row.line, message: "expected names, -, exonym, ISO2, lat, lon, population")
                }
                let index = places.count
                places.append(GazetteerPlace(
                    geonameID: nil, name: row[2], nameArabic: names[0], arabicNames: names, country: row[3], admin1: nil, admin1Code: "",
                    latitude: lat, longitude: lon, population: Int(row[6]) ?? 0, level: .town))
                arabicNameKeys.append(names.map { addKey($0, place: index) })
            }
        }

        mutating func readRegions(_ file: DataFile) throws {
            for row in file.rows {
                let names = row[2].split(separator: "|").map(String.init)
                guard row[0].count == 2, !row[1].isEmpty, !names.isEmpty, let lat = Double(row[3]), let lon = Double(row[4]) else {
                    throw LexiconError(file: file.name, line: row.line, message: "expected ISO2, name, Arabic names, lat, lon, seat")
                }
                var code = ""
                if row[5] != "-" && !row[5].isEmpty {
                    let seatKey = PlaceKey.normalise(row[5])
                    if let seat = keys[ByteKey(seatKey)]?.first(where: { places[$0].country == row[0] && places[$0].level == .town }),
                       !places[seat].admin1Code.isEmpty {
                        code = places[seat].admin1Code
                        admin1Names[row[0] + "." + code] = row[1]
                    }
                }
                let index = places.count
                places.append(GazetteerPlace(
                    geonameID: nil, name: row[1], nameArabic: names[0], arabicNames: names, country: row[0], admin1: row[1],
                    admin1Code: code,
                    latitude: lat, longitude: lon, population: 0, level: .region))
                arabicNameKeys.append(names.map { addKey($0, place: index) })
            }
        }

        mutating func readCues(_ file: DataFile) throws {
            for row in file.rows {
                guard let cue = PlaceCue(rawValue: row[1]) else {
                    throw LexiconError(file: file.name, line: row.line, message: "unknown cue role '\(row[1])'")
                }
                cues[PlaceKey.normalise(row[0])] = cue
                if !row[2].isEmpty {
                    guard let unlisted = UnlistedNameCue(rawValue: row[2]) else {
                        throw LexiconError(file: file.name, line: row.line, message: "unknown unlisted-name condition '\(row[2])'")
                    }
                    unlistedCues[PlaceKey.normalise(row[0])] = unlisted
                }
            }
        }

        func build() -> Gazetteer {
            var places = self.places
            for i in places.indices where places[i].level == .town && places[i].admin1 == nil {
                places[i].admin1 = admin1Names[places[i].country + "." + places[i].admin1Code]
            }
            func byPopulation(_ a: Int, _ b: Int) -> Bool {
                places[a].population != places[b].population ? places[a].population > places[b].population : a < b
            }
            var keys = self.keys
            for (k, v) in keys where v.count > 1 { keys[k] = v.sorted(by: byPopulation) }
            var skeletons: [ByteKey: [Int]] = [:]
            var sourceSkeletons: [String] = []
            sourceSkeletons.reserveCapacity(places.count)
            for (i, place) in places.enumerated() {
                var keys = [TransliterationKey.latin(place.sourceName, country: place.country)]
                sourceSkeletons.append(keys[0])
                if exonyms.contains(i) { keys.append(TransliterationKey.latin(place.name, country: place.country)) }
                for skeleton in Set(keys) where skeleton.utf8.count >= 3 { skeletons[ByteKey(skeleton), default: []].append(i) }
            }
            for (k, v) in skeletons where v.count > 1 { skeletons[k] = v.sorted(by: byPopulation) }
            var capitals: [String: Int] = [:]
            for (i, p) in places.enumerated() where p.level == .town {
                guard let capital = countries[p.country]?.capital, capital == p.sourceName || capital == p.name else { continue }
                if capitals[p.country].map({ places[$0].population < p.population }) ?? true { capitals[p.country] = i }
            }
            return Gazetteer(
                places: places, placesByKey: keys, placesBySkeleton: skeletons, countryFormsByKey: countryForms,
                cuesByKey: cues, countriesByCode: countries, capitalByCountry: capitals, stopKeys: stopKeys,
                unlistedCuesByKey: unlistedCues, sourceSkeletons: sourceSkeletons, arabicNameKeys: arabicNameKeys)
        }
    }
}
