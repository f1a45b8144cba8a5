import EventModel
import Lexicon

// MARK: - The most precise of nested places

extension PlaceResolver {
    /// Whether the place of mention `inner` names a more precise spot inside the place of mention `outer`, so that an
    /// analyst following ACLED's "most precise place" rule would code the event there.
    ///
    /// - A town refines a region when it lies in it: the same first-level region (`admin1`), or, for a region without an
    ///   admin1 code (قطاع غزة), within `refinementRegionKilometres` of its centre.
    /// - A town refines "near a town" (جنوب كابل) when it lies within `refinementNearKilometres` of that town.
    /// - A town refines another town when it is named with a settlement or area noun (منطقة الزوايدة، بلدة …), is
    ///   smaller, and lies within `refinementTownKilometres` (a district of a city, or a city that stands for its strip).
    ///
    /// Both must be in the same country; a dateline refines nothing.
    func refines(inner: (mention: PlaceMention, place: Int), outer: (mention: PlaceMention, place: Int)) -> Bool {
        // (Fields read in place: a copy of a `GazetteerPlace` retains and releases all its strings.)
        let places = gazetteer.places
        let i = inner.place, o = outer.place
        guard i != o, !inner.mention.isDateline, places[i].country == places[o].country, places[i].level == .town else { return false }
        let km = GeoDistance.kilometres(places[i].latitude, places[i].longitude, places[o].latitude, places[o].longitude)
        switch places[o].level {
        case .region:
            if !places[o].admin1Code.isEmpty { return places[i].admin1 == places[o].name }
            return km <= configuration.refinementRegionKilometres
        case .town:
            if outer.mention.isNear { return !inner.mention.isNear && km <= configuration.refinementNearKilometres }
            let cued = inner.mention.trigger == .town || inner.mention.trigger == .region
            return cued && !inner.mention.isNear && places[i].population < places[o].population && km <= configuration.refinementTownKilometres
        }
    }
}

// MARK: - Homonyms inside a region the text names

extension PlaceResolver {
    /// Moves each settled town to its namesake (same published name and country, any Arabic spelling) that lies in a
    /// region the text names, when the town itself lies in none of them: ترينتون after ولاية نيوجيرسي is the Trenton
    /// of New Jersey, though GeoNames gives that Arabic spelling only to Michigan's.
    func settleHomonymsByRegion(_ mentions: inout [PlaceMention], chosen: inout [(mention: Int, place: Int)]) {
        let places = gazetteer.places
        let regions = chosen.filter { places[$0.place].level == .region && !mentions[$0.mention].isDateline }
        guard !regions.isEmpty else { return }
        func lies(_ town: Int, in region: Int) -> Bool {
            let t = town, r = region
            guard places[t].country == places[r].country else { return false }
            if !places[r].admin1Code.isEmpty { return places[t].admin1 == places[r].name }
            return GeoDistance.kilometres(places[t].latitude, places[t].longitude, places[r].latitude, places[r].longitude)
                <= configuration.refinementRegionKilometres
        }
        for k in chosen.indices {
            let pick = chosen[k].place
            guard places[pick].level == .town, !regions.contains(where: { lies(pick, in: $0.place) }) else { continue }
            let name = places[pick].name, country = places[pick].country
            let namesakes = gazetteer.placeIndexes(sharingSourceSkeletonOf: pick)
                .filter { $0 != pick && places[$0].name == name && places[$0].country == country }
            guard let better = namesakes.first(where: { n in regions.contains { lies(n, in: $0.place) } }) else { continue }
            chosen[k].place = better
            mentions[chosen[k].mention].target = .places([better])
        }
    }
}
