import EventModel

/// Splits a normalised view into tokens in one pass, with no backtracking.
///
/// Numbers keep internal thousands separators and one decimal point when a digit follows ("1,500", "3.5");
/// everything else that is neither letter, digit nor space is one punctuation or symbol token.
public enum Tokenizer {
    public static func tokenize(_ text: NormalizedText) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            let v = s[i].value
            if v == 0x0A || v == 0x2029 || v == 0x2028 {
                tokens.append(make(text, .lineBreak, i..<(i + 1)))
                i += 1
                continue
            }
            if isSpace(v) {
                i += 1
                continue
            }
            let start = i
            if isArabicLetter(v) {
                i += 1
                while i < n, isArabicLetter(s[i].value) || isArabicMark(s[i].value) { i += 1 }
                tokens.append(make(text, .word, start..<i))
            } else if isDigit(v) {
                i += 1
                while i < n {
                    let c = s[i].value
                    if isDigit(c) {
                        i += 1
                    } else if (c == 0x2C || c == 0x2E) && i + 1 < n && isDigit(s[i + 1].value) {
                        i += 2
                    } else {
                        break
                    }
                }
                tokens.append(make(text, .number, start..<i))
            } else if isLatinLetter(v) {
                i += 1
                while i < n, isLatinLetter(s[i].value) || (s[i].value == 0x27 && i + 1 < n && isLatinLetter(s[i + 1].value)) {
                    i += 1
                }
                tokens.append(make(text, .latin, start..<i))
            } else if isArabicMark(v) {
                // A stray combining mark with no letter before it: keep it with nothing, as a symbol.
                i += 1
                tokens.append(make(text, .symbol, start..<i))
            } else {
                i += 1
                tokens.append(make(text, isPunctuation(v) ? .punctuation : .symbol, start..<i))
            }
        }
        return tokens
    }

    @inline(__always)
    static func make(_ text: NormalizedText, _ kind: Token.Kind, _ range: Range<Int>) -> Token {
        let slice = text.scalars[range]
        return Token(
            kind: kind, range: range, span: text.originalSpan(range), text: NormalizedText.makeString(slice),
            key: WordKey(scalars: slice)
        )
    }

    // MARK: - Character classes

    @inline(__always)
    public static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x066E...0x066F).contains(v)
            || (0x0671...0x06D3).contains(v) || v == 0x06D5 || (0x06EE...0x06EF).contains(v) || (0x06FA...0x06FC).contains(v)
            || v == 0x06FF || (0x0750...0x077F).contains(v) || v == 0x0640
    }

    /// Combining marks kept inside a word when a view does not remove them.
    @inline(__always)
    static func isArabicMark(_ v: UInt32) -> Bool {
        (0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v)
            || v == 0x200C || v == 0x200D
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) }

    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C || v == 0xA0 || (0x2000...0x200A).contains(v)
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x85
    }

    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return true
        case 0x2010...0x2027, 0x2030...0x205E, 0x00AB, 0x00BB, 0x00B7: return true
        default: return false
        }
    }
}
