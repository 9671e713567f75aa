/// AWS subnets are /16 to /28, and a resource gateway needs at least a /28 in each of its subnets.
struct SubnetsMustBeSizedForAWS: ValidationRule {
    static let id = "subnet-size"
    static let smallestSubnet = 28

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        // An existing network was laid out by someone else; sharec sees only its ids.
        guard let network = plan.network.new else { return }
        for tier in network.tiers where tier.isExplicit {
            for subnet in tier.subnets where subnet.value.prefixLength > Self.smallestSubnet || subnet.value.prefixLength < 16 {
                let need = subnet.value.prefixLength < 16 ? "an AWS subnet is a /16 at the largest"
                    : tier.role == .gateway ? "a resource gateway subnet must be a /28 or larger" : "an AWS subnet is a /28 at the smallest"
                diagnostics.error(Self.id, "\(tier.role.rawValue) subnet \(subnet.value) is a /\(subnet.value.prefixLength): \(need)", at: subnet.location)
            }
        }
    }
}
