import EventModel
import Foundation

/// Writes merged events in one of the `ExportFormat`s, line by line to `emit`.
public enum EventExporter {
    public static func write(_ events: [MergedEvent], format: ExportFormat, to emit: (String) -> Void) {
        switch format {
        case .table: writeTable(events, to: emit)
        case .json: writeJSON(events, to: emit)
        case .csv: writeCSV(events, to: emit)
        case .acledCSV: writeACLED(events, to: emit)
        case .ucdpCSV: writeUCDP(events, to: emit)
        case .geojson: writeGeoJSON(events, to: emit)
        }
    }

    /// The whole export as one string (tests, small outputs).
    public static func string(_ events: [MergedEvent], format: ExportFormat) -> String {
        var out = ""
        write(events, format: format) { out += $0 + "\n" }
        return out
    }

    // MARK: - Shared helpers

    /// Distinct outlets of the event's reports, in report order.
    static func outlets(_ e: MergedEvent) -> [String] {
        var seen: Set<String> = []
        return e.reports.compactMap { $0.outlet }.filter { seen.insert($0).inserted }
    }

    /// English country name for an ISO 3166-1 alpha-2 code (the code itself when unknown).
    static func countryName(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "" }
        return Locale(identifier: "en_US").localizedString(forRegionCode: code) ?? code
    }

    /// `armed_clash` -> `Armed clash`; the ACLED spelling of our snake-case names, with its slashes restored.
    static func acledName(_ snake: String) -> String {
        switch snake {
        case "explosions_remote_violence": return "Explosions/Remote violence"
        case "air_drone_strike": return "Air/drone strike"
        case "shelling_artillery_missile_attack": return "Shelling/artillery/missile attack"
        case "remote_explosive_landmine_ied": return "Remote explosive/landmine/IED"
        case "abduction_forced_disappearance": return "Abduction/forced disappearance"
        case "looting_property_destruction": return "Looting/property destruction"
        case "grenade": return "Grenade"
        default:
            let words = snake.split(separator: "_").map(String.init)
            guard let head = words.first else { return "" }
            return ([head.prefix(1).uppercased() + head.dropFirst()] + words.dropFirst()).joined(separator: " ")
        }
    }

    static func isoDate(_ day: Int?) -> String { day.map { CalendarDate(dayNumber: $0).description } ?? "" }
}
