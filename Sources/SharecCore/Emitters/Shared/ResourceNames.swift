/// Every resource name the targets derive from the spec's names meets no other, nor one of sharec's
/// own: compared in snake_case, the most folded form any target uses (Terraform's resource names and
/// the script's variables), so that CloudFormation never has a logical id twice, Terraform a
/// resource twice, or the script one variable for two resources.
enum ResourceNames {
    static let id = "resource-name"

    static func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var owners: [String: (name: String, place: SourceLocation?)] = [:]
        let topology = NetworkTopology(plan)
        let fixed = LogicalName.fixed + [ConsumerNames.securityGroup, ConsumerNames.shareAccepter]
            + topology.subnets.flatMap { [$0.name, NetworkTopology.associationName($0.name)] }
            + topology.routeTables.flatMap { [$0.name, $0.defaultRouteName] }
            + topology.natGateways.flatMap { [$0.name, $0.elasticIP] }
        for name in fixed { owners[NameStem.snakeCase(name)] = (name, nil) }
        // Two databases of one stem are `duplicate-database`'s to report; the first of them stands for both.
        var stems: Set<String> = []
        let databases = plan.databases.filter { stems.insert(NameStem.snakeCase(DatabaseNames(database: $0).prefix)).inserted }
        var derived: [(name: String, place: SourceLocation, what: String)] = databases.flatMap { database in
            DatabaseNames(database: database).all.map { ($0, database.identifier.location, "database name '\(database.identifier.value)'") }
        }
        // Likewise a consumer listed twice is `duplicate-consumer`'s.
        var principals: Set<String> = []
        for consumer in plan.sharing.consumers where principals.insert(NameStem.snakeCase(consumer.stem)).inserted {
            let what = "consumer \(consumer.shortName)"
            derived.append((LogicalName.sharePrincipal(consumer), consumer.principal.location, what))
            if let role = consumer.role {
                derived += [(LogicalName.consumerRole(role), role.origin, what), (LogicalName.consumerRolePolicy(role), role.origin, what)]
            }
        }
        var reported: Set<SourceLocation> = []
        for (name, place, what) in derived {
            let key = NameStem.snakeCase(name)
            guard let earlier = owners[key] else {
                owners[key] = (name, place)
                continue
            }
            // One finding for each place at fault.
            guard earlier.place != place, !reported.contains(place) else { continue }
            reported.insert(place)
            let other = earlier.place == nil ? "sharec gives one of its own resources" : "another name of the spec gives too"
            diagnostics.error(id, "\(what) gives a resource the name \(name) (\(key) in Terraform and the script), which \(other); rename it",
                              at: place, notes: earlier.place.map { [Diagnostic.Note("that name", at: $0)] } ?? [])
        }
    }
}
