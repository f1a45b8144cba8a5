import EventModel

/// What merging compares between two events: type family, country, date window, place and actors.
public struct MergeFeatures: Hashable, Sendable {
    /// A place as merging sees it.
    public struct Place: Hashable, Sendable {
        /// Lower-cased English name.
        public var name: String
        /// Lower-cased admin1 name, when known.
        public var admin1: String?
        public var latitude: Double
        public var longitude: Double
        /// ACLED geo precision: 1 town, 2 near a town / part of a region, 3 region only.
        public var precision: Int

        public init(name: String, admin1: String?, latitude: Double, longitude: Double, precision: Int) {
            self.name = name.lowercased()
            self.admin1 = admin1.map { $0.lowercased() }
            self.latitude = latitude
            self.longitude = longitude
            self.precision = precision
        }

        /// Whether the place is a whole region (admin1 level) rather than a town.
        public var isAdminLevel: Bool { precision >= 3 }
    }

    public var family: EventFamily
    public var country: String?
    /// Nil when neither the event nor its report has a date: such an event never merges.
    public var window: DateWindow?
    public var place: Place?
    /// Lower-cased names of every actor (either role).
    public var actors: Set<String>
    /// Lower-cased names of the initiators (ACLED actor 1).
    public var initiators: Set<String>
    /// ACLED sub-event type: not a condition of merging, but among agreeing merged events one of the same sub-event type
    /// is preferred (a chemical attack joins the chemical attack, not an air strike told at that place that day).
    public var subtype: String?

    public init(
        family: EventFamily, country: String?, window: DateWindow?, place: Place?, actors: Set<String>,
        initiators: Set<String> = [], subtype: String? = nil
    ) {
        self.family = family
        self.subtype = subtype
        self.country = country?.uppercased()
        self.window = window
        self.place = place
        self.actors = actors.union(initiators)
        self.initiators = initiators
    }

    /// The features of `event`, told by a report published on `published`.
    public init(_ event: ConflictEvent, published: CalendarDate?) {
        let window: DateWindow?
        if let date = event.date {
            window = DateWindow(date)
        } else if let published {
            window = DateWindow(published: published)
        } else {
            window = nil
        }
        let place = event.location.map {
            Place(name: $0.name, admin1: $0.admin1, latitude: $0.latitude, longitude: $0.longitude, precision: $0.precision)
        }
        self.init(
            family: EventFamily(event.type), country: event.country ?? event.location?.country, window: window, place: place,
            actors: Set(event.actors.map { $0.name.lowercased() }),
            initiators: Set(event.actors.filter { $0.role == .actor1 }.map { $0.name.lowercased() }), subtype: event.subtype
        )
    }
}
