/// Kinds of words that tell an actor's role next to them (see `ar/actor_role_cues.tsv`).
public enum ActorCue: String, Sendable, CaseIterable {
    case agent, claim, target, with, between, affiliation
}

/// Role cue phrases, loaded from `ar/actor_role_cues.tsv`.
public struct ActorRoleCues: Sendable {
    public var cues = PhraseTable<ActorCue>()

    public init() {}

    public static let fileName = "ar/actor_role_cues.tsv"

    public static func load(from source: LexiconSource = .bundled) throws -> ActorRoleCues {
        try ActorRoleCues(file: source.load(fileName))
    }

    public init(file: DataFile) throws {
        for row in file.rows {
            guard let cue = ActorCue(rawValue: row[0]), !row[1].isEmpty else {
                let kinds = ActorCue.allCases.map(\.rawValue).joined(separator: ", ")
                throw LexiconError(file: file.name, line: row.line, message: "kind (\(kinds)) and phrase expected")
            }
            cues.add(row[1], cue)
        }
    }
}
