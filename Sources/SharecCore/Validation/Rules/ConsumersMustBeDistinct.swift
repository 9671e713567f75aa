/// Each account is listed once, so that its role and external id are unambiguous.
struct ConsumersMustBeDistinct: ValidationRule {
    static let id = "duplicate-consumer"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var first: [String: SourceLocation] = [:]
        for consumer in plan.sharing.consumers {
            let principal = consumer.principal
            if let earlier = first[principal.value] {
                diagnostics.error(Self.id, "\(principal.value) is listed as a consumer twice",
                                  at: principal.location, notes: [.init("first listed here", at: earlier)])
            } else {
                first[principal.value] = principal.location
            }
        }
    }
}
