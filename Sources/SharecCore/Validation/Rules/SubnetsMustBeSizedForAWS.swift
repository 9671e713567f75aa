/// AWS subnets are /16 to /28, and a resource gateway's subnets are /26 at the smallest
/// (`DocumentedFacts.resourceGatewaySubnet`), whether written as CIDRs or laid out from a prefix.
struct SubnetsMustBeSizedForAWS: ValidationRule {
    static let id = "subnet-size"
    static let smallestSubnet = 28

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        // An existing network was laid out by someone else; sharec sees only its ids.
        guard let network = plan.network.new else { return }
        let smallestGateway = DocumentedFacts.resourceGatewaySubnet.value
        for tier in network.tiers {
            // A laid-out tier repeats one prefix length in every zone: one finding says it.
            let subnets = tier.isExplicit ? tier.subnets : Array(tier.subnets.prefix(1))
            for subnet in subnets {
                let prefix = subnet.value.prefixLength
                let need: String? = if prefix < 16 {
                    "an AWS subnet is a /16 at the largest"
                } else if tier.role == .gateway && prefix > smallestGateway {
                    "each of a resource gateway's network interfaces takes an aligned /28 of free addresses, and AWS reserves 5 addresses in every subnet, so a gateway subnet must be a /\(smallestGateway) or larger"
                } else if prefix > Self.smallestSubnet {
                    "an AWS subnet is a /28 at the smallest"
                } else {
                    nil
                }
                guard let need else { continue }
                let what = tier.isExplicit ? "\(tier.role.rawValue) subnet \(subnet.value) is a /\(prefix)" : "\(tier.role.rawValue) subnets are /\(prefix)s"
                diagnostics.error(Self.id, "\(what): \(need)", at: subnet.location)
            }
        }
    }
}
