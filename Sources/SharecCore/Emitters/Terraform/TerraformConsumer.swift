/// One consumer account's configuration: the share's acceptance where an invitation arrives, a
/// security group admitting the clients on the databases' ports, and per database a VPC endpoint of
/// type Resource. The resource configurations' ids come in as variables, from the owner's outputs.
struct TerraformConsumer {
    let plan: SharingPlan
    let side: ConsumerSide

    func add(to configuration: inout TerraformConfiguration) {
        var dependencies: [TerraformValue] = []
        if side.acceptsInvitation {
            let share = configuration.variable("ResourceShareArn", "ARN of the RAM share \(plan.sharing.resourceShareName), as the owner's outputs give it",
                                               pattern: "^arn:aws[a-z-]*:ram:[a-z0-9-]+:[0-9]{12}:resource-share/.+$")
            let accepter = configuration.resource("aws_ram_resource_share_accepter", ConsumerNames.shareAccepter, ["share_arn": .reference(share)])
            dependencies.append(.literal(accepter))
        }
        let group = configuration.resource("aws_security_group", ConsumerNames.securityGroup, [
            "description": .literal(ConsumerNames.securityGroupDescription(plan)),
            "vpc_id": .literal(side.vpcID.value),
            "tags": TerraformEmitter.nameTag(plan, ConsumerNames.securityGroupName(plan)),
        ])
        for (index, rule) in ConsumerNames.ingress(plan, side).enumerated() {
            configuration.resource("aws_vpc_security_group_ingress_rule", "\(ConsumerNames.securityGroup)Ingress\(index + 1)", [
                "security_group_id": .reference("\(group).id"),
                "cidr_ipv4": .literal(rule.cidr),
                "ip_protocol": "tcp",
                "from_port": .integer(rule.port),
                "to_port": .integer(rule.port),
                "description": .literal(ConsumerNames.ingressDescription(rule.port)),
            ])
        }
        let idPattern = NameConstraint.of("AWS::VpcLattice::ResourceConfiguration.Id").pattern
        let partition = configuration.data("aws_partition", "current", [:])
        for database in plan.databases {
            let id = configuration.variable(ConsumerNames.configurationInput(database, in: plan),
                                            ConsumerNames.configurationInputDescription(database), pattern: idPattern)
            let configurationARN = TerraformValue.template(ConsumerNames.configurationARN(
                plan, partition: "${\(partition).partition}", id: "${\(id)}"))
            var endpoint: [String: TerraformValue] = [
                "vpc_endpoint_type": "Resource",
                "vpc_id": .literal(side.vpcID.value),
                "subnet_ids": .list(side.subnets.map { .literal($0.value) }),
                "security_group_ids": [.reference("\(group).id")],
                "resource_configuration_arn": configurationARN,
                "tags": TerraformEmitter.nameTag(plan, ConsumerNames.endpointName(plan, database)),
            ]
            // The share must be accepted before the configuration is visible to this account.
            if !dependencies.isEmpty { endpoint["depends_on"] = .list(dependencies) }
            configuration.resource("aws_vpc_endpoint", ConsumerNames.endpoint(database), endpoint)
        }
        for output in ConsumerNames.outputs(plan) {
            let endpoint = TerraformConfiguration.address("aws_vpc_endpoint", ConsumerNames.endpoint(output.database))
            let value: TerraformValue = switch output.kind {
            case .endpoint: .reference("\(endpoint).dns_entry[0].dns_name")
            case .port: .integer(output.database.port)
            case .vpcEndpoint: .reference("\(endpoint).id")
            }
            configuration.output(output.name, output.kind.description(output.database), value)
        }
        for output in ConsumerNames.signInOutputs(plan, side) {
            configuration.output(output.name, output.description, .literal(output.value))
        }
    }
}
