/// The YAML of a spec as a tree that keeps where every key and value was written.
/// It knows YAML's shapes only; what the keys mean is the grammar's business.
public indirect enum SpecNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    public struct Scalar: Sendable {
        public var text: String
        /// Plain (unquoted) scalars are the only ones read as numbers, booleans or null.
        public var isPlain: Bool
        public var location: SourceLocation
    }

    public struct Mapping: Sendable {
        public var entries: [(key: Located<String>, value: SpecNode)]
        public var location: SourceLocation

        public subscript(key: String) -> SpecNode? {
            entries.first { $0.key.value == key }?.value
        }

        /// Where `key` itself is written, when it is.
        public func keyLocation(_ key: String) -> SourceLocation? {
            entries.first { $0.key.value == key }?.key.location
        }

        /// Replaces the value of `key`, where it is written.
        mutating func update(_ key: String, _ change: (SpecNode) -> SpecNode) {
            guard let index = entries.firstIndex(where: { $0.key.value == key }) else { return }
            entries[index].value = change(entries[index].value)
        }
    }

    public struct Sequence: Sendable {
        public var items: [SpecNode]
        public var location: SourceLocation
    }

    public var location: SourceLocation {
        switch self {
        case let .scalar(scalar): scalar.location
        case let .mapping(mapping): mapping.location
        case let .sequence(sequence): sequence.location
        }
    }

    /// Plain `~`, `null`, `Null`, `NULL` or nothing at all, as YAML reads them.
    public var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }

    /// What a person would call this node's type in an error message.
    var kindDescription: String {
        switch self {
        case let .scalar(scalar):
            if isNull { return "null" }
            return scalar.isPlain ? "'\(scalar.text)'" : "a quoted string"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
