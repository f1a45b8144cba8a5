/// What kind of place a gazetteer entry is, which sets its ACLED geo precision when named alone.
public enum PlaceLevel: String, Sendable, Hashable {
    /// A populated place (GeoNames city or a hand-written town): precision 1.
    case town
    /// A governorate, province, state or named area: precision 3.
    case region
}

/// One place of the gazetteer.
public struct GazetteerPlace: Sendable, Hashable {
    /// The Arabic name of this place whose matching key is `key` (as written in the data), else `nameArabic`.
    public func arabicName(forKey key: String) -> String {
        arabicNames.first { PlaceKey.normalise($0) == key } ?? nameArabic
    }

    /// GeoNames id, or nil for hand-written entries.
    public var geonameID: Int?
    /// The name Rasid publishes: the English exonym from place_names.tsv, else GeoNames' name in plain ASCII (no
    /// diacritics or ain/hamza marks: "Khan Yunis", not "Khān Yūnis"), as analysts and ACLED write place names.
    public var name: String
    /// The name as the source writes it (GeoNames' name with its diacritics; the exonym for hand-written places): the
    /// transliteration key reads it (Turkish ç is "ch", a French final s is silent).
    public var sourceName: String
    /// Arabic name as written in the source (first listed), or "" when the place has none.
    public var nameArabic: String
    /// Every Arabic name of the place as written in the data, `nameArabic` first.
    public var arabicNames: [String]
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// First-level region name when known (from regions.tsv through the GeoNames admin1 code).
    public var admin1: String?
    /// GeoNames admin1 code, "" when unknown.
    public var admin1Code: String
    public var latitude: Double
    public var longitude: Double
    public var population: Int
    public var level: PlaceLevel

    public init(
        geonameID: Int?, name: String, sourceName: String? = nil, nameArabic: String, arabicNames: [String] = [], country: String,
        admin1: String?, admin1Code: String, latitude: Double, longitude: Double, population: Int, level: PlaceLevel
    ) {
        self.geonameID = geonameID
        self.name = name
        self.sourceName = sourceName ?? name
        self.nameArabic = nameArabic
        self.arabicNames = arabicNames.isEmpty && !nameArabic.isEmpty ? [nameArabic] : arabicNames
        self.country = country
        self.admin1 = admin1
        self.admin1Code = admin1Code
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.level = level
    }
}
