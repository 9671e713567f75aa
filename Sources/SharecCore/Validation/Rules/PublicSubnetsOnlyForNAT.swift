/// Public subnets exist only to hold NAT gateways: NAT without them cannot work, and them without NAT is an
/// internet-facing tier with nothing in it.
struct PublicSubnetsOnlyForNAT: ValidationRule {
    static let id = "public-subnets"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        // An existing network was laid out by someone else; sharec sees only its ids.
        guard let network = plan.network.new else { return }
        let publicTier = network.tier(.public)
        let nat = network.natGateways
        switch (nat.value, publicTier) {
        case (.none, let tier?):
            diagnostics.error(Self.id, "public subnets are only for NAT gateways, and natGateways is 'none'; remove subnets.public or set natGateways",
                              at: tier.subnets.first?.location ?? network.vpc.location,
                              notes: [nat.note("natGateways")])
        case (let mode, nil) where mode != .none:
            diagnostics.error(Self.id, "natGateways '\(mode.rawValue)' needs public subnets to live in; set subnets.public (for example 24)",
                              at: nat.location)
        default:
            break
        }
    }
}
