/// A consumer's network is in another account: sharec checks what the spec says about it (its
/// region) and says in a note what it cannot see offline.
struct ConsumerNetworksAreTakenOnTrust: ValidationRule {
    static let id = "consumer-network"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for side in plan.sharing.consumerSides {
            if side.region.value != plan.owner.region.value {
                diagnostics.error(Self.id, "consumer \(side.account.value) is in \(side.region.value), but the databases are shared in \(plan.owner.region.value); a VPC endpoint reaches resource configurations of its own region only",
                                  at: side.region.location, notes: [plan.owner.region.note("the owner's region")])
            }
            let membership = side.principal == .account ? "" : ", that the account belongs to the \(side.principal == .organization ? "organization" : "organizational unit")"
            diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID,
                             "sharec cannot check offline that \(side.vpcID.value) and its subnets exist in account \(side.account.value)\(membership), nor that the client ranges are the clients'",
                             at: side.vpcID.location)
        }
    }
}
