/// The outputs that describe databases, the same in every target: the seed's names when the spec
/// has one database, else each name suffixed with the database's stem (`DatabaseEndpointOrders`).
enum DatabaseOutputs {
    enum Kind: String, CaseIterable {
        case endpoint = "DatabaseEndpoint"
        case port = "DatabasePort"
        case resourceConfiguration = "ResourceConfigurationId"
        case secret = "DatabaseSecretArn"
    }

    /// Every kind for each database, but the secret only where sharec knows it (an existing database may have none).
    static func named(_ plan: SharingPlan) -> [(name: String, kind: Kind, database: Database)] {
        plan.databases.flatMap { database in
            Kind.allCases.filter { $0 != .secret || database.secretIsKnown }.map { kind in
                (name(kind.rawValue, database, in: plan), kind, database)
            }
        }
    }

    /// `base` alone with one database, else suffixed with the database's stem; the consumer side's names follow it too.
    static func name(_ base: String, _ database: Database, in plan: SharingPlan) -> String {
        plan.databases.count == 1 ? base : base + NameStem.pascalCase(database.identifier.value)
    }

    static func description(_ kind: Kind, _ database: Database) -> String {
        let name = database.identifier.value
        return switch kind {
        case .endpoint: "RDS endpoint of \(name): the host name IAM authentication tokens are signed for"
        case .port: "Port of \(name)"
        case .resourceConfiguration: "VPC Lattice resource configuration of \(name)"
        case .secret: "Secrets Manager secret holding the RDS-managed master credentials of \(name)"
        }
    }
}
