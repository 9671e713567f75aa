/// Sharing a database with the account that owns it grants nothing and usually means a mistyped id.
struct ConsumerMustNotBeOwner: ValidationRule {
    static let id = "self-share"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for consumer in plan.sharing.consumers where consumer.account.value == plan.owner.account.value {
            diagnostics.error(Self.id, "consumer \(consumer.account.value) is the owner account; a database is shared with other accounts",
                              at: consumer.account.location, notes: [.init("owner declared here", at: plan.owner.account.location)])
        }
    }
}
