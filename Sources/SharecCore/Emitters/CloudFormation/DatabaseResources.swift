/// One database: its subnet group, its security group (reachable only from the resource gateway),
/// the encrypted instance (or Aurora cluster and its instances) with an RDS-managed password, and
/// the resource configuration that exposes it.
struct DatabaseResources {
    let plan: SharingPlan
    let database: Database
    let network: NetworkResources

    var names: DatabaseNames { DatabaseNames(database: database) }

    func add(to builder: inout TemplateBuilder) {
        let port = JSONValue.integer(database.port)
        builder.add(names.subnetGroup, CFN.resource("AWS::RDS::DBSubnetGroup", [
            "DBSubnetGroupDescription": .string(Descriptions.subnetGroup(database)),
            "SubnetIds": .array(network.subnets(.database)),
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(names.securityGroup, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": .string(Descriptions.databaseSecurityGroup(database)),
            "VpcId": network.vpc,
            // Naming an egress rule replaces EC2's default allow-all; this one matches no packet,
            // because a database has no reason to open connections.
            "SecurityGroupEgress": [[
                "CidrIp": "127.0.0.1/32",
                "IpProtocol": "icmp",
                "FromPort": 252,
                "ToPort": 86,
                "Description": "No outbound traffic",
            ]],
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(database.identifier.value)-database")),
        ]))
        builder.add(names.ingressFromGateway, CFN.resource("AWS::EC2::SecurityGroupIngress", [
            "GroupId": CFN.getAtt(names.securityGroup, "GroupId"),
            "IpProtocol": "tcp",
            "FromPort": port,
            "ToPort": port,
            "SourceSecurityGroupId": CFN.getAtt(LogicalName.gatewaySecurityGroup, "GroupId"),
            "Description": .string(Descriptions.ingressFromGateway),
        ]))
        if database.engine.isAurora {
            addCluster(to: &builder)
        } else {
            addInstance(to: &builder)
        }
        builder.add(names.resourceConfiguration, CFN.resource("AWS::VpcLattice::ResourceConfiguration", [
            "Name": .string(database.resourceConfigurationName.value),
            "ResourceConfigurationType": "SINGLE",
            "ProtocolType": "TCP",
            "PortRanges": [.string(String(database.port))],
            "ResourceGatewayId": CFN.getAtt(LogicalName.resourceGateway, "Id"),
            "ResourceConfigurationDefinition": [
                "DnsResource": [
                    "DomainName": CFN.getAtt(names.endpointHolder, "Endpoint.Address"),
                    "IpAddressType": "IPV4",
                ],
            ],
            "AllowAssociationToSharableServiceNetwork": true,
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(names.serviceNetworkAssociation, CFN.resource("AWS::VpcLattice::ServiceNetworkResourceAssociation", [
            "ResourceConfigurationId": CFN.getAtt(names.resourceConfiguration, "Id"),
            "ServiceNetworkId": CFN.getAtt(LogicalName.serviceNetwork, "Id"),
            "Tags": CFN.tags(plan.tags),
        ]))
    }

    /// A stack deletion or replacement keeps a final snapshot rather than losing the data.
    static let keepSnapshot: [String: JSONValue] = ["DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot"]

    private func addInstance(to builder: inout TemplateBuilder) {
        var properties: [String: JSONValue] = [
            "DBInstanceIdentifier": .string(database.identifier.value),
            "Engine": .string(database.engine.rawValue),
            "DBInstanceClass": .string(database.instanceClass.value),
            "AllocatedStorage": .string(String(database.storageGiB.value)),
            "StorageType": .string(database.storageType.value),
            "StorageEncrypted": true,
            "MasterUsername": .string(database.masterUsername),
            "ManageMasterUserPassword": true,
            "Port": .string(String(database.port)),
            "DBSubnetGroupName": CFN.ref(names.subnetGroup),
            "VPCSecurityGroups": [CFN.getAtt(names.securityGroup, "GroupId")],
            "PubliclyAccessible": false,
            "MultiAZ": .bool(database.multiAZ.value),
            "BackupRetentionPeriod": .integer(database.backupRetentionDays.value),
            "DeletionProtection": .bool(database.deletionProtection.value),
            "CopyTagsToSnapshot": true,
            "EnablePerformanceInsights": .bool(database.performanceInsights.value),
            "Tags": CFN.tags(plan.tags),
        ]
        if let version = database.engineVersion { properties["EngineVersion"] = .string(version.value) }
        if database.performanceInsights.value { properties["PerformanceInsightsRetentionPeriod"] = 7 }
        builder.add(names.instance, CFN.resource("AWS::RDS::DBInstance", properties, Self.keepSnapshot))
    }

    /// The cluster holds the engine, storage, credentials and backups; its instances only compute.
    private func addCluster(to builder: inout TemplateBuilder) {
        var cluster: [String: JSONValue] = [
            "DBClusterIdentifier": .string(database.identifier.value),
            "Engine": .string(database.engine.rawValue),
            "StorageEncrypted": true,
            "MasterUsername": .string(database.masterUsername),
            "ManageMasterUserPassword": true,
            "Port": .integer(database.port),
            "DBSubnetGroupName": CFN.ref(names.subnetGroup),
            "VpcSecurityGroupIds": [CFN.getAtt(names.securityGroup, "GroupId")],
            "BackupRetentionPeriod": .integer(database.backupRetentionDays.value),
            "DeletionProtection": .bool(database.deletionProtection.value),
            "CopyTagsToSnapshot": true,
            "Tags": CFN.tags(plan.tags),
        ]
        if let version = database.engineVersion { cluster["EngineVersion"] = .string(version.value) }
        builder.add(names.cluster, CFN.resource("AWS::RDS::DBCluster", cluster, Self.keepSnapshot))
        for number in 1...database.instances.value {
            var instance: [String: JSONValue] = [
                "DBInstanceIdentifier": .string(names.clusterInstanceIdentifier(number)),
                "DBClusterIdentifier": CFN.ref(names.cluster),
                "Engine": .string(database.engine.rawValue),
                "DBInstanceClass": .string(database.instanceClass.value),
                "PubliclyAccessible": false,
                "EnablePerformanceInsights": .bool(database.performanceInsights.value),
                "Tags": CFN.tags(plan.tags),
            ]
            if database.performanceInsights.value { instance["PerformanceInsightsRetentionPeriod"] = 7 }
            builder.add(names.clusterInstance(number), CFN.resource("AWS::RDS::DBInstance", instance))
        }
    }
}
