import Testing

@testable import Lexicon

/// DataFile parsing: comments, blank lines, trimming of fields.
struct DataFileTests {
    @Test func skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        let file = DataFile(name: "t.tsv", contents: "# header\n\nقتل\tkilled\n  # indented comment\n\u{00A0}\nجرح\tinjured")
        #expect(file.rows.map(\.line) == [3, 6])
        #expect(file.rows.map(\.fields) == [["قتل", "killed"], ["جرح", "injured"]])
    }

    @Test(arguments: [
        ("  a \t b  ", ["a", "b"]),
        ("a\t\tb", ["a", "", "b"]),
        ("a\t", ["a", ""]),
        ("\u{00A0}باماكو\u{2009}\tML\r", ["باماكو", "ML"]),
        ("x\u{3000}", ["x"]),
        ("\u{00E9}t\u{00E9}", ["\u{00E9}t\u{00E9}"]),
    ])
    func trimsSpacesAroundFields(line: String, fields: [String]) {
        #expect(DataFile(name: "t.tsv", contents: line + "\n").rows.first?.fields == fields)
    }

    @Test func readsWindowsLineEndings() {
        let file = DataFile(name: "t.tsv", contents: "a\tb\r\nc\td\r\n")
        #expect(file.rows.map(\.fields) == [["a", "b"], ["c", "d"]])
    }
}
