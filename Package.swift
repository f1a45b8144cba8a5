// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Rasid",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rasid", targets: ["rasid"]),
        .library(name: "EventExtraction", targets: ["EventExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Domain types and the output contract; no dependencies.
        .target(name: "EventModel"),
        // Algorithms over Arabic text: normalisation, tokens, sentences, numbers. No words.
        .target(name: "ArabicText", dependencies: ["EventModel"]),
        // Data files (words, places, actors) and their typed loaders.
        .target(
            name: "Lexicon",
            dependencies: ["EventModel", "ArabicText"],
            resources: [.copy("Resources")]
        ),
        // Pipeline stages: quantities -> claims -> attribution -> events -> reconciliation.
        .target(name: "EventExtraction", dependencies: ["EventModel", "ArabicText", "Lexicon"]),
        // Scoring against gold files and throughput measurement.
        .target(name: "Evaluation", dependencies: ["EventModel", "ArabicText", "Lexicon", "EventExtraction"]),
        // Storage behind a protocol: in-memory twin and SQLite.
        .target(
            name: "EventStore",
            dependencies: ["EventModel", "EventExtraction", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "rasid",
            dependencies: [
                "EventModel", "ArabicText", "Lexicon", "EventExtraction", "Evaluation", "EventStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Samples/README.md"],
            resources: [.copy("Samples/samples.jsonl")]
        ),
        .testTarget(name: "EventModelTests", dependencies: ["EventModel"]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "Lexicon", "EventModel"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "ArabicText", "EventModel"]),
        .testTarget(name: "EventExtractionTests", dependencies: ["EventExtraction", "Lexicon", "ArabicText", "EventModel"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "EventExtraction", "EventModel"]),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore", "EventExtraction", "EventModel"], exclude: ["Golden"]),
    ]
)
