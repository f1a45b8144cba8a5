/// Entry indexes grouped by a `WordKey` (e.g. the key of a phrase's first word), each group in insertion order.
///
/// A `WordKeyTable<[Int]>` would hand out an array for every lookup, and reading it cost a retain and a release on every
/// word of every document for every lexicon. Here each group is a chain through one flat array: the table holds the
/// group's first and last index, `next[e]` the index after entry `e` in its group. Nothing is reference counted when a
/// group is walked.
public struct WordKeyChains: Sendable {
    /// The first and last entry of one group.
    @usableFromInline struct Ends: Sendable {
        @usableFromInline var first: Int32
        @usableFromInline var last: Int32

        @inlinable init(first: Int32, last: Int32) {
            self.first = first
            self.last = last
        }
    }

    @usableFromInline var ends = WordKeyTable<Ends>()
    /// For each entry index, the next index of its group, or -1 (also for indexes in no group).
    @usableFromInline var next: [Int32] = []

    public init() {}

    /// Number of groups (distinct keys).
    public var count: Int { ends.count }

    /// Adds entry `index` to the end of `key`'s group. An index belongs to one group at most.
    public mutating func append(_ index: Int, under key: WordKey) {
        if next.count <= index { next.append(contentsOf: repeatElement(-1, count: index + 1 - next.count)) }
        let entry = Int32(index)
        if var group = ends[key] {
            next[Int(group.last)] = entry
            group.last = entry
            ends[key] = group
        } else {
            ends[key] = Ends(first: entry, last: entry)
        }
    }

    /// Whether `key` has a group.
    @inlinable
    public func contains(_ key: WordKey) -> Bool { ends.contains(key) }

    /// Calls `body` with each index of `key`'s group, in insertion order.
    @inlinable @inline(__always)
    public func forEach(_ key: WordKey, _ body: (Int) -> Void) {
        guard let group = ends[key] else { return }
        next.withUnsafeBufferPointer { next in
            var e = group.first
            while e >= 0 {
                body(Int(e))
                e = next[Int(e)]
            }
        }
    }

    /// The indexes of `key`'s group, in insertion order (for tests and tools; matchers walk groups with `forEach`).
    public func indexes(of key: WordKey) -> [Int] {
        var out: [Int] = []
        forEach(key) { out.append($0) }
        return out
    }
}
