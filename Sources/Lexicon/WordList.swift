import ArabicText

extension LexiconSource {
    /// Loads a one-column word list as matching-form keys.
    public func wordKeys(_ path: String) throws -> Set<WordKey> {
        Set(try load(path).rows.map { WordKey(ArabicNormalizer.normalizedString($0[0])) })
    }
}
