import EventModel
import Foundation

/// When two events from different reports are the same incident (docs/store.md, "Merge rules").
///
/// Events are the same incident when their type families agree, their date windows agree within `dayTolerance`, their
/// places agree (same place, within `radiusKilometres`, or the same admin1 when one side names only a region), their
/// countries do not differ, and their actors do not conflict. Casualty figures never keep events apart: a later report
/// may carry an updated toll.
///
/// Actors conflict when both events name an initiator (ACLED actor 1) and neither initiator takes part in the other
/// event; victims ("Civilians") are never initiators, and an initiator whose name starts with one of
/// `unnamedActorPrefixes` ("Unidentified Armed Group") names no one. Two political-violence families (armed clash or
/// attack vs. remote violence) still agree when both events name the same initiator: outlets call one suicide attack
/// an assault or a bombing.
public struct MergePolicy: Hashable, Sendable {
    /// Days two date windows may lie apart (1: an incident either side of midnight, reported on consecutive days).
    public var dayTolerance: Int
    /// Two places closer than this are the same place.
    public var radiusKilometres: Double
    /// Whether an event without a place may merge with one that has a place in the same country.
    public var mergeUnknownPlace: Bool

    /// Lower-cased prefixes of actor names that name no one in particular (ACLED's "Unidentified Armed Group (...)").
    public var unnamedActorPrefixes: [String]

    public init(
        dayTolerance: Int = 1, radiusKilometres: Double = 25, mergeUnknownPlace: Bool = false,
        unnamedActorPrefixes: [String] = ["unidentified"]
    ) {
        self.dayTolerance = dayTolerance
        self.radiusKilometres = radiusKilometres
        self.mergeUnknownPlace = mergeUnknownPlace
        self.unnamedActorPrefixes = unnamedActorPrefixes
    }

    public static let standard = MergePolicy()

    /// The reason two events are not the same incident, or nil when they may be.
    public func conflict(_ a: MergeFeatures, _ b: MergeFeatures) -> MergeConflict? {
        let ia = namedInitiators(a), ib = namedInitiators(b)
        if a.family != b.family {
            let sameInitiator = !ia.isEmpty && !ia.isDisjoint(with: ib)
            if !(a.family.isPoliticalViolence && b.family.isPoliticalViolence && sameInitiator) { return .family }
        }
        if let ca = a.country, let cb = b.country, ca != cb { return .country }
        guard let wa = a.window, let wb = b.window else { return .date }
        if wa.gap(to: wb) > dayTolerance { return .date }
        if !placesAgree(a, b) { return .place }
        if !ia.isEmpty && !ib.isEmpty && ia.isDisjoint(with: b.actors) && ib.isDisjoint(with: a.actors) { return .actors }
        return nil
    }

    /// The initiators that name someone.
    func namedInitiators(_ f: MergeFeatures) -> Set<String> {
        f.initiators.filter { name in !unnamedActorPrefixes.contains { name.hasPrefix($0) } }
    }

    public func sameIncident(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool { conflict(a, b) == nil }

    func placesAgree(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool {
        guard let pa = a.place, let pb = b.place else {
            // Without a place on one side only the country can vouch for it.
            return mergeUnknownPlace && a.country != nil && a.country == b.country
        }
        if pa.name == pb.name && !pa.name.isEmpty { return true }
        // A town named like its region ("Deir ez-Zor") may stand for the region.
        if pa.name == pb.admin1 || pb.name == pa.admin1 { return true }
        if MergePolicy.distanceKilometres(pa, pb) <= radiusKilometres { return true }
        if pa.isAdminLevel || pb.isAdminLevel {
            let region = pa.isAdminLevel ? pa : pb
            let other = pa.isAdminLevel ? pb : pa
            let regionName = region.admin1 ?? region.name
            if let otherAdmin = other.admin1, otherAdmin == regionName { return true }
            if other.isAdminLevel && other.name == regionName { return true }
        }
        return false
    }

    /// Great-circle distance (haversine, mean Earth radius 6,371 km).
    public static func distanceKilometres(_ a: MergeFeatures.Place, _ b: MergeFeatures.Place) -> Double {
        distanceKilometres(latitude: a.latitude, longitude: a.longitude, b.latitude, b.longitude)
    }

    public static func distanceKilometres(latitude lat1: Double, longitude lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        GeoDistance.kilometres(lat1, lon1, lat2, lon2)
    }
}

/// Why two events are kept apart.
public enum MergeConflict: String, Sendable {
    case family, country, date, place, actors
}
