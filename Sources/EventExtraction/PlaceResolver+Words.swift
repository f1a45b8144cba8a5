import ArabicText
import Lexicon

// MARK: - The readings of every word, once per document

extension PlaceResolver {
    /// The place-matching readings (`PlaceStem`s) of every word of one document, computed once and shared by the
    /// mention finder and the unlisted-place finder (each read every word's stems before, building them twice).
    struct Words {
        /// Token `t`'s stems are `stems[starts[t]..<starts[t + 1]]` (none for a token that is not a word).
        let starts: [Int32]
        let stems: [PlaceStem]
        /// Per token: `stopword` when a stem is a listed common word, `nameStart` when a gazetteer name or country form
        /// starts with a stem (otherwise `longestName` finds nothing there), `unlistedCue` when a stem may introduce a
        /// name the gazetteer lacks, `cue` when a stem is a cue; and in the bits of `cueBits` the code of the cue of its
        /// first stem that is one (`cueCode`: one byte a token, no array of optional cues).
        let flags: [UInt8]

        /// (The gazetteer's role bits of a word, `GazetteerRoleBits`: a token's flags are those of its stems.)
        static let stopword = GazetteerRoleBits.stopword
        static let nameStart = GazetteerRoleBits.nameStart
        static let unlistedCue = GazetteerRoleBits.unlistedCue
        /// A stem of the token is a cue (`cue(_:)` is not nil).
        static let cue = GazetteerRoleBits.cue
        /// The bits that hold the code of a token's cue (`GazetteerRoleBits.code(of:)`).
        static let cueBits = GazetteerRoleBits.cueBits

        /// The cue of token `t`'s first stem that is one, if any.
        @inline(__always)
        func cue(_ t: Int) -> PlaceCue? { GazetteerRoleBits.cue(in: flags[t]) }

        /// Whether a stem of token `t` is a listed common word.
        @inline(__always)
        func isStopword(_ t: Int) -> Bool { flags[t] & Self.stopword != 0 }

        /// Whether a stem of token `t` is a settlement or area noun that a name the gazetteer lacks may follow.
        @inline(__always)
        func hasUnlistedCue(_ t: Int) -> Bool { flags[t] & Self.unlistedCue != 0 }

        /// The first token from `t` on (the token count when none) with a flag of `mask`: the finders skip the words
        /// between, where nothing they look for can start.
        @inline(__always)
        func next(withFlags mask: UInt8, from t: Int) -> Int {
            flags.withUnsafeBufferPointer { flags in
                var k = t
                while k < flags.count && flags[k] & mask == 0 { k += 1 }
                return k
            }
        }

        /// Whether a gazetteer name or country form may start at token `t`.
        @inline(__always)
        func startsName(_ t: Int) -> Bool { flags[t] & Self.nameStart != 0 }

        /// The stems of token `t`, whole word first.
        @inline(__always)
        func of(_ t: Int) -> ArraySlice<PlaceStem> { stems[Int(starts[t])..<Int(starts[t + 1])] }
    }

