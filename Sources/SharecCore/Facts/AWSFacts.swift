/// The DB instance classes cfn-lint accepts for one engine, compactly: the classes of every region,
/// and per region a hex bitmap over them (see `AWSFacts.instanceClasses`).
struct InstanceClassTable: Sendable {
    let classes: String
    let availability: [String: String]

    /// Whether `instanceClass` is accepted in `region`; nil when the data has nothing for that region.
    func accepts(_ instanceClass: String, in region: String) -> Bool? {
        guard let bitmap = availability[region] else { return nil }
        guard let index = classes.split(separator: " ").firstIndex(where: { $0 == instanceClass }) else { return false }
        return Self.isSet(index, in: bitmap)
    }

    /// The classes accepted in `region`, for suggestions.
    func accepted(in region: String) -> [String] {
        guard let bitmap = availability[region] else { return [] }
        return classes.split(separator: " ").enumerated().filter { Self.isSet($0.offset, in: bitmap) }.map { String($0.element) }
    }

    /// Bit `index` of a hex bitmap, counting from the most significant bit of the first digit.
    private static func isSet(_ index: Int, in bitmap: String) -> Bool {
        let digits = Array(bitmap.utf8)
        guard index / 4 < digits.count, let nibble = Int(String(UnicodeScalar(digits[index / 4])), radix: 16) else { return false }
        return nibble & (8 >> (index % 4)) != 0
    }
}

/// An AWS property's length and pattern constraints, as its schema states them.
struct NameConstraint: Sendable {
    let minLength: Int?
    let maxLength: Int?
    let pattern: String?

    /// The constraint the generator recorded under `key`; a missing key is a build mistake the generator fixes.
    static func of(_ key: String) -> NameConstraint {
        guard let constraint = AWSFacts.nameConstraints[key] else { preconditionFailure("AWSFacts has no constraint for \(key); regenerate it") }
        return constraint
    }
}
