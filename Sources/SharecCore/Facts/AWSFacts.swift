/// The DB instance classes cfn-lint accepts for one engine, compactly: the classes of every region,
/// and per region a hex bitmap over them (see `AWSFacts.instanceClasses`).
struct InstanceClassTable: Sendable {
    let classes: String
    let availability: [String: String]

    /// Whether `instanceClass` is accepted in `region`; nil when the data has nothing for that region.
    func accepts(_ instanceClass: String, in region: String) -> Bool? {
        guard let bitmap = availability[region] else { return nil }
        guard let index = classes.split(separator: " ").firstIndex(where: { $0 == instanceClass }) else { return false }
        let digits = Array(bitmap.utf8)
        guard index / 4 < digits.count, let nibble = Int(String(UnicodeScalar(digits[index / 4])), radix: 16) else { return false }
        return nibble & (8 >> (index % 4)) != 0
    }

    /// The classes accepted in `region`, for suggestions.
    func accepted(in region: String) -> [String] {
        classes.split(separator: " ").map(String.init).filter { accepts($0, in: region) == true }
    }
}

/// An AWS property's length and pattern constraints, as its schema states them.
struct NameConstraint: Sendable {
    let minLength: Int?
    let maxLength: Int?
    let pattern: String?
}
