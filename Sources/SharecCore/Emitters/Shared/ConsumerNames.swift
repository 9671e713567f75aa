/// What every target calls the consumer side's pieces, so that one account's endpoints can be
/// traced across targets: its file, its resources, its inputs and its outputs.
enum ConsumerNames {
    static let securityGroup = "EndpointSecurityGroup"
    static let shareAccepter = "ResourceShareAccepter"

    static func endpoint(_ database: Database) -> String { DatabaseNames(database: database).vpcEndpoint }

    /// The Name the consoles show: of the endpoints' security group, and of one database's endpoint.
    static func securityGroupName(_ plan: SharingPlan) -> String { "\(plan.name)-endpoints" }
    static func endpointName(_ plan: SharingPlan, _ database: Database) -> String { "\(plan.name)-\(database.identifier.value)" }

    /// The file of one consumer: `<name>-<account>` and the target's suffix (Terraform's holds a folder, `/main.tf.json`).
    static func fileName(_ plan: SharingPlan, _ side: ConsumerSide, _ suffix: String) -> String {
        "\(plan.name)-\(side.account.value)\(suffix)"
    }

    /// The resource configuration's id: an output of the owner's side (of the same name), an input of the consumer's.
    static func configurationInput(_ database: Database, in plan: SharingPlan) -> String {
        DatabaseOutputs.name(DatabaseOutputs.Kind.resourceConfiguration.rawValue, database, in: plan)
    }

    static func configurationInputDescription(_ database: Database) -> String {
        "Id of the resource configuration of \(database.identifier.value): the owner's output of the same name"
    }

    /// The resource configuration's ARN, from its id and what the spec says of the owner; `partition` is the target's own expression for it.
    static func configurationARN(_ plan: SharingPlan, partition: String, id: String) -> String {
        "arn:\(partition):vpc-lattice:\(plan.owner.region.value):\(plan.owner.account.value):resourceconfiguration/\(id)"
    }

    enum Output: String, CaseIterable {
        case endpoint = "DatabaseEndpoint"
        case port = "DatabasePort"
        case vpcEndpoint = "VpcEndpointId"

        func description(_ database: Database) -> String {
            switch self {
            case .endpoint: "Host name clients in this VPC connect to \(database.identifier.value) by; tokens are signed for the owner's DatabaseEndpoint"
            case .port: "Port of \(database.identifier.value)"
            case .vpcEndpoint: "VPC endpoint to \(database.identifier.value)"
            }
        }
    }

    static func outputs(_ plan: SharingPlan) -> [(name: String, kind: Output, database: Database)] {
        plan.databases.flatMap { database in
            Output.allCases.map { (DatabaseOutputs.name($0.rawValue, database, in: plan), $0, database) }
        }
    }

    /// What this account signs in with, when it has a role: the role to assume and the database user, both known from the spec,
    /// under the names the owner's outputs give them. The token's host name is the owner's `DatabaseEndpoint`, known only there.
    static func signInOutputs(_ plan: SharingPlan, _ side: ConsumerSide) -> [(name: String, description: String, value: String)] {
        guard side.principal == .account,
              let role = plan.sharing.consumers.first(where: { $0.kind == .account && $0.principal.value == side.account.value })?.role else { return [] }
        let partition = ARNs.partition(plan.owner.region.value)
        return [
            (RoleOutputs.Kind.role.rawValue, "Role in the owner account \(plan.owner.account.value) that this account assumes, with its external id, to sign in",
             "arn:\(partition):iam::\(plan.owner.account.value):role/\(role.name.value)"),
            (RoleOutputs.Kind.databaseUser.rawValue, RoleOutputs.description(.databaseUser, role), role.databaseUser.value),
        ]
    }

    static func description(_ plan: SharingPlan, _ side: ConsumerSide) -> String {
        "Consumer side of \(plan.name) for account \(side.account.value): endpoints to \(plan.databases.map(\.identifier.value).joined(separator: ", "))"
    }

    static func securityGroupDescription(_ plan: SharingPlan) -> String {
        "Endpoints to the databases \(plan.name) shares: admits the clients on the database ports only"
    }

    static func ingressDescription(_ port: Int) -> String { "Clients, to the databases on port \(port)" }

    /// Every (client range, port) pair the endpoints' group admits, ports in database order without repeats.
    static func ingress(_ plan: SharingPlan, _ side: ConsumerSide) -> [(cidr: String, port: Int)] {
        var ports: [Int] = []
        for database in plan.databases where !ports.contains(database.port) { ports.append(database.port) }
        return ports.flatMap { port in side.clients.map { ($0.value.description, port) } }
    }

    /// Why a consumer must accept the share, and how, for targets that cannot do it themselves.
    static func invitationNote(_ plan: SharingPlan) -> String {
        "Accept the RAM invitation to share \(plan.sharing.resourceShareName) before deploying (aws ram get-resource-share-invitations, then aws ram accept-resource-share-invitation): CloudFormation has no resource for it."
    }
}
