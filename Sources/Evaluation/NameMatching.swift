import Foundation

/// The name comparisons of `score.py`: place names (`norm_name`, `lev`, `same_place`) and agencies (`norm_via`).
public enum NameMatching {
    // MARK: - Place names

    /// `norm_name`: NFKD, drop combining marks, lowercase, strip Arabic article prefixes written in Latin
    /// (`al-`, `el-`, `ash-`, ... at a word start), then keep only the letters a-z.
    ///
    /// An Arabic-script name therefore normalises to "" (score.py compares English exonyms).
    public static func normalizedPlaceName(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return "" }
        var scalars: [Unicode.Scalar] = []
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            // Only ASCII capitals can lower-case into a-z once the text is NFKD-decomposed.
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                scalars.append(scalar)
            }
        }
        var kept = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i == 0 || !isWordCharacter(scalars[i - 1]), let length = articlePrefixLength(scalars, at: i) {
                i += length
                continue
            }
            let v = scalars[i].value
            if v >= 0x61 && v <= 0x7A { kept.append(scalars[i]) }
            i += 1
        }
        return String(kept)
    }

    /// The alternatives of score.py's `\b(al|el|ad|ar|as|ash|at|az|ad-)[- ]`, tried in its order.
    private static let articlePrefixes: [[Unicode.Scalar]] = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ad-"].map {
        Array($0.unicodeScalars)
    }

    /// Length of the prefix match (article plus its hyphen or space) at `i`, or nil.
    private static func articlePrefixLength(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        for prefix in articlePrefixes {
            let end = i + prefix.count
            guard end < s.count else { continue }
            if Array(s[i..<end]) == prefix && (s[end] == "-" || s[end] == " ") {
                return prefix.count + 1
            }
        }
        return nil
    }

    /// Python's `\w` for `str` patterns: letters, characters with a numeric value, and the underscore.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        let props = scalar.properties
        switch props.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return props.numericType != nil
        }
    }

    /// `lev`: Levenshtein distance over code points.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x == y { return 0 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i]
            current.reserveCapacity(y.count + 1)
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current.append(min(previous[j] + 1, current[j - 1] + 1, substitution))
            }
            previous = current
        }
        return previous[y.count]
    }

    /// `same_place`: equal, one inside the other, or within a quarter of the longer length in edits (at least 1),
    /// after `normalizedPlaceName`. Python's `round` rounds halves to even, and so does this.
    public static func samePlace(_ gold: String?, _ predicted: String?) -> Bool {
        let a = normalizedPlaceName(gold)
        let b = normalizedPlaceName(predicted)
        if a.isEmpty || b.isEmpty { return false }
        if a == b || a.contains(b) || b.contains(a) { return true }
        let longest = max(a.unicodeScalars.count, b.unicodeScalars.count)
        let allowed = max(1, Int((0.25 * Double(longest)).rounded(.toNearestOrEven)))
        return editDistance(a, b) <= allowed
    }

    // MARK: - Agencies

    /// `norm_via`: "" for none; the agency key (`afp`, `reuters`, `ap`) when the lower-cased name contains one of
    /// the agency's names, trying agencies in table order; otherwise the lower-cased name.
    public static func normalizedAgency(_ via: ScoreValue, agencies: AgencyTable) -> String {
        guard via.isTruthy else { return "" }
        let lowered = via.description.lowercased()
        for agency in agencies.entries where agency.names.contains(where: { containsScalars(lowered, $0) }) {
            return agency.key
        }
        return lowered
    }

    /// Substring test on code points (Python's `in`), not on Swift's canonical-equivalence characters.
    static func containsScalars(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if Array(h[start..<(start + n.count)]) == n { return true }
        }
        return false
    }
}
