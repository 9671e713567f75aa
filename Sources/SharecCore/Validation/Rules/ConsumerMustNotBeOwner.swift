/// Sharing a database with the account that owns it grants nothing and usually means a mistyped id.
struct ConsumerMustNotBeOwner: ValidationRule {
    static let id = "self-share"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for consumer in plan.sharing.consumers where consumer.kind == .account && consumer.principal.value == plan.owner.account.value {
            diagnostics.error(Self.id, "consumer \(consumer.principal.value) is the owner account; a database is shared with other accounts",
                              at: consumer.principal.location, notes: [.init("owner declared here", at: plan.owner.account.location)])
        }
        // A member of an organizational unit is listed apart from the principals above.
        for side in plan.sharing.consumerSides where side.principal != .account && side.account.value == plan.owner.account.value {
            diagnostics.error(Self.id, "member \(side.account.value) is the owner account; the owner reaches its databases without an endpoint",
                              at: side.account.location, notes: [.init("owner declared here", at: plan.owner.account.location)])
        }
    }
}
