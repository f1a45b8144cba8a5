import GRDB

/// The store's schema, as named migrations. A migration is never edited once shipped: change the schema by adding one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-reports-claims-events") { db in
            try db.execute(sql: v1)
        }
        // The merge candidates' look-up reads a country's events in a date range (most events have a country).
        migrator.registerMigration("v2-event-country-window") { db in
            try db.execute(sql: "CREATE INDEX event_country_window ON event(merge_country, window_first)")
        }
        return migrator
    }

    /// Reports, their claims, their events and the merged events those belong to.
    private static let v1 = """
        CREATE TABLE report (
            id INTEGER PRIMARY KEY,
            input_id TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            outlet TEXT,
            url TEXT,
            published TEXT,
            language TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX report_input_id ON report(input_id);

        CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            category TEXT NOT NULL,
            min INTEGER NOT NULL,
            max INTEGER,
            qualifier TEXT NOT NULL,
            victims TEXT NOT NULL,
            source_text TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_via TEXT,
            source_start INTEGER,
            source_end INTEGER,
            hedged INTEGER NOT NULL,
            background INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            quote TEXT NOT NULL,
            rule TEXT NOT NULL,
            source_key TEXT NOT NULL,
            UNIQUE (report_id, ordinal)
        );
        CREATE INDEX claim_source_key ON claim(source_key);

        CREATE TABLE merged_event (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            country TEXT,
            location_name TEXT,
            location_name_ar TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL,
            geo_precision INTEGER,
            date TEXT,
            date_precision TEXT,
            window_first INTEGER,
            window_last INTEGER,
            actor1 TEXT,
            actor2 TEXT,
            fatalities_low INTEGER,
            fatalities_best INTEGER,
            fatalities_high INTEGER,
            injuries_low INTEGER,
            injuries_best INTEGER,
            injuries_high INTEGER,
            member_count INTEGER NOT NULL,
            report_count INTEGER NOT NULL,
            claim_count INTEGER NOT NULL
        );
        CREATE INDEX merged_event_window ON merged_event(window_first);
        CREATE INDEX merged_event_country ON merged_event(country, window_first);

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            merged_id INTEGER NOT NULL REFERENCES merged_event(id),
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            country TEXT,
            location_name TEXT,
            location_name_ar TEXT,
            admin1 TEXT,
            location_country TEXT,
            latitude REAL,
            longitude REAL,
            geo_precision INTEGER,
            location_start INTEGER,
            location_end INTEGER,
            date TEXT,
            date_precision TEXT,
            date_start INTEGER,
            date_end INTEGER,
            fatalities_low INTEGER,
            fatalities_best INTEGER,
            fatalities_high INTEGER,
            injuries_low INTEGER,
            injuries_best INTEGER,
            injuries_high INTEGER,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            rule TEXT NOT NULL,
            family TEXT NOT NULL,
            merge_country TEXT,
            window_first INTEGER,
            window_last INTEGER,
            actor_names TEXT NOT NULL,
            initiator_names TEXT NOT NULL,
            UNIQUE (report_id, ordinal)
        );
        CREATE INDEX event_window ON event(window_first);
        CREATE INDEX event_merged ON event(merged_id);

        CREATE TABLE event_actor (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER,
            PRIMARY KEY (event_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE event_claim (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, ordinal)
        ) WITHOUT ROWID;
        """
}
