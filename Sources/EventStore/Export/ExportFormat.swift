/// The formats `rasid events` writes (docs/store.md, "Export formats").
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for reading in a terminal.
    case table
    /// A JSON array of merged events with their reports, claims and reconciled tolls.
    case json
    /// Rasid's own flat columns.
    case csv
    /// ACLED export columns.
    case acledCSV = "acled-csv"
    /// UCDP GED columns.
    case ucdpCSV = "ucdp-csv"
    /// A GeoJSON FeatureCollection of located events.
    case geojson
}
