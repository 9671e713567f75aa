/// Declarations of what a spec may contain. The structure check, the documentation and
/// (later) the JSON Schema all read these, so that they cannot drift apart.
public indirect enum ValueShape: Sendable {
    case text(TextRule)
    case integer(ClosedRange<Int>)
    case boolean
    case object(ObjectShape)
    case list(ValueShape, count: ClosedRange<Int>)
    /// A mapping whose keys the user chooses (tags): every key and value follows the rules given.
    case dictionary(key: TextRule, value: TextRule, maximumCount: Int)
    /// One of several shapes, told apart by the YAML kind of the value (scalar or list).
    case either(ValueShape, ValueShape)

    /// How the type reads in an error message or in the reference.
    public var summary: String {
        switch self {
        case let .text(rule): rule.summary
        case let .integer(range): range.lowerBound == range.upperBound ? "the integer \(range.lowerBound)" : "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .boolean: "true or false"
        case let .object(object): "a mapping (\(object.name))"
        case let .list(item, count): count == 1...1 ? "a list of exactly one \(item.itemNoun)" : "a list of \(item.itemNoun)s"
        case .dictionary: "a mapping of names to strings"
        case let .either(first, second): "\(first.summary), or \(second.summary)"
        }
    }

    var itemNoun: String {
        switch self {
        case let .object(object): object.name
        case .text: "string"
        default: "value"
        }
    }

    /// The YAML kind this shape accepts, to choose between the branches of `either`.
    var acceptsScalar: Bool {
        switch self {
        case .text, .integer, .boolean: true
        case .object, .list, .dictionary: false
        case let .either(first, second): first.acceptsScalar || second.acceptsScalar
        }
    }
}

/// A string value's constraints, and the rule id a violation is reported under.
public struct TextRule: Sendable {
    public var rule: String
    /// What a valid value is, in words: "a 12-digit AWS account id".
    public var summary: String
    public var choices: [String]?
    public var minLength: Int?
    public var maxLength: Int?
    /// A limit in bytes of UTF-8, where AWS counts bytes rather than characters.
    public var maxBytes: Int?
    /// A regular expression the value must match somewhere (JSON Schema's `pattern`; anchor it to match the whole).
    public var pattern: String?

    public init(rule: String = "invalid-value", _ summary: String, choices: [String]? = nil,
                minLength: Int? = nil, maxLength: Int? = nil, maxBytes: Int? = nil, pattern: String? = nil) {
        self.rule = rule
        self.summary = summary
        self.choices = choices
        self.minLength = minLength
        self.maxLength = maxLength
        self.maxBytes = maxBytes
        self.pattern = pattern
    }

    public static let anyText = TextRule("a string")
}

/// A mapping with a fixed set of keys.
public struct ObjectShape: Sendable {
    /// The noun the reference and messages use for it: "owner", "database".
    public var name: String
    public var summary: String
    public var fields: [Field]
    /// Keys of which the mapping must have exactly one (a consumer is an account, an OU or an organization).
    public var exactlyOneOf: [String]
    /// Keys allowed only beside another key, with the reason: a role only beside an account.
    public var requires: [(key: String, other: String, reason: String)]
    /// Keys that rule others out, with the reason: an existing network has no address range to choose.
    public var excludes: [(key: String, others: [String], reason: String)]

    public init(_ name: String, _ summary: String, fields: [Field], exactlyOneOf: [String] = [],
                requires: [(key: String, other: String, reason: String)] = [],
                excludes: [(key: String, others: [String], reason: String)] = []) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.exactlyOneOf = exactlyOneOf
        self.requires = requires
        self.excludes = excludes
    }

    public func field(_ key: String) -> Field? {
        fields.first { $0.key == key }
    }
}

/// One key of an object.
public struct Field: Sendable {
    public enum Default: Sendable {
        case required
        /// Absent means absent: nothing is created or set.
        case none
        /// The value used when the key is absent, written as it would be in YAML.
        case value(String)
        /// A default computed from other values, described in words for the reference.
        case derived(String)
    }

    public var key: String
    public var shape: ValueShape
    public var defaultValue: Default
    public var summary: String
    public var example: String

    public init(_ key: String, _ shape: ValueShape, _ defaultValue: Default, _ summary: String, example: String) {
        self.key = key
        self.shape = shape
        self.defaultValue = defaultValue
        self.summary = summary
        self.example = example
    }

    public var isRequired: Bool {
        if case .required = defaultValue { return true }
        return false
    }
}
