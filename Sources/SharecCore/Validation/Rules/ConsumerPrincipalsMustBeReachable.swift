/// A RAM share reaches an organizational unit or organization only inside the owner's partition and
/// organization, and accounts outside the organization only while external principals are allowed.
/// What cannot be known offline (which organization the owner is in, which accounts belong to it)
/// is said as a note.
struct ConsumerPrincipalsMustBeReachable: ValidationRule {
    static let id = "consumer-principal"
    static let offlineID = "offline-check"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let groups = plan.sharing.consumers.filter { $0.kind != .account }
        for consumer in groups {
            if let (arnPartition, partition) = Self.foreignPartition(consumer.principal.value, region: plan.owner.region.value) {
                diagnostics.error(Self.id, "\(consumer.principal.value) is in partition \(arnPartition), but the owner's region \(plan.owner.region.value) is in \(partition); RAM shares only within a partition",
                                  at: consumer.principal.location, notes: [.init("the region set here", at: plan.owner.region.location)])
            }
        }
        if let first = groups.first {
            // The ARN names the organization's management account; if that is the owner, the owner is in it.
            let management = Self.arnField(4, of: first.principal.value)
            let membership = management == plan.owner.account.value ? "" : "that the owner \(plan.owner.account.value) belongs to this organization, nor "
            diagnostics.note(Self.offlineID, "sharec cannot check offline \(membership)that RAM sharing with AWS Organizations is on (aws ram enable-sharing-with-aws-organization); RAM refuses the principal otherwise",
                             at: first.principal.location)
        }
        let accounts = plan.sharing.consumers.filter { $0.kind == .account }
        if !plan.sharing.allowExternalPrincipals, let first = accounts.first {
            let listed = accounts.map(\.principal.value).joined(separator: ", ")
            diagnostics.note(Self.offlineID, "allowExternalPrincipals is false, so RAM accepts only accounts inside the owner's organization; sharec cannot check offline that \(listed) \(accounts.count == 1 ? "is" : "are")",
                             at: first.principal.location)
        }
    }

    /// The ARN's partition and the region's, when they differ ("?" for an ARN without one).
    static func foreignPartition(_ arn: String, region: String) -> (arn: String, region: String)? {
        guard let partition = AWSFacts.partitions[region] else { return nil }
        let arnPartition = arnField(1, of: arn)
        return arnPartition == partition ? nil : (arnPartition ?? "?", partition)
    }

    /// A colon-separated field of an ARN: 1 is the partition, 4 the account.
    static func arnField(_ index: Int, of arn: String) -> String? {
        arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(index).first.map(String.init)
    }
}
