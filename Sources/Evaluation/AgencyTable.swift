import Lexicon

/// The agencies whose spellings the scorer folds together (`eval/score_agencies.tsv`, score.py's `norm_via` table).
public struct AgencyTable: Sendable {
    public struct Entry: Sendable {
        /// The key a matching via scores as (`afp`).
        public var key: String
        /// Lower-case substrings that select the key (`afp`, `france`, the Arabic spelling).
        public var names: [String]

        public init(key: String, names: [String]) {
            self.key = key
            self.names = names
        }
    }

    /// Entries in file order; the first agency with a matching name wins.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Reads rows `key<TAB>name<TAB>name...`.
    public init(file: DataFile) throws {
        var entries: [Entry] = []
        for row in file.rows {
            let names = row.fields.dropFirst().filter { !$0.isEmpty }
            guard !row[0].isEmpty, !names.isEmpty else {
                throw LexiconError(file: file.name, line: row.line, message: "expected key<TAB>name[<TAB>name...]")
            }
            entries.append(Entry(key: row[0], names: Array(names)))
        }
        self.init(entries: entries)
    }

    /// The bundled table.
    public static func standard(source: LexiconSource = .bundled) throws -> AgencyTable {
        try AgencyTable(file: source.load("eval/score_agencies.tsv"))
    }
}
