/// The sharing layer: the resource gateway and its security group, the service network, the
/// configurations' access logs, the RAM share, and each consumer's credentials role.
struct SharingResources {
    let plan: SharingPlan
    let network: NetworkResources
    let databases: [DatabaseResources]

    func add(to builder: inout TemplateBuilder) {
        let sharing = plan.sharing
        // The gateway's group governs what the gateway sends: only the database port, only to the databases.
        builder.add(LogicalName.gatewaySecurityGroup, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": .string(Descriptions.gatewaySecurityGroup),
            "VpcId": network.vpc,
            "SecurityGroupEgress": .array(databases.map { database in
                [
                    "IpProtocol": "tcp",
                    "FromPort": .integer(database.database.port),
                    "ToPort": .integer(database.database.port),
                    "DestinationSecurityGroupId": database.securityGroup,
                    "Description": .string(Descriptions.egressToDatabase(database.database)),
                ]
            }),
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, sharing.resourceGatewayName.value)),
        ]))
        builder.add(LogicalName.resourceGateway, CFN.resource("AWS::VpcLattice::ResourceGateway", [
            "Name": .string(sharing.resourceGatewayName.value),
            "VpcIdentifier": network.vpc,
            "SubnetIds": .array(network.subnets(.gateway)),
            "SecurityGroupIds": [CFN.getAtt(LogicalName.gatewaySecurityGroup, "GroupId")],
            "IpAddressType": "IPV4",
            "Tags": CFN.tags(plan.tags),
        ]))
        // IAM auth with no auth policy denies every service call; TCP resources are governed by the share instead.
        builder.add(LogicalName.serviceNetwork, CFN.resource("AWS::VpcLattice::ServiceNetwork", [
            "Name": .string(sharing.serviceNetworkName.value),
            "AuthType": "AWS_IAM",
            "Tags": CFN.tags(plan.tags),
        ]))
        // Each configuration logs its own connections: a service network's log sees only traffic that crosses it.
        builder.add(LogicalName.accessLogGroup, MonitoringResources.logGroup(ResourceNaming.accessLogGroup(plan), plan: plan,
                                                                            retentionDays: plan.monitoring.logRetentionDays.value))
        for database in databases {
            builder.add(database.names.accessLogSubscription, CFN.resource("AWS::VpcLattice::AccessLogSubscription", [
                "ResourceIdentifier": CFN.getAtt(database.names.resourceConfiguration, "Arn"),
                "DestinationArn": CFN.getAtt(LogicalName.accessLogGroup, "Arn"),
                "Tags": CFN.tags(plan.tags),
            ]))
        }
        builder.add(LogicalName.resourceShare, CFN.resource("AWS::RAM::ResourceShare", [
            "Name": .string(sharing.resourceShareName),
            "AllowExternalPrincipals": .bool(sharing.allowExternalPrincipals),
            "Principals": .array(sharing.consumers.map { .string($0.principal.value) }),
            "ResourceArns": .array(databases.map { CFN.getAtt($0.names.resourceConfiguration, "Arn") }),
            "Tags": CFN.tags(plan.tags),
        ]))
        let secrets = databases.compactMap(\.secret)
        for role in sharing.roles {
            let databaseUsers = databases.map { database in
                CFN.sub(ARNs.databaseUser(resourceID: database.resourceIDSubstitution, user: role.databaseUser.value,
                                          partition: "${AWS::Partition}", region: "${AWS::Region}", account: "${AWS::AccountId}"))
            }
            builder.add(LogicalName.consumerRole(role), CFN.resource("AWS::IAM::Role", [
                "RoleName": .string(role.name.value),
                "Description": .string(Descriptions.consumerRole(role, spec: plan.name)),
                "AssumeRolePolicyDocument": CredentialsPolicy.trust(
                    consumerPrincipal: CFN.sub("arn:${AWS::Partition}:iam::\(role.account.value):root"),
                    externalID: role.externalID?.value),
                "Policies": [[
                    "PolicyName": .string(Descriptions.credentialsPolicyName),
                    "PolicyDocument": CredentialsPolicy.permissions(databaseUsers: databaseUsers, secrets: role.readsMasterSecret.value ? secrets : []),
                ]],
                "Tags": CFN.tags(Tag.merging(plan.tags, role.ownTags)),
            ]))
        }
        addOutputs(to: &builder)
    }

    /// The seed's nine outputs; with several databases or roles, each one's outputs carry its stem or account id.
    private func addOutputs(to builder: inout TemplateBuilder) {
        builder.output("VpcId", "The owner VPC", network.vpc)
        for output in DatabaseOutputs.named(plan) {
            guard let database = databases.first(where: { $0.database.identifier == output.database.identifier }) else { continue }
            let value: JSONValue? = switch output.kind {
            case .endpoint: database.endpoint
            case .port: database.port
            case .resourceConfiguration: CFN.getAtt(database.names.resourceConfiguration, "Id")
            case .secret: database.secret
            }
            guard let value else { continue }
            builder.output(output.name, DatabaseOutputs.description(output.kind, output.database), value)
        }
        builder.output("ResourceGatewayId", "VPC Lattice resource gateway", CFN.getAtt(LogicalName.resourceGateway, "Id"))
        builder.output("ServiceNetworkId", "VPC Lattice service network", CFN.getAtt(LogicalName.serviceNetwork, "Id"))
        builder.output("ResourceShareArn", "AWS RAM share of the resource configurations", CFN.getAtt(LogicalName.resourceShare, "Arn"))
        for output in RoleOutputs.named(plan) {
            let value: JSONValue = switch output.kind {
            case .role: CFN.getAtt(LogicalName.consumerRole(output.role), "Arn")
            case .databaseUser: .string(output.role.databaseUser.value)
            }
            builder.output(output.name, RoleOutputs.description(output.kind, output.role), value)
        }
    }
}
