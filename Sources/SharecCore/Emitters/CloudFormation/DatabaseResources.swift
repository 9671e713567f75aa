/// One database: its subnet group, its security group (reachable only from the resource gateway),
/// the encrypted instance with an RDS-managed password, and the resource configuration that exposes it.
struct DatabaseResources {
    let plan: SharingPlan
    let database: Database
    let network: NetworkResources

    var prefix: String { ResourceNaming.pascalCase(database.identifier.value) }
    var instanceID: String { "\(prefix)Database" }
    var securityGroupID: String { "\(prefix)SecurityGroup" }
    var resourceConfigurationID: String { "\(prefix)ResourceConfiguration" }

    func add(to builder: inout TemplateBuilder) {
        let port = JSONValue.integer(database.port)
        builder.add("\(prefix)SubnetGroup", CFN.resource("AWS::RDS::DBSubnetGroup", [
            "DBSubnetGroupDescription": .string("Database subnets of \(database.identifier.value)"),
            "SubnetIds": .array(network.subnetIDs(.database).map(CFN.ref)),
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(securityGroupID, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": .string("\(database.identifier.value): accepts \(database.engine.rawValue) connections from the resource gateway only"),
            "VpcId": CFN.ref(network.vpcID),
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
        builder.add("\(prefix)IngressFromGateway", CFN.resource("AWS::EC2::SecurityGroupIngress", [
            "GroupId": CFN.getAtt(securityGroupID, "GroupId"),
            "IpProtocol": "tcp",
            "FromPort": port,
            "ToPort": port,
            "SourceSecurityGroupId": CFN.getAtt(SharingResources.gatewaySecurityGroupID, "GroupId"),
            "Description": "Connections relayed by the VPC Lattice resource gateway",
        ]))
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
            "DBSubnetGroupName": CFN.ref("\(prefix)SubnetGroup"),
            "VPCSecurityGroups": [CFN.getAtt(securityGroupID, "GroupId")],
            "PubliclyAccessible": false,
            "MultiAZ": .bool(database.multiAZ),
            "BackupRetentionPeriod": .integer(database.backupRetentionDays),
            "DeletionProtection": .bool(database.deletionProtection),
            "CopyTagsToSnapshot": true,
            "EnablePerformanceInsights": .bool(database.performanceInsights),
            "Tags": CFN.tags(plan.tags),
        ]
        if let version = database.engineVersion { properties["EngineVersion"] = .string(version.value) }
        if database.performanceInsights { properties["PerformanceInsightsRetentionPeriod"] = 7 }
        // A stack deletion or replacement keeps a final snapshot rather than losing the data.
        builder.add(instanceID, CFN.resource("AWS::RDS::DBInstance", properties,
                                             ["DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot"]))
        builder.add(resourceConfigurationID, CFN.resource("AWS::VpcLattice::ResourceConfiguration", [
            "Name": .string(database.resourceConfigurationName.value),
            "ResourceConfigurationType": "SINGLE",
            "ProtocolType": "TCP",
            "PortRanges": [.string(String(database.port))],
            "ResourceGatewayId": CFN.getAtt(SharingResources.resourceGatewayID, "Id"),
            "ResourceConfigurationDefinition": [
                "DnsResource": [
                    "DomainName": CFN.getAtt(instanceID, "Endpoint.Address"),
                    "IpAddressType": "IPV4",
                ],
            ],
            "AllowAssociationToSharableServiceNetwork": true,
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add("\(prefix)ServiceNetworkAssociation", CFN.resource("AWS::VpcLattice::ServiceNetworkResourceAssociation", [
            "ResourceConfigurationId": CFN.getAtt(resourceConfigurationID, "Id"),
            "ServiceNetworkId": CFN.getAtt(SharingResources.serviceNetworkID, "Id"),
            "Tags": CFN.tags(plan.tags),
        ]))
    }
}
