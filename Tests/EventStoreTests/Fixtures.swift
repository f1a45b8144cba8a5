import EventModel
import EventStore
import Foundation

/// Hand-made reports, claims and events for merging tests (our own text; no corpus article).
enum Fixtures {
    /// A town with coordinates, English and Arabic names.
    struct Town {
        var name: String
        var arabic: String
        var admin1: String
        var latitude: Double
        var longitude: Double
        var precision = 1

        var location: EventLocation {
            EventLocation(
                name: name, nameArabic: arabic, admin1: admin1, country: "SY", latitude: latitude, longitude: longitude,
                precision: precision, span: TextSpan(start: 0, end: arabic.unicodeScalars.count)
            )
        }
    }

    static let douma = Town(name: "Douma", arabic: "دوما", admin1: "Rif Dimashq", latitude: 33.5722, longitude: 36.4022)
    /// About 4 km from Douma.
    static let harasta = Town(name: "Harasta", arabic: "حرستا", admin1: "Rif Dimashq", latitude: 33.5586, longitude: 36.3650)
    /// Rif Dimashq as a whole (admin-level place).
    static let rifDimashq = Town(
        name: "Rif Dimashq", arabic: "ريف دمشق", admin1: "Rif Dimashq", latitude: 33.5167, longitude: 36.9500, precision: 3
    )
    /// About 140 km from Douma, another governorate.
    static let homs = Town(name: "Homs", arabic: "حمص", admin1: "Homs", latitude: 34.7324, longitude: 36.7137)

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A killed (or other category) claim with our own short quote.
    static func claim(
        _ n: Int, _ category: HarmCategory = .killed, source: String = "", kind: SourceKind = .unattributed,
        via: String? = nil, qualifier: Qualifier = .exact, victims: VictimGroup = .unspecified
    ) -> CasualtyClaim {
        let quote = "قتل \(n) أشخاص"
        return CasualtyClaim(
            category: category, min: n, max: qualifier == .exact ? n : nil, qualifier: qualifier, victims: victims,
            source: ClaimSource(text: source, kind: kind, via: via), span: TextSpan(start: 0, end: quote.unicodeScalars.count),
            quote: quote, rule: "test.claim"
        )
    }

    /// One report telling one event (or none) with the given claims, all linked to the event.
    static func report(
        _ id: String, outlet: String, published: String, type: EventType = .explosionsRemoteViolence,
        subtype: String = "air_drone_strike", town: Town? = douma, date: String?, precision: DatePrecision = .day,
        actors: [String] = [], claims: [CasualtyClaim], text: String? = nil
    ) -> IngestItem {
        let body = text ?? "تقرير \(id): غارة على \(town?.arabic ?? "بلدة") و\(claims.map(\.quote).joined(separator: " و"))."
        let article = Article(
            id: id, text: body, published: day(published), lang: "ar", outlet: outlet, url: "https://example.org/\(id)"
        )
        let roles: [ActorRole] = [.actor1, .actor2]
        let event = ConflictEvent(
            type: type, subtype: subtype, country: "SY", location: town?.location,
            date: date.map { EventDate(value: day($0), precision: precision, span: nil) },
            actors: actors.enumerated().map { EventActor(name: $1, role: roles[min($0, 1)], span: nil) },
            claims: Array(claims.indices), span: TextSpan(start: 0, end: 10), rule: "test.event"
        )
        let result = ExtractionResult(id: id, lang: "ar", published: day(published), claims: claims, events: [event])
        return IngestItem(article: article, result: result)
    }

    /// A fresh SQLite file in a new temporary folder.
    static func temporaryDatabase() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("store.sqlite").path
    }
}

/// The two repositories, so every merging test runs against both.
enum RepositoryKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case memory, sqlite

    var description: String { rawValue }

    func make() throws -> any EventRepository {
        switch self {
        case .memory: return InMemoryEventRepository()
        case .sqlite: return try SQLiteEventRepository(path: Fixtures.temporaryDatabase())
        }
    }
}
