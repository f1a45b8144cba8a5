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
        let i = gazetteer.places[inner.place], o = gazetteer.places[outer.place]
        guard inner.place != outer.place, !inner.mention.isDateline, i.country == o.country, i.level == .town else { return false }
        let km = GeoDistance.kilometres(i.latitude, i.longitude, o.latitude, o.longitude)
        switch o.level {
        case .region:
            if !o.admin1Code.isEmpty { return i.admin1 == o.name }
            return km <= configuration.refinementRegionKilometres
        case .town:
            if outer.mention.isNear { return !inner.mention.isNear && km <= configuration.refinementNearKilometres }
            let cued = inner.mention.trigger == .town || inner.mention.trigger == .region
            return cued && !inner.mention.isNear && i.population < o.population && km <= configuration.refinementTownKilometres
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
            let t = places[town], r = places[region]
            guard t.country == r.country else { return false }
            if !r.admin1Code.isEmpty { return t.admin1 == r.name }
            return GeoDistance.kilometres(t.latitude, t.longitude, r.latitude, r.longitude) <= configuration.refinementRegionKilometres
        }
        for k in chosen.indices {
            let pick = chosen[k].place
            let place = places[pick]
            guard place.level == .town, !regions.contains(where: { lies(pick, in: $0.place) }) else { continue }
            let namesakes = gazetteer.placeIndexes(forSkeleton: TransliterationKey.latin(place.sourceName, country: place.country))
                .filter { $0 != pick && places[$0].name == place.name && places[$0].country == place.country }
            guard let better = namesakes.first(where: { n in regions.contains { lies(n, in: $0.place) } }) else { continue }
            chosen[k].place = better
            mentions[chosen[k].mention].target = .places([better])
        }
    }
}
