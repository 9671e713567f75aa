/// What a spec builds, as boxes and arrows: accounts and the VPC as clusters, the resources that
/// carry the sharing as nodes, and what connects them. Renderers turn it into Mermaid or DOT.
public struct ArchitectureGraph: Equatable, Sendable {
    public struct Node: Equatable, Sendable {
        public enum Shape: Sendable { case box, database, rounded }
        public var id: String
        /// Lines of the node's label, each plain text.
        public var lines: [String]
        public var shape: Shape
    }

    public struct Edge: Equatable, Sendable {
        public var from: String
        public var to: String
        public var label: String
    }

    /// A box around nodes and smaller clusters: an account or a network.
    public struct Cluster: Equatable, Sendable {
        public var id: String
        public var label: String
        public var nodes: [Node]
        public var clusters: [Cluster]
    }

    public var clusters: [Cluster]
    public var edges: [Edge]

    public init(_ plan: SharingPlan) {
        let sharing = plan.sharing
        var databases: [Node] = []
        var owned: [Node] = []
        var edges: [Edge] = []
        let gateway = Node(id: "gateway", lines: ["resource gateway", sharing.resourceGatewayName.value], shape: .box)
        let serviceNetwork = Node(id: "service_network", lines: ["service network", sharing.serviceNetworkName.value], shape: .rounded)
        let share = Node(id: "share", lines: ["RAM share", sharing.resourceShareName], shape: .rounded)
        var secrets: [String] = []
        var configurations: [String] = []
        for (index, database) in plan.databases.enumerated() {
            let lines = if let settings = database.new {
                [database.identifier.value, database.engine.rawValue + (settings.engineVersion.map { " \($0.value)" } ?? ""),
                 database.engine.isAurora ? "cluster of \(settings.instances.value) × \(settings.instanceClass.value)" : settings.instanceClass.value]
            } else {
                [database.identifier.value, database.engine.rawValue, "existing: \(database.rdsIdentifier)"]
            }
            let node = Node(id: "database_\(index + 1)", lines: lines, shape: .database)
            let configuration = Node(id: "configuration_\(index + 1)", lines: ["resource configuration", database.resourceConfigurationName.value], shape: .box)
            databases.append(node)
            owned.append(configuration)
            configurations.append(configuration.id)
            edges += [
                Edge(from: configuration.id, to: node.id, label: "TCP \(database.port)"),
                Edge(from: configuration.id, to: gateway.id, label: "through"),
                Edge(from: serviceNetwork.id, to: configuration.id, label: "associated"),
                Edge(from: share.id, to: configuration.id, label: "shares"),
            ]
            // A secret appears only when a role reads it, and an existing database's only when the spec names it.
            if database.secretIsKnown, sharing.roles.contains(where: \.readsMasterSecret.value) {
                let secret = Node(id: "secret_\(index + 1)", lines: ["master secret", "of \(database.identifier.value)"], shape: .rounded)
                owned.append(secret)
                secrets.append(secret.id)
                edges.append(Edge(from: node.id, to: secret.id, label: "password in"))
            }
        }
        var consumers: [Cluster] = []
        for consumer in sharing.consumers {
            let stem = consumer.stem
            let (clusterLabel, principalLines) = switch consumer.kind {
            case .account: ("consumer account", ["principals of", consumer.shortName])
            case .organizationalUnit: ("organizational unit", ["accounts of", consumer.shortName])
            case .organization: ("organization", ["accounts of", consumer.shortName])
            }
            let principal = Node(id: "consumer_\(stem)", lines: principalLines, shape: .rounded)
            edges.append(Edge(from: share.id, to: principal.id, label: "RAM principal"))
            if let role = consumer.role {
                let roleNode = Node(id: "role_\(stem)", lines: ["IAM role", role.name.value], shape: .box)
                owned.append(roleNode)
                edges.append(Edge(from: principal.id, to: roleNode.id, label: role.externalID == nil ? "assumes" : "assumes with external id"))
                edges += databases.map { Edge(from: roleNode.id, to: $0.id, label: "signs in as \(role.databaseUser.value)") }
                if role.readsMasterSecret.value { edges += secrets.map { Edge(from: roleNode.id, to: $0, label: "reads") } }
            }
            // The consumer sides the spec describes: the endpoints in the account's own VPC, or in a member's.
            var members: [Cluster] = []
            var nodes = [principal]
            for side in sharing.consumerSides where side.listedUnder == consumer.principal.value {
                let endpoints = Node(id: "endpoints_\(side.account.value)", lines: ["VPC endpoints", "in \(side.vpcID.value)"], shape: .box)
                edges += configurations.map { Edge(from: endpoints.id, to: $0, label: "reaches") }
                if consumer.kind == .account {
                    nodes.append(endpoints)
                } else {
                    members.append(Cluster(id: "member_\(side.account.value)", label: "member \(side.account.value)", nodes: [endpoints], clusters: []))
                }
            }
            consumers.append(Cluster(id: "account_\(stem)", label: clusterLabel, nodes: nodes, clusters: members))
        }
        let vpcLabel = plan.network.new.map { "VPC \($0.vpc.value), \($0.availabilityZones) zones" }
            ?? "existing VPC \(plan.network.existing?.vpcID.value ?? "")"
        let vpc = Cluster(id: "vpc", label: vpcLabel,
                          nodes: databases + [gateway], clusters: [])
        let owner = Cluster(id: "owner", label: "owner \(plan.owner.account.value), \(plan.owner.region.value)",
                            nodes: [serviceNetwork] + owned + [share], clusters: [vpc])
        clusters = [owner] + consumers
        self.edges = edges
    }
}
