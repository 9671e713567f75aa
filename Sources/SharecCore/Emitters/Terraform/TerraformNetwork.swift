/// The VPC, subnets, routing, NAT and flow logs, resource for resource as in the CloudFormation target.
struct TerraformNetwork {
    let plan: SharingPlan
    let topology: NetworkTopology
    let zones: String

    static func ref(_ type: String, _ logicalName: String, _ attribute: String = "id") -> TerraformValue {
        .reference("\(TerraformConfiguration.address(type, logicalName)).\(attribute)")
    }

    /// The VPC: the one this configuration creates, or an existing one's id.
    static func vpc(_ topology: NetworkTopology) -> TerraformValue {
        topology.existingVPC.map(TerraformValue.literal) ?? ref("aws_vpc", LogicalName.vpc)
    }

    static func subnets(_ role: SubnetTier.Role, _ topology: NetworkTopology) -> TerraformValue {
        .list(topology.subnets.filter { $0.role == role }.map { $0.existingID.map(TerraformValue.literal) ?? ref("aws_subnet", $0.name) })
    }

    func add(to configuration: inout TerraformConfiguration) {
        if let network = plan.network.new { addNetwork(network, to: &configuration) }
        if let flowLogs = plan.network.flowLogs { addFlowLogs(flowLogs, to: &configuration) }
    }

    private func addNetwork(_ network: NewNetwork, to configuration: inout TerraformConfiguration) {
        let vpc = Self.ref("aws_vpc", LogicalName.vpc)
        configuration.resource("aws_vpc", LogicalName.vpc, [
            "cidr_block": .literal(network.vpc.value.description),
            "enable_dns_hostnames": true,
            "enable_dns_support": true,
            "tags": TerraformEmitter.nameTag(plan, "\(plan.name)-vpc"),
        ])
        // EC2's default group admits the VPC's members and lets everything out. Empty rule lists remove both, and
        // any rule added by hand later, on every apply.
        configuration.resource("aws_default_security_group", LogicalName.defaultSecurityGroup, [
            "vpc_id": vpc,
            "ingress": [],
            "egress": [],
            "tags": TerraformEmitter.nameTag(plan, "\(plan.name)-default-unused"),
        ])
        for subnet in topology.subnets {
            guard let cidr = subnet.cidr else { continue }
            configuration.resource("aws_subnet", subnet.name, [
                "vpc_id": vpc,
                "cidr_block": .literal(cidr.description),
                "availability_zone": .reference("\(zones).names[\(subnet.zone)]"),
                "map_public_ip_on_launch": false,
                "tags": TerraformEmitter.nameTag(plan, subnet.nameTag),
            ])
        }
        let attachment = TerraformConfiguration.address("aws_internet_gateway_attachment", LogicalName.internetGatewayAttachment)
        if topology.hasInternetGateway {
            configuration.resource("aws_internet_gateway", LogicalName.internetGateway, [
                "tags": TerraformEmitter.nameTag(plan, "\(plan.name)-igw"),
            ])
            configuration.resource("aws_internet_gateway_attachment", LogicalName.internetGatewayAttachment, [
                "vpc_id": vpc,
                "internet_gateway_id": Self.ref("aws_internet_gateway", LogicalName.internetGateway),
            ])
        }
        for nat in topology.natGateways {
            configuration.resource("aws_eip", nat.elasticIP, [
                "domain": "vpc",
                "tags": TerraformEmitter.nameTag(plan, nat.nameTag),
                "depends_on": [.literal(attachment)],
            ])
            configuration.resource("aws_nat_gateway", nat.name, [
                "allocation_id": Self.ref("aws_eip", nat.elasticIP, "allocation_id"),
                "subnet_id": Self.ref("aws_subnet", nat.subnet),
                "tags": TerraformEmitter.nameTag(plan, nat.nameTag),
            ])
        }
        for table in topology.routeTables {
            configuration.resource("aws_route_table", table.name, [
                "vpc_id": vpc,
                "tags": TerraformEmitter.nameTag(plan, table.nameTag),
            ])
            let route: [String: TerraformValue]? = switch table.defaultRoute {
            case .internetGateway?: [
                "gateway_id": Self.ref("aws_internet_gateway", LogicalName.internetGateway),
                "depends_on": [.literal(attachment)],
            ]
            case let .natGateway(nat)?: ["nat_gateway_id": Self.ref("aws_nat_gateway", nat)]
            case nil: nil
            }
            if let route {
                configuration.resource("aws_route", table.defaultRouteName, route.merging([
                    "route_table_id": Self.ref("aws_route_table", table.name),
                    "destination_cidr_block": "0.0.0.0/0",
                ]) { $1 })
            }
            for subnet in table.subnets {
                configuration.resource("aws_route_table_association", NetworkTopology.associationName(subnet), [
                    "subnet_id": Self.ref("aws_subnet", subnet),
                    "route_table_id": Self.ref("aws_route_table", table.name),
                ])
            }
        }
    }

    /// A log group kept for `retentionDays`, encrypted with the spec's key if it names one.
    static func logGroup(_ logicalName: String, _ name: String, plan: SharingPlan, retentionDays: Int, to configuration: inout TerraformConfiguration) {
        var attributes: [String: TerraformValue] = ["name": .literal(name), "retention_in_days": .integer(retentionDays)]
        if let key = plan.monitoring.logsKMSKey { attributes["kms_key_id"] = .literal(key.value) }
        configuration.resource("aws_cloudwatch_log_group", logicalName, attributes)
    }

    private func addFlowLogs(_ flowLogs: FlowLogs, to configuration: inout TerraformConfiguration) {
        Self.logGroup(LogicalName.flowLogGroup, ResourceNaming.flowLogGroup(plan), plan: plan, retentionDays: flowLogs.retentionDays.value, to: &configuration)
        let role = LogicalName.flowLogRole
        configuration.resource("aws_iam_role", role, [
            "description": .literal(FlowLogPolicy.roleDescription),
            "assume_role_policy": .literal(FlowLogPolicy.trust(plan).compact),
        ])
        configuration.resource("aws_iam_role_policy", "\(role)WriteFlowLogs", [
            "name": .literal(FlowLogPolicy.policyName),
            "role": Self.ref("aws_iam_role", role),
            "policy": TerraformPolicy.document(FlowLogPolicy.permissions(logGroupARN: .string(TerraformPolicy.hole(0))),
                                               // The provider's log group ARN lacks CloudFormation's `:*`; delivery is authorised on the log streams.
                                               holes: [TerraformPolicy.interpolation("\(TerraformConfiguration.address("aws_cloudwatch_log_group", LogicalName.flowLogGroup)).arn") + ":*"]),
        ])
        configuration.resource("aws_flow_log", LogicalName.flowLog, [
            "vpc_id": Self.vpc(topology),
            "traffic_type": .literal(flowLogs.trafficType),
            "log_destination_type": "cloud-watch-logs",
            "log_destination": Self.ref("aws_cloudwatch_log_group", LogicalName.flowLogGroup, "arn"),
            "iam_role_arn": Self.ref("aws_iam_role", role, "arn"),
            "tags": TerraformEmitter.nameTag(plan, "\(plan.name)-flow-log"),
        ])
    }
}
