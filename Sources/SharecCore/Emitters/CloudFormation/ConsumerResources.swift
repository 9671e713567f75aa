/// One consumer account's stack: a security group admitting its clients on the databases' ports,
/// and per database a VPC endpoint of type Resource for the shared resource configuration, whose
/// id the stack takes as a parameter (the owner's stack outputs it; another account's stack cannot
/// read it).
struct ConsumerResources {
    let plan: SharingPlan
    let side: ConsumerSide

    func add(to builder: inout TemplateBuilder) {
        let tags = ResourceNaming.withName(side.tags, ConsumerNames.securityGroupName(plan))
        builder.add(ConsumerNames.securityGroup, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": .string(ConsumerNames.securityGroupDescription(plan)),
            "VpcId": .string(side.vpcID.value),
            "SecurityGroupIngress": .array(ConsumerNames.ingress(plan, side).map { rule in
                [
                    "IpProtocol": "tcp",
                    "FromPort": .integer(rule.port),
                    "ToPort": .integer(rule.port),
                    "CidrIp": .string(rule.cidr),
                    "Description": .string(ConsumerNames.ingressDescription(rule.port)),
                ]
            }),
            "SecurityGroupEgress": DatabaseResources.noOutboundTraffic,
            "Tags": CFN.tags(tags),
        ]))
        let id = NameConstraint.of("AWS::VpcLattice::ResourceConfiguration.Id")
        for database in plan.databases {
            let input = ConsumerNames.configurationInput(database, in: plan)
            builder.parameter(input, ConsumerNames.configurationInputDescription(database),
                              minLength: id.minLength, maxLength: id.maxLength, pattern: id.pattern)
            let endpoint = ConsumerNames.endpoint(database)
            builder.add(endpoint, CFN.resource("AWS::EC2::VPCEndpoint", [
                "VpcEndpointType": "Resource",
                "VpcId": .string(side.vpcID.value),
                "SubnetIds": .array(side.subnets.map { .string($0.value) }),
                "SecurityGroupIds": [CFN.getAtt(ConsumerNames.securityGroup, "GroupId")],
                "ResourceConfigurationArn": CFN.sub(ConsumerNames.configurationARN(plan, partition: "${AWS::Partition}", id: "${\(input)}")),
                "Tags": CFN.tags(ResourceNaming.withName(side.tags, ConsumerNames.endpointName(plan, database))),
            ]))
        }
        for output in ConsumerNames.outputs(plan) {
            let endpoint = ConsumerNames.endpoint(output.database)
            let value: JSONValue = switch output.kind {
            // Each DNS entry is "<hosted zone id>:<name>"; the first is the endpoint's own name.
            case .endpoint: ["Fn::Select": [1, ["Fn::Split": [":", ["Fn::Select": [0, CFN.getAtt(endpoint, "DnsEntries")]]]]]]
            case .port: .string(String(output.database.port))
            case .vpcEndpoint: CFN.ref(endpoint)
            }
            builder.output(output.name, output.kind.description(output.database), value)
        }
        for output in ConsumerNames.signInOutputs(plan, side) {
            builder.output(output.name, output.description, .string(output.value))
        }
    }
}
