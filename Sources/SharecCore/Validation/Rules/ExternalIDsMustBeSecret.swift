/// An external id protects a role from the confused-deputy problem only while nobody else can
/// guess it: it must exist, be unique to its consumer, and not be a sample value.
struct ExternalIDsMustBeSecret: ValidationRule {
    static let id = "placeholder-external-id"
    static let shortID = "weak-external-id"
    static let sharedID = "shared-external-id"
    static let missingID = "role-without-external-id"
    /// Shorter ids are easy to guess; a random UUID has 36 characters.
    static let minimumLength = 16
    /// Words that mark a value copied from an example rather than generated.
    static let placeholderWords = ["external-id", "externalid", "external_id", "example", "sample", "changeme", "change-me",
                                   "placeholder", "replace", "todo", "dummy", "xxx", "secret", "password"]

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var firstUse: [String: SourceLocation] = [:]
        for role in plan.sharing.roles {
            guard let externalID = role.externalID else {
                diagnostics.warning(Self.missingID, "role for consumer \(role.account.value) has no externalId: any principal in that account that may call sts:AssumeRole can use it",
                                    at: role.origin)
                continue
            }
            let value = externalID.value
            if let word = Self.placeholderWords.first(where: { value.lowercased().contains($0) }) {
                diagnostics.warning(Self.id, "external id '\(value)' looks like a sample value (it contains '\(word)'); generate a random one per consumer, such as a UUID",
                                    at: externalID.location)
            } else if value.count < Self.minimumLength {
                diagnostics.warning(Self.shortID, "external id '\(value)' has \(value.count) characters; one of at least \(Self.minimumLength) random characters is hard to guess",
                                    at: externalID.location)
            }
            if let earlier = firstUse[value] {
                diagnostics.warning(Self.sharedID, "consumer \(role.account.value) has the same external id as an earlier consumer; give each consumer its own",
                                    at: externalID.location, notes: [.init("first used here", at: earlier)])
            } else {
                firstUse[value] = externalID.location
            }
        }
    }
}
