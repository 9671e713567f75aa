/// IAM role names are unique in an account, case-insensitively.
struct RoleNamesMustBeDistinct: ValidationRule {
    static let id = "duplicate-name"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var first: [String: SourceLocation] = [:]
        for role in plan.sharing.roles {
            let key = role.name.value.lowercased()
            if let earlier = first[key] {
                diagnostics.error(Self.id, "role name '\(role.name.value)' is used by two consumers; IAM role names are unique in the owner account",
                                  at: role.name.location, notes: [.init("first used here", at: earlier)])
            } else {
                first[key] = role.name.location
            }
        }
    }
}
