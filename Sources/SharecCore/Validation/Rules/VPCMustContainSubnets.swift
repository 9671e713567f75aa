/// Every subnet lies inside the VPC's range.
struct VPCMustContainSubnets: ValidationRule {
    static let id = "cidr-outside-vpc"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let vpc = plan.network.vpc
        for tier in plan.network.tiers where tier.isExplicit {
            for subnet in tier.subnets where !vpc.value.contains(subnet.value) {
                diagnostics.error(Self.id, "\(tier.role.rawValue) subnet \(subnet.value) is not inside the VPC's \(vpc.value)",
                                  at: subnet.location, notes: [vpc.note("the VPC range")])
            }
        }
    }
}
