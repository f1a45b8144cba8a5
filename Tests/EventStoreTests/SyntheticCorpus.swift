import Foundation

/// Writes a JSONL file of short reports made up for tests (our own sentences, varied by town, figure and day).
enum SyntheticCorpus {
    static let towns = ["دوما", "حرستا", "حمص", "إدلب", "الرقة", "دير الزور", "درعا", "حماة"]
    static let outlets = ["Outlet One", "Outlet Two", "Outlet Three"]

    /// `count` reports; every third one retells an earlier incident from another outlet.
    static func lines(count: Int) -> [String] {
        (0..<count).map { i in
            let incident = i % 3 == 2 ? i - 1 : i
            let town = towns[incident % towns.count]
            let killed = 2 + incident % 17
            let day = 1 + (incident / 8) % 28
            let text = "قتل \(killed) أشخاص وأصيب \(killed * 2) آخرون في غارة جوية استهدفت سوقا في مدينة \(town) يوم \(day) مارس، "
                + "بحسب ما قال مصدر طبي لوكالة فرانس برس. (نسخة \(i))"
            let object: [String: Any] = [
                "id": "syn-\(i)", "outlet": outlets[i % outlets.count], "url": "https://example.org/syn/\(i)",
                "published": String(format: "2018-03-%02d", min(28, day + 1)), "title": "غارة على \(town)", "text": text,
            ]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Writes `lines` to a new temporary file and returns its path.
    static func write(_ lines: [String], name: String = "input.jsonl") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
