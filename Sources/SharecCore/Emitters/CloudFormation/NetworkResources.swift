/// The VPC: subnets per tier and zone, routing, optional NAT, and flow logs.
struct NetworkResources {
    let plan: SharingPlan
    let vpcID = "Vpc"

    var network: Network { plan.network }

    func subnetIDs(_ role: SubnetTier.Role) -> [String] {
        guard let tier = network.tier(role) else { return [] }
        return tier.subnets.indices.map { "\(ResourceNaming.pascalCase(role.rawValue))Subnet\($0 + 1)" }
    }

    func add(to builder: inout TemplateBuilder) {
        builder.add(vpcID, CFN.resource("AWS::EC2::VPC", [
            "CidrBlock": .string(network.vpc.value.description),
            "EnableDnsHostnames": true,
            "EnableDnsSupport": true,
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-vpc")),
        ]))
        for tier in network.tiers {
            for (zone, (logicalID, block)) in zip(subnetIDs(tier.role), tier.subnets).enumerated() {
                builder.add(logicalID, CFN.resource("AWS::EC2::Subnet", [
                    "VpcId": CFN.ref(vpcID),
                    "CidrBlock": .string(block.value.description),
                    "AvailabilityZone": CFN.availabilityZone(zone),
                    "MapPublicIpOnLaunch": false,
                    "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-\(tier.role.rawValue)-\(zone + 1)")),
                ]))
            }
        }
        addRouting(to: &builder)
        if let flowLogs = network.flowLogs { addFlowLogs(flowLogs, to: &builder) }
    }

    private func routeTable(_ logicalID: String, _ name: String, to builder: inout TemplateBuilder) {
        builder.add(logicalID, CFN.resource("AWS::EC2::RouteTable", [
            "VpcId": CFN.ref(vpcID),
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, name)),
        ]))
    }

    private func associate(_ subnetID: String, with routeTableID: String, to builder: inout TemplateBuilder) {
        builder.add("\(subnetID)RouteTableAssociation", CFN.resource("AWS::EC2::SubnetRouteTableAssociation", [
            "SubnetId": CFN.ref(subnetID),
            "RouteTableId": CFN.ref(routeTableID),
        ]))
    }

    /// Gateway subnets never route outside the VPC; database subnets reach the internet only through NAT, if at all.
    private func addRouting(to builder: inout TemplateBuilder) {
        routeTable("IsolatedRouteTable", "\(plan.name)-isolated", to: &builder)
        for subnet in subnetIDs(.gateway) { associate(subnet, with: "IsolatedRouteTable", to: &builder) }

        let natSubnets: [String]
        switch network.natGateways.value {
        case .none:
            for subnet in subnetIDs(.database) { associate(subnet, with: "IsolatedRouteTable", to: &builder) }
            return
        case .single: natSubnets = Array(subnetIDs(.public).prefix(1))
        case .perZone: natSubnets = subnetIDs(.public)
        }
        builder.add("InternetGateway", CFN.resource("AWS::EC2::InternetGateway", [
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-igw")),
        ]))
        builder.add("InternetGatewayAttachment", CFN.resource("AWS::EC2::VPCGatewayAttachment", [
            "VpcId": CFN.ref(vpcID),
            "InternetGatewayId": CFN.ref("InternetGateway"),
        ]))
        routeTable("PublicRouteTable", "\(plan.name)-public", to: &builder)
        builder.add("PublicDefaultRoute", CFN.resource("AWS::EC2::Route", [
            "RouteTableId": CFN.ref("PublicRouteTable"),
            "DestinationCidrBlock": "0.0.0.0/0",
            "GatewayId": CFN.ref("InternetGateway"),
        ], ["DependsOn": "InternetGatewayAttachment"]))
        for subnet in subnetIDs(.public) { associate(subnet, with: "PublicRouteTable", to: &builder) }

        for (index, subnet) in natSubnets.enumerated() {
            let nat = "NatGateway\(index + 1)"
            builder.add("\(nat)Eip", CFN.resource("AWS::EC2::EIP", [
                "Domain": "vpc",
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-nat-\(index + 1)")),
            ], ["DependsOn": "InternetGatewayAttachment"]))
            builder.add(nat, CFN.resource("AWS::EC2::NatGateway", [
                "AllocationId": CFN.getAtt("\(nat)Eip", "AllocationId"),
                "SubnetId": CFN.ref(subnet),
                "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-nat-\(index + 1)")),
            ]))
        }
        for (zone, subnet) in subnetIDs(.database).enumerated() {
            let table = "PrivateRouteTable\(zone + 1)"
            routeTable(table, "\(plan.name)-private-\(zone + 1)", to: &builder)
            builder.add("\(table)DefaultRoute", CFN.resource("AWS::EC2::Route", [
                "RouteTableId": CFN.ref(table),
                "DestinationCidrBlock": "0.0.0.0/0",
                "NatGatewayId": CFN.ref("NatGateway\(min(zone, natSubnets.count - 1) + 1)"),
            ]))
            associate(subnet, with: table, to: &builder)
        }
    }

    private func addFlowLogs(_ flowLogs: FlowLogs, to builder: inout TemplateBuilder) {
        builder.add("FlowLogGroup", CFN.resource("AWS::Logs::LogGroup", [
            "LogGroupName": .string(ResourceNaming.flowLogGroup(plan)),
            "RetentionInDays": .integer(flowLogs.retentionDays.value),
            "Tags": CFN.tags(plan.tags),
        ], ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"]))
        builder.add("FlowLogRole", CFN.resource("AWS::IAM::Role", [
            "Description": "Lets VPC Flow Logs write to its log group",
            "AssumeRolePolicyDocument": [
                "Version": "2012-10-17",
                "Statement": [[
                    "Effect": "Allow",
                    "Principal": ["Service": "vpc-flow-logs.amazonaws.com"],
                    "Action": "sts:AssumeRole",
                    // Confused-deputy guard: only flow logs of this account may use the role.
                    "Condition": ["StringEquals": ["aws:SourceAccount": .string(plan.owner.account.value)]],
                ]],
            ],
            "Policies": [[
                "PolicyName": "write-flow-logs",
                "PolicyDocument": [
                    "Version": "2012-10-17",
                    "Statement": [[
                        "Effect": "Allow",
                        "Action": ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
                        "Resource": CFN.getAtt("FlowLogGroup", "Arn"),
                    ]],
                ],
            ]],
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add("FlowLog", CFN.resource("AWS::EC2::FlowLog", [
            "ResourceId": CFN.ref(vpcID),
            "ResourceType": "VPC",
            "TrafficType": .string(flowLogs.trafficType),
            "LogDestinationType": "cloud-watch-logs",
            "LogGroupName": CFN.ref("FlowLogGroup"),
            "DeliverLogsPermissionArn": CFN.getAtt("FlowLogRole", "Arn"),
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(plan.name)-flow-log")),
        ]))
    }
}
