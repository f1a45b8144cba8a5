import EventModel

/// Splits a normalised view into tokens in one pass, with no backtracking.
///
/// Numbers keep internal thousands separators and one decimal point when a digit follows ("1,500", "3.5");
/// everything else that is neither letter, digit nor space is one punctuation or symbol token.
public enum Tokenizer {
    public static func tokenize(_ text: NormalizedText) -> [Token] {
        // Most texts have far fewer tokens than a quarter of their scalars; a text with more is scanned again with room
        // for one token per scalar, the most there can be.
        tokenize(text, capacity: text.scalars.count / 4 + 16) ?? tokenize(text, capacity: text.scalars.count)!
    }

    /// The tokens of `text` written straight into the array's storage (an append checks that the buffer is not shared
    /// for every token), or nil when there are more than `capacity`.
    static func tokenize(_ text: NormalizedText, capacity: Int) -> [Token]? {
        var complete = true
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
            var out = TokenBuffer(buffer)
            text.scalars.withUnsafeBufferPointer { s in
                text.origin.withUnsafeBufferPointer { origin in
                    text.original.withUnsafeBufferPointer { original in
                        complete = scan(s, origin: origin, original: original, into: &out)
                    }
                }
            }
            count = out.count
        }
        return complete ? tokens : nil
    }

    /// Tokens written into uninitialised storage of a fixed capacity.
    struct TokenBuffer {
        let buffer: UnsafeMutableBufferPointer<Token>
        private(set) var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

        /// Appends `token`; false when the storage is full.
        @inline(__always)
        mutating func append(_ token: Token) -> Bool {
            guard count < buffer.count else { return false }
            buffer.initializeElement(at: count, to: token)
            count &+= 1
            return true
        }
    }

    /// Character classes, in the order the scanner tests them.
    enum CharClass: UInt8 {
        case other, lineBreak, space, arabicLetter, digit, latinLetter, arabicMark, punctuation
    }

    /// The class of every scalar below U+0700 (ASCII, Latin, Arabic), precomputed from the class tests.
    static let classTable: [CharClass] = (0..<0x700).map { classify(UInt32($0)) }

    static func classify(_ v: UInt32) -> CharClass {
        if v == 0x0A || v == 0x2029 || v == 0x2028 { return .lineBreak }
        if isSpace(v) { return .space }
        if isArabicLetter(v) { return .arabicLetter }
        if isDigit(v) { return .digit }
        if isLatinLetter(v) { return .latinLetter }
        if isArabicMark(v) { return .arabicMark }
        if isPunctuation(v) { return .punctuation }
        return .other
    }

    /// Whether a scalar below U+0700 continues a word (an Arabic letter or a combining mark), one byte per scalar.
    static let wordTable: [Bool] = classTable.map { $0 == .arabicLetter || $0 == .arabicMark }

    static func scan(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, origin: UnsafeBufferPointer<Int32>, original: UnsafeBufferPointer<Unicode.Scalar>,
        into tokens: inout TokenBuffer
    ) -> Bool {
        classTable.withUnsafeBufferPointer { table in
            wordTable.withUnsafeBufferPointer { word in
                scan(s, origin: origin, original: original, classes: table, word: word, into: &tokens)
            }
        }
    }

    /// The scan over the class tables: a word is hashed as it is read, and its scalars are tested with one table read.
    @inline(__always)
    static func scan(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, origin: UnsafeBufferPointer<Int32>, original: UnsafeBufferPointer<Unicode.Scalar>,
        classes table: UnsafeBufferPointer<CharClass>, word: UnsafeBufferPointer<Bool>, into tokens: inout TokenBuffer
    ) -> Bool {
        @inline(__always) func cls(_ v: UInt32) -> CharClass { v < 0x700 ? table[Int(v)] : classify(v) }
        @inline(__always) func continuesWord(_ v: UInt32) -> Bool {
            if v < 0x700 { return word[Int(v)] }
            let c = classify(v)
            return c == .arabicLetter || c == .arabicMark
        }
        @inline(__always) func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, key h: UInt64) {
            // The original span; harakat removed right after the last scalar belong to it (see NormalizedText.originalSpan).
            var spanEnd = Int(origin[end - 1]) + 1
            let limit = end < origin.count ? Int(origin[end]) : original.count
            while spanEnd < limit, ArabicNormalizer.isDiacritic(original[spanEnd].value) { spanEnd += 1 }
            let token = Token(
                kind: kind, range: start..<end, span: TextSpan(start: Int(origin[start]), end: spanEnd), first: s[start],
                key: WordKey(value: h)
            )
            if !tokens.append(token) { full = true }
        }
        @inline(__always) func emit(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            var h = WordKey.offsetBasis
            for c in UnsafeBufferPointer(rebasing: s[start..<end]) { h = WordKey.combine(h, c) }
            emit(kind, start, end, key: h)
        }
        let n = s.count
        var i = 0
        var full = false
        while i < n && !full {
            let first = s[i]
            let v = first.value
            let start = i
            switch cls(v) {
            case .lineBreak:
                i += 1
                emit(.lineBreak, start, i)
            case .space:
                i += 1
            case .arabicLetter:
                var h = WordKey.combine(WordKey.offsetBasis, first)
                i += 1
                while i < n {
                    let c = s[i]
                    if !continuesWord(c.value) { break }
                    h = WordKey.combine(h, c)
                    i += 1
                }
                emit(.word, start, i, key: h)
            case .digit:
                i += 1
                while i < n {
                    let c = s[i].value
                    if cls(c) == .digit {
                        i += 1
                    } else if (c == 0x2C || c == 0x2E) && i + 1 < n && cls(s[i + 1].value) == .digit {
                        i += 2
                    } else {
                        break
                    }
                }
                emit(.number, start, i)
            case .latinLetter:
                i += 1
                while i < n, cls(s[i].value) == .latinLetter || (s[i].value == 0x27 && i + 1 < n && cls(s[i + 1].value) == .latinLetter) {
                    i += 1
                }
                emit(.latin, start, i)
            case .arabicMark:
                // A stray combining mark with no letter before it: keep it with nothing, as a symbol.
                i += 1
                emit(.symbol, start, i)
            case .punctuation:
                i += 1
                emit(.punctuation, start, i)
            case .other:
                i += 1
                emit(.symbol, start, i)
            }
        }
        return !full
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