    /// The stems of every word of `text` (`stems(of:in:)` for each word token).
    ///
    /// Reads the tokens and segmentations through buffers and writes the arrays in place: every stem is a segmentation
    /// of its word (the whole word is the first), so there are at most as many stems as segmentations.
    func words(of text: AnalyzedText) -> Words {
        let tokenCount = text.tokens.count
        var flags = [UInt8](repeating: 0, count: tokenCount)
        var starts: [Int32] = []
        var stems: [PlaceStem] = []
        gazetteer.roleBits.withProbe { roles in
            text.tokens.withUnsafeBufferPointer { tokens in
                text.normalized.scalars.withUnsafeBufferPointer { all in
                    text.segments.withUnsafeBuffers { segmentStarts, segments in
                        flags.withUnsafeMutableBufferPointer { flags in
                            starts = [Int32](unsafeUninitializedCapacity: tokenCount + 1) { starts, startCount in
                                stems = [PlaceStem](unsafeUninitializedCapacity: segments.count + 1) { out, outCount in
                                    // (Stems written through a pointer with the count in a local, each probed as it is
                                    // written: no second pass over the word's stems.)
                                    let stemBase = out.baseAddress!
                                    var count = 0
                                    for t in 0..<tokenCount {
                                        starts[t] = Int32(truncatingIfNeeded: count)
                                        guard tokens[t].kind == .word else { continue }
                                        let range = tokens[t].range
                                        let key = tokens[t].key
                                        let first = count
                                        (stemBase + count).initialize(to: PlaceStem(range: range, key: key))
                                        count += 1
                                        // One probe of the role bits a stem; the cue (its bit and code) is the first stem's
                                        // that is one.
                                        var f = roles.bits(of: key.value)
                                        // The whole word is the first segmentation (see `appendStems`).
                                        let lo = range.lowerBound
                                        var i = Int(segmentStarts[t]) + 1
                                        let segmentEnd = Int(segmentStarts[t + 1])
                                        while i < segmentEnd {
                                            let segment = segments[i]
                                            i += 1
                                            guard segment.suffixLength == 0 && segment.prefixLength > 0 else { continue }
                                            let p = segment.prefixLength
                                            if Self.skipsPrefix(all, lo, p) { continue }
                                            let stemStart = lo + p
                                            var seen = false
                                            for k in first..<count where stemBase[k].range.lowerBound == stemStart {
                                                seen = true
                                                break
                                            }
                                            if seen { continue }
                                            (stemBase + count).initialize(
                                                to: PlaceStem(range: stemStart..<range.upperBound, key: segment.key))
                                            count += 1
                                            let b = roles.bits(of: segment.key.value)
                                            f |= f & Words.cue == 0 ? b : b & ~(Words.cue | Words.cueBits)
                                        }
                                        flags[t] = f
                                    }
                                    outCount = count
                                    starts[tokenCount] = Int32(truncatingIfNeeded: count)
                                    startCount = tokenCount + 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return Words(starts: starts, stems: stems, flags: flags)
    }

    /// Whether the proclitic chain of `p` letters at `start` of `all` is not read off place names: chains with ك or س,
    /// and ف not followed by ال (see `stems(of:in:)`).
    @inline(__always)
    static func skipsPrefix(_ all: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ p: Int) -> Bool {
        for k in start..<(start + p) where all[k] == "\u{0643}" || all[k] == "\u{0633}" { return true }
        return all[start] == "\u{0641}" && !(p >= 3 && all[start + p - 2] == "\u{0627}" && all[start + p - 1] == "\u{0644}")
    }

    /// Appends the stems of word `t` to `out` (see `stems(of:in:)`).
    static func appendStems(
        of t: Int, range: Range<Int>, key: WordKey, segments: TokenSegments, scalars all: UnsafeBufferPointer<Unicode.Scalar>,
        to out: inout [PlaceStem]
    ) {
        segments.withUnsafeBuffers { starts, segments in
            let wordSegments = Int(starts[t])..<Int(starts[t + 1])
            let stems = [PlaceStem](unsafeUninitializedCapacity: wordSegments.count + 1) { buffer, count in
                appendStems(range: range, key: key, segments: segments, wordSegments, scalars: all, to: buffer, count: &count)
            }
            out.append(contentsOf: stems)
        }
    }

    /// Appends the stems of a word (see `stems(of:in:)`), `range` of `all` with key `key` and segmentations
    /// `segments[wordSegments]`, to `out` from `count` on.
    ///
    /// A stem's key is its segmentation's key: with no suffix off, `CliticAnalyzer` hashes exactly the stem's scalars.
    @inline(__always)
    static func appendStems(
        range: Range<Int>, key: WordKey, segments: UnsafeBufferPointer<CliticAnalyzer.Segment>, _ wordSegments: Range<Int>,
        scalars all: UnsafeBufferPointer<Unicode.Scalar>, to out: UnsafeMutableBufferPointer<PlaceStem>, count: inout Int
    ) {
        let first = count
        out.initializeElement(at: count, to: PlaceStem(range: range, key: key))
        count += 1
        // The whole word is the first segmentation.
        for i in wordSegments.dropFirst() {
            let segment = segments[i]
            guard segment.suffixLength == 0 && segment.prefixLength > 0 else { continue }
            let p = segment.prefixLength
            let start = range.lowerBound
            if skipsPrefix(all, start, p) { continue }
            let stem = (start + p)..<range.upperBound
            // Suffixes of one word are equal as strings exactly when they have the same length (a shorter one lacks
            // scalars), that is the same range.
            var seen = false
            for k in first..<count where out[k].range == stem {
                seen = true
                break
            }
            if !seen {
                out.initializeElement(at: count, to: PlaceStem(range: stem, key: segment.key))
                count += 1
            }
        }
    }
}
