/// Every subnet lies inside the VPC's range.
struct VPCMustContainSubnets: ValidationRule {
    static let id = "cidr-outside-vpc"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        // An existing network was laid out by someone else; sharec sees only its ids.
        guard let network = plan.network.new else { return }
        let vpc = network.vpc
        for tier in network.tiers where tier.isExplicit {
            for subnet in tier.subnets where !vpc.value.contains(subnet.value) {
                diagnostics.error(Self.id, "\(tier.role.rawValue) subnet \(subnet.value) is not inside the VPC's \(vpc.value)",
                                  at: subnet.location, notes: [vpc.note("the VPC range")])
            }
        }
    }
}
