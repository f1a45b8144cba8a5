/// The words the number parser reads, built by the lexicon from its data files.
public struct NumberVocabulary: Sendable {
    /// What a number word contributes.
    public enum Role: Sendable, Hashable {
        /// 1–9 (واحد، اثنان، ثلاثة …).
        case unit(Int)
        /// 10 and the tens 20–90 (عشرة، عشرون …); after a unit, عشر/عشرة makes a teen.
        case ten(Int)
        /// 100–900 (مئة، مئتان، ثلاثمئة …).
        case hundred(Int)
        /// ×1000, ×10⁶, ×10⁹ (ألف، آلاف، مليون …); `dual` forms stand for two of them alone (ألفان).
        case scale(Int, dual: Bool)
        /// A plural scale (آلاف، ملايين): ×1000 after a unit 3–10 ("خمسة آلاف"); alone it is a vague quantity.
        case pluralScale(Int)
        /// A decade (السبعينيات): the range decade…decade+9.
        case decade(Int)
        /// An ordinal (الأول، العاشرة): never a count.
        case ordinal(Int)
        /// A fraction word (نصف، ثلث، ربع): never a count.
        case fraction
    }

    /// How a modifier qualifies the number next to it.
    public enum Modifier: String, Sendable, Hashable {
        case approx
        case atLeast = "at_least"
        case atMost = "at_most"
        /// Opens a range: "بين X و Y", "من X إلى Y".
        case rangeOpen = "range_open"
        /// Joins a range's two ends: "و" after بين, "إلى", "-".
        case rangeJoin = "range_join"
    }

    /// Where a context word stands relative to the number.
    public enum Side: String, Sendable, Hashable {
        case before, after
    }

    public struct Context: Sendable, Hashable {
        public var kind: QuantityKindName
        public var side: Side
        public init(kind: QuantityKindName, side: Side) {
            self.kind = kind
            self.side = side
        }
    }

    /// Mirrors `EventModel.QuantityKind` by name so the data file can name kinds.
    public typealias QuantityKindName = String

    public var words: WordKeyTable<Role>
    /// Vague quantities ("عشرات", "بضع عشرات", "مئات الآلاف") with their conventional bounds.
    public var vague: PhraseMatcher<ClosedRange<Int>>
    /// Modifiers before the number (نحو، أكثر من، بين، من) and after it (على الأقل، تقريبا).
    public var modifiersBefore: PhraseMatcher<Modifier>
    public var modifiersAfter: PhraseMatcher<Modifier>
    /// Words that make a number something other than a count of people (years, money, durations, dates, times…).
    public var contextBefore: PhraseMatcher<String>
    public var contextAfter: PhraseMatcher<String>
    /// Words that make an ordinal an age or a clock time: before it ("في العاشرة") and after it ("الثالثة فجرا").
    public var ordinalContextBefore: PhraseMatcher<String>
    public var ordinalContextAfter: PhraseMatcher<String>
    /// Range joiners between two numbers ("و", "إلى", "الى", "حتى").
    public var rangeJoiners: Set<WordKey>
    /// The conjunction و in matching form, which joins number words ("سبعة وسبعون").
    public var conjunction: Unicode.Scalar

    public init(
        words: WordKeyTable<Role>, vague: PhraseMatcher<ClosedRange<Int>>, modifiersBefore: PhraseMatcher<Modifier>,
        modifiersAfter: PhraseMatcher<Modifier>, contextBefore: PhraseMatcher<String>, contextAfter: PhraseMatcher<String>,
        rangeJoiners: Set<WordKey>, conjunction: Unicode.Scalar, ordinalContextBefore: PhraseMatcher<String>? = nil,
        ordinalContextAfter: PhraseMatcher<String>? = nil
    ) {
        self.words = words
        self.vague = vague
        self.modifiersBefore = modifiersBefore
        self.modifiersAfter = modifiersAfter
        self.contextBefore = contextBefore
        self.contextAfter = contextAfter
        self.rangeJoiners = rangeJoiners
        self.conjunction = conjunction
        self.ordinalContextBefore = ordinalContextBefore ?? PhraseMatcher(analyzer: .none)
        self.ordinalContextAfter = ordinalContextAfter ?? PhraseMatcher(analyzer: .none)
    }
}
