/// An existing network is known only by its ids: sharec says what it cannot check offline, and
/// warns when the resource gateway would have a single subnet, and so a single zone.
struct ExistingNetworkIsTakenOnTrust: ValidationRule {
    static let id = "gateway-single-az"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        guard let existing = plan.network.existing else { return }
        if existing.gatewaySubnets.count == 1, let only = existing.gatewaySubnets.first {
            diagnostics.warning(Self.id, "the resource gateway has one subnet, so it serves one zone: when that zone fails, no consumer reaches the databases; list a subnet in a second zone",
                                at: only.location)
        }
        diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID,
                         "sharec cannot check offline that \(existing.vpcID.value) exists in account \(plan.owner.account.value) in \(plan.owner.region.value), that the subnets belong to it, that the database subnets span two zones, nor that each gateway subnet has a free, aligned /28 block for each of the gateway's network interfaces",
                         at: existing.vpcID.location)
    }
}
