/// The clitic segmentations of every word token of a document, computed once and shared by all lexicon matchers.
public struct TokenSegments: Sendable {
    @usableFromInline let starts: [Int32]
    @usableFromInline let segments: [CliticAnalyzer.Segment]

    public init(tokens: [Token], text: NormalizedText, analyzer: CliticAnalyzer) {
        var starts = [Int32]()
        starts.reserveCapacity(tokens.count + 1)
        var segments: [CliticAnalyzer.Segment] = []
        segments.reserveCapacity(tokens.count * 4)
        // The segmentation is inlined here over the scalars' buffer, appending to one array: through the public
        // `segments(of:into:)` each word paid a slice, a buffer and a closure call per segment.
        tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                for t in tokens.indices {
                    starts.append(Int32(segments.count))
                    let kind = tokens[t].kind
                    if kind == .word || kind == .latin {
                        analyzer.forEachSegment(of: UnsafeBufferPointer(rebasing: scalars[tokens[t].range])) { segment in
                            segments.append(segment)
                            return true
                        }
                    }
                }
            }
        }
        starts.append(Int32(segments.count))
        self.starts = starts
        self.segments = segments
    }

    /// No segmentation for any of `count` tokens (a text read without its lexicon stages).
    public init(emptyFor count: Int) {
        starts = [Int32](repeating: 0, count: count + 1)
        segments = []
    }

    /// The segmentations of token `t` (the whole word first); empty for non-words.
    @inlinable @inline(__always)
    public func of(_ t: Int) -> ArraySlice<CliticAnalyzer.Segment> {
        segments[Int(starts[t])..<Int(starts[t + 1])]
    }
}
