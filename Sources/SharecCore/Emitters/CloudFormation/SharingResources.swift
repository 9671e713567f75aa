/// The sharing layer: the resource gateway and its security group, the service network, its access
/// logs, the RAM share, and each consumer's credentials role.
struct SharingResources {
    static let gatewaySecurityGroupID = "ResourceGatewaySecurityGroup"
    static let resourceGatewayID = "ResourceGateway"
    static let serviceNetworkID = "ServiceNetwork"
    static let resourceShareID = "ResourceShare"

    let plan: SharingPlan
    let network: NetworkResources
    let databases: [DatabaseResources]

    static func roleID(_ consumer: Consumer) -> String { "Consumer\(consumer.account.value)Role" }

    func add(to builder: inout TemplateBuilder) {
        let sharing = plan.sharing
        // The gateway's group governs what the gateway sends: only the database port, only to the databases.
        builder.add(Self.gatewaySecurityGroupID, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": "VPC Lattice resource gateway: connects to the shared databases only",
            "VpcId": CFN.ref(network.vpcID),
            "SecurityGroupEgress": .array(databases.map { database in
                [
                    "IpProtocol": "tcp",
                    "FromPort": .integer(database.database.port),
                    "ToPort": .integer(database.database.port),
                    "DestinationSecurityGroupId": CFN.getAtt(database.securityGroupID, "GroupId"),
                    "Description": .string("To \(database.database.identifier.value)"),
                ]
            }),
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, sharing.resourceGatewayName.value)),
        ]))
        builder.add(Self.resourceGatewayID, CFN.resource("AWS::VpcLattice::ResourceGateway", [
            "Name": .string(sharing.resourceGatewayName.value),
            "VpcIdentifier": CFN.ref(network.vpcID),
            "SubnetIds": .array(network.subnetIDs(.gateway).map(CFN.ref)),
            "SecurityGroupIds": [CFN.getAtt(Self.gatewaySecurityGroupID, "GroupId")],
            "IpAddressType": "IPV4",
            "Tags": CFN.tags(plan.tags),
        ]))
        // IAM auth with no auth policy denies every service call; TCP resources are governed by the share instead.
        builder.add(Self.serviceNetworkID, CFN.resource("AWS::VpcLattice::ServiceNetwork", [
            "Name": .string(sharing.serviceNetworkName.value),
            "AuthType": "AWS_IAM",
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add("ServiceNetworkVpcAssociation", CFN.resource("AWS::VpcLattice::ServiceNetworkVpcAssociation", [
            "ServiceNetworkIdentifier": CFN.getAtt(Self.serviceNetworkID, "Id"),
            "VpcIdentifier": CFN.ref(network.vpcID),
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add("AccessLogGroup", CFN.resource("AWS::Logs::LogGroup", [
            "LogGroupName": .string(ResourceNaming.accessLogGroup(plan)),
            "RetentionInDays": .integer(plan.monitoring.logRetentionDays.value),
            "Tags": CFN.tags(plan.tags),
        ], ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"]))
        builder.add("AccessLogSubscription", CFN.resource("AWS::VpcLattice::AccessLogSubscription", [
            "ResourceIdentifier": CFN.getAtt(Self.serviceNetworkID, "Arn"),
            "DestinationArn": CFN.getAtt("AccessLogGroup", "Arn"),
            "ServiceNetworkLogType": "RESOURCE",
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(Self.resourceShareID, CFN.resource("AWS::RAM::ResourceShare", [
            "Name": .string(sharing.resourceShareName),
            "AllowExternalPrincipals": .bool(sharing.allowExternalPrincipals),
            "Principals": .array(sharing.consumers.map { .string($0.account.value) }),
            "ResourceArns": .array(databases.map { CFN.getAtt($0.resourceConfigurationID, "Arn") }),
            "Tags": CFN.tags(plan.tags),
        ]))
        for consumer in sharing.consumers {
            guard let role = consumer.role else { continue }
            builder.add(Self.roleID(consumer), CFN.resource("AWS::IAM::Role", [
                "RoleName": .string(role.name.value),
                "Description": .string("Assumed by account \(consumer.account.value) to read the shared database's credentials"),
                "AssumeRolePolicyDocument": CredentialsPolicy.trust(
                    consumerPrincipal: CFN.sub("arn:${AWS::Partition}:iam::\(consumer.account.value):root"),
                    externalID: role.externalID.value),
                "Policies": [[
                    "PolicyName": "read-database-credentials",
                    "PolicyDocument": CredentialsPolicy.permissions(
                        secretARN: .array(databases.map { CFN.getAtt($0.instanceID, "MasterUserSecret.SecretArn") })),
                ]],
                "Tags": CFN.tags(plan.tags),
            ]))
        }
        addOutputs(to: &builder)
    }

    /// The seed's nine outputs. With several roles, each role's output carries its account id.
    private func addOutputs(to builder: inout TemplateBuilder) {
        builder.output("VpcId", "The owner VPC", CFN.ref(network.vpcID))
        if let database = databases.first {
            builder.output("DatabaseEndpoint", "Hostname of \(database.database.identifier.value)", CFN.getAtt(database.instanceID, "Endpoint.Address"))
            builder.output("DatabasePort", "Port of \(database.database.identifier.value)", CFN.getAtt(database.instanceID, "Endpoint.Port"))
            builder.output("ResourceConfigurationId", "VPC Lattice resource configuration of \(database.database.identifier.value)",
                           CFN.getAtt(database.resourceConfigurationID, "Id"))
            builder.output("DatabaseSecretArn", "Secrets Manager secret holding the RDS-managed master credentials",
                           CFN.getAtt(database.instanceID, "MasterUserSecret.SecretArn"))
        }
        builder.output("ResourceGatewayId", "VPC Lattice resource gateway", CFN.getAtt(Self.resourceGatewayID, "Id"))
        builder.output("ServiceNetworkId", "VPC Lattice service network", CFN.getAtt(Self.serviceNetworkID, "Id"))
        builder.output("ResourceShareArn", "AWS RAM share of the resource configurations", CFN.getAtt(Self.resourceShareID, "Arn"))
        let withRoles = plan.sharing.consumers.filter { $0.role != nil }
        for consumer in withRoles {
            let name = withRoles.count == 1 ? "CrossAccountRoleArn" : "CrossAccountRoleArn\(consumer.account.value)"
            builder.output(name, "Role account \(consumer.account.value) assumes to read the database credentials",
                           CFN.getAtt(Self.roleID(consumer), "Arn"))
        }
    }
}
