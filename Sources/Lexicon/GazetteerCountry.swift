/// A country of the gazetteer.
public struct GazetteerCountry: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    /// Arabic name as written (first listed), "" when none.
    public var nameArabic: String
    /// English name of the capital (GeoNames), "" when none.
    public var capital: String
    public var population: Int

    public init(code: String, name: String, nameArabic: String, capital: String, population: Int) {
        self.code = code
        self.name = name
        self.nameArabic = nameArabic
        self.capital = capital
        self.population = population
    }
}

/// How a word names a country.
public struct CountryForm: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The country's name (سوريا، العراق).
        case name
        /// A nisba adjective or people noun (السوري، العراقية، الأفغان).
        case adjective
    }

    public var country: String
    public var kind: Kind
    /// The form is also a common word or another place (مالي = financial): it needs other evidence.
    public var isWeak: Bool

    public init(country: String, kind: Kind, isWeak: Bool) {
        self.country = country
        self.kind = kind
        self.isWeak = isWeak
    }
}

/// The role of a cue word around place names (place_cues.tsv).
public enum PlaceCue: String, Sendable, Hashable {
    /// A settlement noun (مدينة، بلدة، قرية).
    case town
    /// An administrative or area noun (محافظة، ولاية، إقليم، مديرية، منطقة).
    case region
    /// Nearness or direction (قرب، بالقرب من، شمال): precision 2.
    case near
    /// "The capital" (العاصمة).
    case capital
    /// A word that may stand between a cue and the name (من، على).
    case skip
    /// A preposition of place (في): enough of a cue for a transliterated name after it.
    case at
    /// A border word (الحدود): a country named right after it is a neighbour, not the scene.
    case border
}

/// Whether a settlement or area noun may introduce a place the gazetteer lacks (the third column of place_cues.tsv).
public enum UnlistedNameCue: String, Sendable, Hashable {
    /// Any name after the noun is a place (بلدة، قرية، مديرية، مخيم).
    case unlisted
    /// A name after the noun is a place only when a direction word or a known place follows it: the noun also goes
    /// with common words (منطقة الحادث، حي سكني).
    case located
}
