import EventModel

/// The source-independence key of a claim: source kind + source text + via + figure.
///
/// Two claims with the same key are one statement, however many outlets reprint it (one AFP wire quoted by five papers
/// counts once). The source text is compared loosely: harakat (U+064B-U+0652) and tatweel (U+0640) dropped, alef forms
/// (أ إ آ, U+0623 U+0625 U+0622) read as bare alef (ا, U+0627), teh marbuta (ة, U+0629) as heh (ه, U+0647), alef
/// maksura (ى, U+0649) as yeh (ي, U+064A), runs of white space as one space.
public enum SourceKey {
    public static func key(for claim: CasualtyClaim) -> String {
        var key = claim.source.kind.rawValue
        key += "|"
        key += normalized(claim.source.text)
        key += "|"
        key += (claim.source.via ?? "").lowercased()
        key += "|"
        key += claim.category.rawValue
        key += ":"
        key += String(claim.min)
        key += "-"
        key += claim.max.map(String.init) ?? ""
        return key
    }

    /// The loose comparison form of a source's text.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if (0x064B...0x0652).contains(v) || v == 0x0640 { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch v {
            case 0x0622, 0x0623, 0x0625: out.append("\u{0627}")
            case 0x0629: out.append("\u{0647}")
            case 0x0649: out.append("\u{064A}")
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }
}
