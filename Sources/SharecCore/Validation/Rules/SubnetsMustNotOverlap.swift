/// No two subnets share an address. Sorting first keeps the check O(n log n) however many subnets there are.
struct SubnetsMustNotOverlap: ValidationRule {
    static let id = "cidr-overlap"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        // An existing network was laid out by someone else; sharec sees only its ids.
        guard let network = plan.network.new else { return }
        // A subnet outside the VPC is reported by cidr-outside-vpc; comparing it again would only repeat that.
        let vpc = network.vpc.value
        let subnets = network.tiers.flatMap { tier in tier.subnets.filter { vpc.contains($0.value) }.map { (tier.role, $0) } }
            .sorted { $0.1.value < $1.1.value }
        var widest: (role: SubnetTier.Role, subnet: Located<CIDRBlock>)?
        for (role, subnet) in subnets {
            if let previous = widest, previous.subnet.value.last >= subnet.value.base {
                diagnostics.error(Self.id, "\(role.rawValue) subnet \(subnet.value) overlaps \(previous.role.rawValue) subnet \(previous.subnet.value)",
                                  at: subnet.location, notes: [.init("\(previous.subnet.value) is here", at: previous.subnet.location)])
            }
            if widest == nil || subnet.value.last > widest!.subnet.value.last {
                widest = (role, subnet)
            }
        }
    }
}
