import ArgumentParser

@main
struct Rasid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rasid",
        abstract: "Turns Arabic news reports of political violence into source-attributed event data.",
        discussion: """
            Rasid reads a report and writes its casualty claims (each figure with its category, source, \
            hedging and the text it came from), its events (ACLED type, place, date, actors) and the \
            reconciled low / best / high tolls. Output follows the rasid.v1 contract (docs/contract.md).
            """,
        subcommands: [Extract.self, Ingest.self, Events.self, Eval.self, Bench.self, Demo.self, Inspect.self, Places.self]
    )
}
