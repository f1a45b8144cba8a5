import EventModel
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode (GRDB), migrated on open.
///
/// Each `store` call is one transaction: a crash (even `kill -9`) keeps every committed batch and loses only the batch
/// in flight, and the database stays consistent. `synchronous = NORMAL` makes commits durable against a process crash
/// (not against power loss) at a fraction of the cost of `FULL`.
public final class SQLiteEventRepository: EventRepository, Sendable {
    /// Settings of a store; a value passed in, never global.
    public struct Options: Sendable {
        public var policy: MergePolicy
        /// Seconds to pause after each report inside the write transaction. Only for crash tests, which need an ingest
        /// slow enough to be killed in the middle of a transaction.
        public var pausePerReport: Double

        public init(policy: MergePolicy = .standard, pausePerReport: Double = 0) {
            self.policy = policy
            self.pausePerReport = pausePerReport
        }
    }

    /// A pool: in WAL mode its readers do not wait for the writer, so an ingest can check which reports are stored
    /// while the previous batch is being written.
    private let queue: DatabasePool
    public let path: String
    public let options: Options
    /// Merge features of stored events, decoded once for the life of this repository (cleared when a batch fails).
    private let featureCache = FeatureCache()

    /// Opens (creating if needed) the store at `path` and applies pending migrations.
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        self.options = options
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabasePool(path: path, configuration: config)
            try StoreMigrations.migrator.migrate(queue)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Opens an existing store; a missing file is an error rather than a new empty store.
    public static func openExisting(path: String, options: Options = Options()) throws -> SQLiteEventRepository {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "no such file (create it with `rasid ingest --db \(path) ...`)")
        }
        return try SQLiteEventRepository(path: path, options: options)
    }

    // MARK: - EventRepository

    public func store(_ items: [IngestItem]) throws -> StoreOutcome {
        let options = self.options
        let cache = featureCache
        do {
            return try queue.write { db in
                var storage = SQLiteMergeStorage(db: db, featureCache: cache)
                return try MergeEngine.add(items, to: &storage, policy: options.policy) {
                    if options.pausePerReport > 0 { Thread.sleep(forTimeInterval: options.pausePerReport) }
                }
            }
        } catch {
            // The transaction rolled back: its events' ids may be handed out again.
            cache.clear()
            throw error
        }
    }

    public func storedHashes(among hashes: [String]) throws -> Set<String> {
        try queue.read { db in
            var found: Set<String> = []
            for hash in hashes where try ReportRow.id(forHash: hash, in: db) != nil { found.insert(hash) }
            return found
        }
    }

    public func mergedEvents(matching query: EventQuery) throws -> [MergedEvent] {
        try queue.read { db in
            var sql = "SELECT id FROM merged_event WHERE member_count > 0"
            var args: StatementArguments = []
            if let country = query.country {
                sql += " AND country = ?"
                _ = args.append(contentsOf: [country.uppercased()])
            }
            if let type = query.type {
                sql += " AND type = ?"
                _ = args.append(contentsOf: [type.rawValue])
            }
            if let minimum = query.minFatalities {
                sql += " AND COALESCE(fatalities_best, 0) >= ?"
                _ = args.append(contentsOf: [minimum])
            }
            if let from = query.from {
                sql += " AND window_last >= ?"
                _ = args.append(contentsOf: [from.dayNumber])
            }
            if let to = query.to {
                sql += " AND window_first <= ?"
                _ = args.append(contentsOf: [to.dayNumber])
            }
            if let near = query.near {
                // A bounding box first (1 degree of latitude is ~111 km); the exact distance is checked in Swift.
                let dLat = near.kilometres / 111.0 + 0.01
                let dLon = near.kilometres / max(1.0, 111.0 * cos(near.latitude * Double.pi / 180)) + 0.01
                sql += " AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?"
                _ = args.append(contentsOf: [near.latitude - dLat, near.latitude + dLat, near.longitude - dLon, near.longitude + dLon])
            }
            sql += " ORDER BY COALESCE(window_first, 9223372036854775807), id"
            let ids = try Int64.fetchAll(db, sql: sql, arguments: args)
            var storage = SQLiteMergeStorage(db: db)
            var events: [MergedEvent] = []
            var start = 0
            while start < ids.count {
                let chunk = Array(ids[start..<min(ids.count, start + SQLiteMergeStorage.idChunk)])
                start += chunk.count
                let members = try storage.members(ofMergedIDs: chunk)
                for id in chunk {
                    guard let merged = MergedEventBuilder.build(id: id, members: members[id] ?? []) else { continue }
                    if query.matches(merged) { events.append(merged) }
                }
            }
            return events
        }
    }

    public func statistics() throws -> StoreStatistics {
        try queue.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return StoreStatistics(
                reports: try count("report"), claims: try count("claim"), events: try count("event"),
                mergedEvents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM merged_event WHERE member_count > 0") ?? 0
            )
        }
    }

    // MARK: - Maintenance

    /// `PRAGMA integrity_check` plus the store's own invariants; an empty list when all is well.
    public func integrityProblems() throws -> [String] {
        try queue.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try String.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            let checks: [(String, String)] = [
                ("merged events whose member count is wrong", """
                    SELECT COUNT(*) FROM merged_event m
                    WHERE m.member_count != (SELECT COUNT(*) FROM event e WHERE e.merged_id = m.id)
                    """),
                ("empty merged events", "SELECT COUNT(*) FROM merged_event WHERE member_count = 0"),
            ]
            for (label, sql) in checks {
                let n = try Int.fetchOne(db, sql: sql) ?? 0
                if n > 0 { problems.append("\(n) \(label)") }
            }
            return problems
        }
    }
}
