import Foundation
import EventModel

/// Which merged events to list. Every filter is optional; all given filters must hold.
public struct EventQuery: Hashable, Sendable {
    /// A point and a radius.
    public struct Near: Hashable, Sendable {
        public var latitude: Double
        public var longitude: Double
        public var kilometres: Double

        public init(latitude: Double, longitude: Double, kilometres: Double) {
            self.latitude = latitude
            self.longitude = longitude
            self.kilometres = kilometres
        }

        /// Parses `LAT,LON,KM`.
        public init(parsing text: String) throws {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
                Double($0.trimmingCharacters(in: .whitespaces))
            }
            guard parts.count == 3, let lat = parts[0], let lon = parts[1], let km = parts[2],
                  (-90...90).contains(lat), (-180...180).contains(lon), km >= 0
            else { throw StoreError.badQuery("--near must be LAT,LON,KM (e.g. 33.51,36.29,25), got '\(text)'") }
            self.init(latitude: lat, longitude: lon, kilometres: km)
        }
    }

    /// ISO 3166-1 alpha-2 code (case-insensitive).
    public var country: String?
    /// Events whose date window reaches this day or later.
    public var from: CalendarDate?
    /// Events whose date window starts on this day or earlier.
    public var to: CalendarDate?
    public var type: EventType?
    /// Best fatality figure at least this.
    public var minFatalities: Int?
    public var near: Near?

    public init(
        country: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, type: EventType? = nil,
        minFatalities: Int? = nil, near: Near? = nil
    ) {
        self.country = country
        self.from = from
        self.to = to
        self.type = type
        self.minFatalities = minFatalities
        self.near = near
    }

    /// Whether `event` passes every filter (the in-memory twin uses this; SQLite filters in SQL first, then here).
    public func matches(_ event: MergedEvent) -> Bool {
        if let country, event.country?.uppercased() != country.uppercased() { return false }
        if let type, event.type != type { return false }
        if let minFatalities, (event.fatalities.best ?? 0) < minFatalities { return false }
        if from != nil || to != nil {
            guard let window = event.window else { return false }
            if let from, window.last < from.dayNumber { return false }
            if let to, window.first > to.dayNumber { return false }
        }
        if let near {
            guard let loc = event.location else { return false }
            let d = MergePolicy.distanceKilometres(latitude: near.latitude, longitude: near.longitude, loc.latitude, loc.longitude)
            if d > near.kilometres { return false }
        }
        return true
    }
}
