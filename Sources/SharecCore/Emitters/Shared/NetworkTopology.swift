/// The VPC's subnets, gateways and routing as every target builds them: gateway subnets never
/// route outside the VPC; database subnets reach the internet only through NAT, and only when the
/// spec asks for NAT; public subnets exist only to hold the NAT gateways.
struct NetworkTopology {
    struct Subnet {
        let name: String
        let role: SubnetTier.Role
        let zone: Int
        let cidr: CIDRBlock
        let nameTag: String
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

    init(_ plan: SharingPlan) {
        let network = plan.network
        subnets = network.tiers.flatMap { tier in
            tier.subnets.enumerated().map { zone, block in
                Subnet(name: "\(NameStem.pascalCase(tier.role.rawValue))Subnet\(zone + 1)", role: tier.role, zone: zone,
                       cidr: block.value, nameTag: "\(plan.name)-\(tier.role.rawValue)-\(zone + 1)")
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

    static func associationName(_ subnet: String) -> String { "\(subnet)RouteTableAssociation" }
}
