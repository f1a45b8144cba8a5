import ArabicText

/// The matching key of an Arabic place name: the text layer's matching normalisation (`ArabicNormalizer`,
/// `NormalizationOptions.matching`: alef forms أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Persian ی ک -> ي ك, no harakat
/// U+064B–U+0652 / U+0670 or tatweel U+0640), with hyphens and runs of white space turned into one space, so a
/// name's key is the normalised words of the text joined by single spaces. The data files keep names as written.
public enum PlaceKey {
    /// The matching form of `text`, trimmed, words separated by single spaces.
    public static func normalise(_ text: String) -> String {
        if isNormal(text) { return text }
        let normalized = ArabicNormalizer.normalizedString(text)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in normalized.unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x2D || v == 0x2010 || v == 0x2013 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `text` is its own matching form: Arabic letters that normalisation keeps as they are, words separated by
    /// single spaces (most names and keys are; they are returned without normalising and rebuilding them).
    public static func isNormal(_ text: String) -> Bool {
        var previousSpace = true  // no leading space
        for scalar in text.unicodeScalars {
            if scalar.value == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if TransliterationKey.isPlainLetter(scalar.value) {
                previousSpace = false
            } else {
                return false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// `key` without a leading definite article ال (alef U+0627, lam U+0644) when at least `minimumStem` letters remain.
    public static func withoutArticle(_ key: String, minimumStem: Int = 2) -> String? {
        let scalars = key.unicodeScalars
        guard scalars.count >= 2 + minimumStem else { return nil }
        var it = scalars.makeIterator()
        guard it.next() == "\u{0627}", it.next() == "\u{0644}" else { return nil }
        return String(String.UnicodeScalarView(scalars.dropFirst(2)))
    }
}
