/// The VPC's subnets, gateways and routing as every target builds them: gateway subnets never
/// route outside the VPC; database subnets reach the internet only through NAT, and only when the
/// spec asks for NAT; public subnets exist only to hold the NAT gateways. An existing network
/// contributes its ids and nothing to build.
struct NetworkTopology {
    struct Subnet {
        let name: String
        let role: SubnetTier.Role
        let zone: Int
        enum Origin {
            case created(CIDRBlock)
            case existing(id: String)
        }

        let origin: Origin
        let nameTag: String

        /// The block of a subnet sharec creates; nil for an existing one.
        var cidr: CIDRBlock? {
            if case let .created(block) = origin { block } else { nil }
        }

        var existingID: String? {
            if case let .existing(id) = origin { id } else { nil }
        }
    }

    struct NATGateway {
        let name: String
        let subnet: String
        let nameTag: String
        var elasticIP: String { "\(name)Eip" }
    }

    enum DefaultRoute {
        case internetGateway
        case natGateway(String)
    }

    struct RouteTable {
        let name: String
        let nameTag: String
        let defaultRoute: DefaultRoute?
        let subnets: [String]
        var defaultRouteName: String { "\(name)DefaultRoute" }
    }

    let subnets: [Subnet]
    let hasInternetGateway: Bool
    let natGateways: [NATGateway]
    let routeTables: [RouteTable]
    /// The VPC's id when it exists already; nil when sharec creates it.
    let existingVPC: String?

    init(_ plan: SharingPlan) {
        guard let network = plan.network.new else {
            let existing = plan.network.existing!
            existingVPC = existing.vpcID.value
            let tiers: [(SubnetTier.Role, [Located<String>])] = [(.database, existing.databaseSubnets), (.gateway, existing.gatewaySubnets)]
            subnets = tiers.flatMap { role, ids in
                ids.enumerated().map { index, id in
                    Subnet(name: Self.subnetName(role, index), role: role, zone: index, origin: .existing(id: id.value), nameTag: "")
                }
            }
            hasInternetGateway = false
            natGateways = []
            routeTables = []
            return
        }
        existingVPC = nil
        subnets = network.tiers.flatMap { tier in
            tier.subnets.enumerated().map { zone, block in
                Subnet(name: Self.subnetName(tier.role, zone), role: tier.role, zone: zone,
                       origin: .created(block.value), nameTag: "\(plan.name)-\(tier.role.rawValue)-\(zone + 1)")
            }
        }
        let publicSubnets = subnets.filter { $0.role == .public }.map(\.name)
        let natSubnets: [String] = switch network.natGateways.value {
        case .none: []
        case .single: Array(publicSubnets.prefix(1))
        case .perZone: publicSubnets
        }
        natGateways = natSubnets.enumerated().map { index, subnet in
            NATGateway(name: "NatGateway\(index + 1)", subnet: subnet, nameTag: "\(plan.name)-nat-\(index + 1)")
        }
        hasInternetGateway = !natGateways.isEmpty

        let databaseSubnets = subnets.filter { $0.role == .database }.map(\.name)
        let gatewaySubnets = subnets.filter { $0.role == .gateway }.map(\.name)
        var tables = [RouteTable(name: "IsolatedRouteTable", nameTag: "\(plan.name)-isolated", defaultRoute: nil,
                                 subnets: gatewaySubnets + (natGateways.isEmpty ? databaseSubnets : []))]
        if hasInternetGateway {
            tables.append(RouteTable(name: "PublicRouteTable", nameTag: "\(plan.name)-public", defaultRoute: .internetGateway, subnets: publicSubnets))
            // Each zone's database subnet uses its own zone's NAT gateway, or the single one.
            for (zone, subnet) in databaseSubnets.enumerated() {
                let nat = natGateways[min(zone, natGateways.count - 1)].name
                tables.append(RouteTable(name: "PrivateRouteTable\(zone + 1)", nameTag: "\(plan.name)-private-\(zone + 1)",
                                         defaultRoute: .natGateway(nat), subnets: [subnet]))
            }
        }
        routeTables = tables
    }

    func subnets(_ role: SubnetTier.Role) -> [String] {
        subnets.filter { $0.role == role }.map(\.name)
    }

    static func subnetName(_ role: SubnetTier.Role, _ index: Int) -> String {
        "\(NameStem.pascalCase(role.rawValue))Subnet\(index + 1)"
    }

    static func associationName(_ subnet: String) -> String { "\(subnet)RouteTableAssociation" }
}
