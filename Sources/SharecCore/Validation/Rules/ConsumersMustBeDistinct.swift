/// Each account is listed once, so that its role and external id are unambiguous.
struct ConsumersMustBeDistinct: ValidationRule {
    static let id = "duplicate-consumer"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var first: [String: SourceLocation] = [:]
        for consumer in plan.sharing.consumers {
            if let earlier = first[consumer.account.value] {
                diagnostics.error(Self.id, "account \(consumer.account.value) is listed as a consumer twice",
                                  at: consumer.account.location, notes: [.init("first listed here", at: earlier)])
            } else {
                first[consumer.account.value] = consumer.account.location
            }
        }
    }
}
