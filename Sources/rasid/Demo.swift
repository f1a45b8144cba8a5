import ArgumentParser
import EventExtraction
import EventModel

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the bundled sample reports and print a readable summary."
    )

    func run() throws {
        print("rasid demo: not yet wired")
    }
}
