/// Sharing a database with the account that owns it grants nothing and usually means a mistyped id.
struct ConsumerMustNotBeOwner: ValidationRule {
    static let id = "self-share"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for consumer in plan.sharing.consumers where consumer.kind == .account && consumer.principal.value == plan.owner.account.value {
            diagnostics.error(Self.id, "consumer \(consumer.principal.value) is the owner account; a database is shared with other accounts",
                              at: consumer.principal.location, notes: [.init("owner declared here", at: plan.owner.account.location)])
        }
    }
}
