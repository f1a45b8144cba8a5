import Foundation
import Testing

@testable import Evaluation

struct ScoreValueTests {
    func value(_ json: String) throws -> ScoreValue {
        let object = try JSONSerialization.jsonObject(with: Data("{\"v\": \(json)}".utf8)) as! [String: Any]
        return ScoreValue(json: object["v"])
    }

    @Test func comparesNumbersAndBooleansAsPythonDoes() throws {
        #expect(try value("77") == value("77.0"))
        #expect(try value("true") == value("1"))
        #expect(try value("false") == value("0"))
        #expect(try value("null") == value("null"))
        #expect(try value("null") != value("0"))
        #expect(try value("\"77\"") != value("77"))
        #expect(Set([try value("3"), try value("3.0")]).count == 1)
    }

    @Test func comparesStringsByCodePoint() {
        // é precomposed vs e + combining acute: equal for Swift's String, different for Python.
        #expect(ScoreValue.string("\u{E9}") != ScoreValue.string("e\u{301}"))
        #expect(ScoreValue.string("killed") == ScoreValue.string("killed"))
    }

    @Test(arguments: [("0", false), ("1", true), ("\"\"", false), ("\"x\"", true), ("null", false), ("false", false)])
    func followsPythonTruthiness(json: String, expected: Bool) throws {
        #expect(try value(json).isTruthy == expected)
    }

    @Test(arguments: [(0.6665, 0.666), (0.0625, 0.062), (2.0 / 3.0, 0.667), (0.5, 0.5), (1.0, 1.0), (0.8335, 0.834)])
    func roundsLikePython(x: Double, expected: Double) {
        #expect(ScoreReport.round3(x) == expected)
    }

    @Test(arguments: [(1.0, "1.0"), (0.0, "0.0"), (0.667, "0.667"), (0.5, "0.5")])
    func printsFloatsLikePythonRepr(x: Double, expected: String) {
        #expect(ScoreReport.pyFloat(x) == expected)
    }
}
