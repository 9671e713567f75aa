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
        /// The cluster the arrow ends at, around `to`: one arrow for what reaches every node in it.
        public var toCluster: String? = nil
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
        var configurations: [Node] = []
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
            configurations.append(configuration)
            // The data path, drawn once per database: configuration → gateway → database.
            edges += [
                Edge(from: configuration.id, to: gateway.id, label: "through"),
                Edge(from: gateway.id, to: node.id, label: "TCP \(database.port)"),
            ]
            // A secret appears only when a role reads it, and an existing database's only when the spec names it.
            if database.secretIsKnown, sharing.roles.contains(where: \.readsMasterSecret.value) {
                let secret = Node(id: "secret_\(index + 1)", lines: ["master secret", "of \(database.identifier.value)"], shape: .rounded)
                owned.append(secret)
                secrets.append(secret.id)
                edges.append(Edge(from: node.id, to: secret.id, label: "password in"))
            }
        }
        // What takes in every configuration points at them once: at their box when there are several.
        let configurationBox = configurations.count > 1 ? "configurations" : nil
        func toConfigurations(from: String, label: String) -> Edge {
            Edge(from: from, to: configurations[0].id, label: label, toCluster: configurationBox)
        }
        edges += [toConfigurations(from: serviceNetwork.id, label: "associated"), toConfigurations(from: share.id, label: "shares")]
        var consumers: [Cluster] = []
        for consumer in sharing.consumers {
            let stem = consumer.stem
            let (clusterLabel, principalLines) = switch consumer.kind {
            case .account: ("consumer account \(consumer.shortName)", ["its principals"])
            case .organizationalUnit: ("organizational unit \(consumer.shortName)", ["its accounts"])
            case .organization: ("organization \(consumer.shortName)", ["its accounts"])
            }
            let principal = Node(id: "consumer_\(stem)", lines: principalLines, shape: .rounded)
            // Drawn from the consumer, so that every path reads left to right: consumer, share or role, owner's resources.
            edges.append(Edge(from: principal.id, to: share.id, label: "a principal of"))
            if let role = consumer.role {
                // The database user is the role's own, on every database: a label, not an arrow to each database.
                let roleNode = Node(id: "role_\(stem)", lines: ["IAM role", role.name.value, "signs in as \(role.databaseUser.value)"], shape: .box)
                owned.append(roleNode)
                edges.append(Edge(from: principal.id, to: roleNode.id, label: role.externalID == nil ? "assumes" : "assumes with external id"))
                if role.readsMasterSecret.value { edges += secrets.map { Edge(from: roleNode.id, to: $0, label: "reads") } }
            }
            // The consumer sides the spec describes: the endpoints in the account's own VPC, or in a member's.
            var members: [Cluster] = []
            var nodes = [principal]
            for side in sharing.consumerSides where side.listedUnder == consumer.principal.value {
                let endpoints = Node(id: "endpoints_\(side.account.value)", lines: ["VPC endpoints", "in \(side.vpcID.value)"], shape: .box)
                edges.append(toConfigurations(from: endpoints.id, label: "reaches"))
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
        // Several configurations share a box; one stands with the owner's other nodes.
        let box = configurationBox.map { [Cluster(id: $0, label: "resource configurations", nodes: configurations, clusters: [])] } ?? []
        let owner = Cluster(id: "owner", label: "owner account \(plan.owner.account.value), \(plan.owner.region.value)",
                            nodes: [serviceNetwork] + (box.isEmpty ? configurations : []) + owned + [share], clusters: [vpc] + box)
        clusters = [owner] + consumers
        self.edges = edges
    }
}
