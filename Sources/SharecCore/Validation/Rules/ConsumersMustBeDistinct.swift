/// Each account is listed once, so that its role and external id are unambiguous, and has one
/// network, so that `--consumer` names one consumer side.
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
        var sides: [String: SourceLocation] = [:]
        for side in plan.sharing.consumerSides {
            if let earlier = sides[side.account.value] {
                diagnostics.error(Self.id, "account \(side.account.value) has two consumer networks; give it one",
                                  at: side.account.location, notes: [.init("first given here", at: earlier)])
            } else {
                sides[side.account.value] = side.account.location
            }
        }
    }
}
