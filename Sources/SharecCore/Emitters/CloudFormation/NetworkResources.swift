/// The VPC: subnets per tier and zone, routing, optional NAT, and flow logs.
struct NetworkResources {
    let plan: SharingPlan
    let topology: NetworkTopology

    init(plan: SharingPlan) {
        self.plan = plan
        self.topology = NetworkTopology(plan)
    }

    /// The VPC: a reference to the one this template creates, or an existing one's id.
    var vpc: JSONValue { topology.existingVPC.map(JSONValue.string) ?? CFN.ref(LogicalName.vpc) }

    func subnets(_ role: SubnetTier.Role) -> [JSONValue] {
        topology.subnets.filter { $0.role == role }.map { $0.existingID.map(JSONValue.string) ?? CFN.ref($0.name) }
    }

    func add(to builder: inout TemplateBuilder) {
        if let network = plan.network.new { addNetwork(network, to: &builder) }
        if let flowLogs = plan.network.flowLogs { addFlowLogs(flowLogs, to: &builder) }
    }

    private func addNetwork(_ network: NewNetwork, to builder: inout TemplateBuilder) {
        builder.add(LogicalName.vpc, CFN.resource("AWS::EC2::VPC", [
            "CidrBlock": .string(network.vpc.value.description),
            "EnableDnsHostnames": true,
            "EnableDnsSupport": true,
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-vpc")),
        ]))
        for subnet in topology.subnets {
            guard let cidr = subnet.cidr else { continue }
            builder.add(subnet.name, CFN.resource("AWS::EC2::Subnet", [
                "VpcId": vpc,
                "CidrBlock": .string(cidr.description),
                "AvailabilityZone": CFN.availabilityZone(subnet.zone),
                "MapPublicIpOnLaunch": false,
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, subnet.nameTag)),
            ]))
        }
        let afterAttachment: [String: JSONValue] = ["DependsOn": .string(LogicalName.internetGatewayAttachment)]
        if topology.hasInternetGateway {
            builder.add(LogicalName.internetGateway, CFN.resource("AWS::EC2::InternetGateway", [
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-igw")),
            ]))
            builder.add(LogicalName.internetGatewayAttachment, CFN.resource("AWS::EC2::VPCGatewayAttachment", [
                "VpcId": vpc,
                "InternetGatewayId": CFN.ref(LogicalName.internetGateway),
            ]))
        }
        for nat in topology.natGateways {
            builder.add(nat.elasticIP, CFN.resource("AWS::EC2::EIP", [
                "Domain": "vpc",
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, nat.nameTag)),
            ], afterAttachment))
            builder.add(nat.name, CFN.resource("AWS::EC2::NatGateway", [
                "AllocationId": CFN.getAtt(nat.elasticIP, "AllocationId"),
                "SubnetId": CFN.ref(nat.subnet),
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, nat.nameTag)),
            ]))
        }
        for table in topology.routeTables {
            builder.add(table.name, CFN.resource("AWS::EC2::RouteTable", [
                "VpcId": vpc,
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, table.nameTag)),
            ]))
            switch table.defaultRoute {
            case .internetGateway?:
                builder.add(table.defaultRouteName, CFN.resource("AWS::EC2::Route", [
                    "RouteTableId": CFN.ref(table.name),
                    "DestinationCidrBlock": "0.0.0.0/0",
                    "GatewayId": CFN.ref(LogicalName.internetGateway),
                ], afterAttachment))
            case let .natGateway(nat)?:
                builder.add(table.defaultRouteName, CFN.resource("AWS::EC2::Route", [
                    "RouteTableId": CFN.ref(table.name),
                    "DestinationCidrBlock": "0.0.0.0/0",
                    "NatGatewayId": CFN.ref(nat),
                ]))
            case nil:
                break
            }
            for subnet in table.subnets {
                builder.add(NetworkTopology.associationName(subnet), CFN.resource("AWS::EC2::SubnetRouteTableAssociation", [
                    "SubnetId": CFN.ref(subnet),
                    "RouteTableId": CFN.ref(table.name),
                ]))
            }
        }
    }

    private func addFlowLogs(_ flowLogs: FlowLogs, to builder: inout TemplateBuilder) {
        builder.add(LogicalName.flowLogGroup, MonitoringResources.logGroup(ResourceNaming.flowLogGroup(plan), plan: plan,
                                                                          retentionDays: flowLogs.retentionDays.value))
        builder.add(LogicalName.flowLogRole, CFN.resource("AWS::IAM::Role", [
            "Description": .string(FlowLogPolicy.roleDescription),
            "AssumeRolePolicyDocument": FlowLogPolicy.trust(plan),
            "Policies": [[
                "PolicyName": .string(FlowLogPolicy.policyName),
                "PolicyDocument": FlowLogPolicy.permissions(logGroupARN: CFN.getAtt(LogicalName.flowLogGroup, "Arn")),
            ]],
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(LogicalName.flowLog, CFN.resource("AWS::EC2::FlowLog", [
            "ResourceId": vpc,
            "ResourceType": "VPC",
            "TrafficType": .string(flowLogs.trafficType),
            "LogDestinationType": "cloud-watch-logs",
            "LogGroupName": CFN.ref(LogicalName.flowLogGroup),
            "DeliverLogsPermissionArn": CFN.getAtt(LogicalName.flowLogRole, "Arn"),
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-flow-log")),
        ]))
    }
}
