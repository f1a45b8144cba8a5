/// A set of token indexes of one document, as one flag per token: a lookup is an array read, not a hash.
///
/// The claims stage asks "is token t the first of a number expression / part of a cue / part of a time figure" for
/// nearly every token it walks; as `Set<Int>` each question hashed the index with SipHash.
struct TokenFlags: Sendable {
    private var flags: [Bool]

    /// No token of a document of `count` tokens.
    init(count: Int) {
        // A memset: `Array(repeating:count:)` filled it element by element.
        flags = [Bool](unsafeUninitializedCapacity: count) { flags, initialized in
            flags.initialize(repeating: false)
            initialized = count
        }
    }

    /// The given tokens of a document of `count` tokens (indexes outside `0..<count` are ignored).
    init<S: Sequence>(count: Int, _ tokens: S) where S.Element == Int {
        self.init(count: count)
        for t in tokens where t >= 0 && t < count { flags[t] = true }
    }

    /// Adds token `t` (an index outside the document is ignored).
    mutating func insert(_ t: Int) {
        if t >= 0 && t < flags.count { flags[t] = true }
    }

    /// Adds the tokens of `range` (indexes outside the document are ignored): no array of them is built first.
    mutating func insert(_ range: Range<Int>) {
        let count = flags.count
        flags.withUnsafeMutableBufferPointer { flags in
            for t in range where t >= 0 && t < count { flags[t] = true }
        }
    }

    /// Whether token `t` is in the set.
    @inline(__always)
    func contains(_ t: Int) -> Bool { t >= 0 && t < flags.count && flags[t] }
}
