/// A key string (already in the gazetteer's matching form) hashed and compared by its UTF-8 bytes.
///
/// The gazetteer's load-time tables index tens of thousands of Arabic keys, and `String` hashes and compares with
/// Unicode normalisation (about a third of the start-up's instructions went there). Keys made by `PlaceKey.normalise`
/// or `TransliterationKey` are in one form already, so their bytes decide equality.
struct ByteKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }
}
