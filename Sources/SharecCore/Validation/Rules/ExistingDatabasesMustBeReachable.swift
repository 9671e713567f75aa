/// An existing database is known only by its name, endpoint or ARN. What those say must fit the
/// owner (its account, region and partition) and the engine (an Aurora cluster or an instance),
/// and the database must live in a network that exists too; the rest is said as a note.
struct ExistingDatabasesMustBeReachable: ValidationRule {
    static let id = "existing-database"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        checkRolesHaveSecrets(plan, into: diagnostics)
        // Consumers' roles sign in with IAM tokens, which a database accepts only with IAM authentication on.
        let signIn = !plan.sharing.roles.isEmpty ? "; turn its IAM database authentication on, which sharec does not change" : ""
        for database in plan.databases {
            guard let existing = database.existing else { continue }
            let name = database.identifier.value
            let expected = database.engine.isAurora ? "cluster" : "db"
            if plan.network.existing == nil {
                diagnostics.error(Self.id, "database \(name) exists already, so it lives in a network sharec does not create; describe that network under network.existing",
                                  at: existing.origin)
            }
            switch existing.reference {
            case let .arn(arn):
                checkARN(arn, of: name, kind: expected, plan: plan, diagnostics: diagnostics)
            case let .endpoint(endpoint):
                let labels = endpoint.value.lowercased().split(separator: ".").map(String.init)
                // <name>.<id>.<region>.rds.amazonaws.com, or <name>.<id>.rds.<region>.amazonaws.com.cn in China;
                // the pattern has made sure there are four labels at least.
                let region = labels[2] == "rds" ? labels[3] : labels[2]
                if region != plan.owner.region.value {
                    diagnostics.error(Self.id, "the endpoint of \(name) is in \(region), but the owner's region is \(plan.owner.region.value); a resource gateway reaches databases of its own region",
                                      at: endpoint.location, notes: [plan.owner.region.note("the owner's region")])
                }
                // A reader (cluster-ro-) or custom (cluster-custom-) endpoint is not the writer, and only the writer takes every statement.
                let kind = labels[1]
                let isWriter = kind.hasPrefix("cluster-") && !kind.hasPrefix("cluster-ro-") && !kind.hasPrefix("cluster-custom-")
                if database.engine.isAurora ? !isWriter : kind.hasPrefix("cluster-") {
                    let what = database.engine.isAurora ? "the cluster's writer endpoint (<cluster>.cluster-<id>...), not a reader or custom one" : "the instance's endpoint, not a cluster's"
                    diagnostics.error(Self.id, "\(database.engine.rawValue) needs \(what)", at: endpoint.location,
                                      notes: [.init("the engine set here", at: database.engineOrigin)])
                }
            case .identifier:
                break
            }
            if let secret = existing.secretARN {
                checkARN(secret, of: name, kind: nil, plan: plan, diagnostics: diagnostics)
            }
            diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID,
                             "sharec cannot check offline that database \(existing.rdsIdentifier) exists, runs \(database.engine.rawValue) as \(database.engine.isAurora ? "a cluster" : "an instance"), listens on port \(database.port) and is in the existing VPC, nor that \(existing.securityGroupID.value) is one of its security groups\(signIn)",
                             at: existing.reference.value.location)
        }
    }

    /// A role given the master secret must have one to read: with only existing databases, one must name its secret.
    private func checkRolesHaveSecrets(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        guard plan.omitted.isEmpty, !plan.databases.contains(where: \.secretIsKnown) else { return }
        for role in plan.sharing.roles where role.readsMasterSecret.value {
            diagnostics.error(Self.id, "the role of account \(role.account.value) would read the databases' master secrets, but sharec knows none: give existing.secretArn for a database, or drop masterSecret",
                              at: role.readsMasterSecret.location)
        }
    }

    /// The ARN's partition, region and account must be the owner's; `kind` is the RDS resource type it must name.
    private func checkARN(_ arn: Located<String>, of name: String, kind: String?, plan: SharingPlan, diagnostics: DiagnosticSink) {
        let field = { (index: Int) in ConsumerPrincipalsMustBeReachable.arnField(index, of: arn.value) ?? "" }
        let owner = plan.owner
        if let (arnPartition, partition) = ConsumerPrincipalsMustBeReachable.foreignPartition(arn.value, region: owner.region.value) {
            diagnostics.error(Self.id, "\(arn.value) is in partition \(arnPartition), but the owner's region \(owner.region.value) is in \(partition)", at: arn.location)
        }
        if field(3) != owner.region.value {
            diagnostics.error(Self.id, "\(arn.value) is in region \(field(3)), but the owner's is \(owner.region.value)", at: arn.location,
                              notes: [owner.region.note("the owner's region")])
        }
        if field(4) != owner.account.value {
            diagnostics.error(Self.id, "\(arn.value) belongs to account \(field(4)), but the owner is \(owner.account.value); sharec shares what the owner account holds",
                              at: arn.location, notes: [owner.account.note("the owner's account")])
        }
        if let kind, field(5) != kind {
            diagnostics.error(Self.id, "\(arn.value) names a\(field(5) == "db" ? " DB instance" : " cluster"), but \(name) is \(kind == "db" ? "an instance" : "an Aurora cluster"); give the \(kind == "db" ? "instance's" : "cluster's") ARN",
                              at: arn.location)
        }
    }
}
