/// One database: for a new one, its subnet group, its security group and the encrypted instance
/// (or Aurora cluster and its instances) with an RDS-managed password; for any, the rule that lets
/// the resource gateway in, and the resource configuration that exposes it.
struct DatabaseResources {
    let plan: SharingPlan
    let database: Database
    let network: NetworkResources

    var names: DatabaseNames { DatabaseNames(database: database) }

    /// The group the gateway's connections arrive at: sharec's, or the existing database's.
    var securityGroup: JSONValue {
        database.existing.map { .string($0.securityGroupID.value) } ?? CFN.getAtt(names.securityGroup, "GroupId")
    }

    /// CloudFormation cannot look up an existing database, so one named without its endpoint
    /// takes the endpoint as a parameter.
    var endpointParameter: (name: String, description: String)? {
        guard let existing = database.existing, existing.endpoint == nil else { return nil }
        return (names.endpointParameter, "Endpoint of the existing database \(existing.rdsIdentifier) (aws rds describe-db-\(database.engine.isAurora ? "clusters" : "instances") shows it)")
    }

    var endpoint: JSONValue {
        if let endpointParameter { return CFN.ref(endpointParameter.name) }
        if let endpoint = database.existing?.endpoint { return .string(endpoint) }
        return CFN.getAtt(names.endpointHolder, "Endpoint.Address")
    }

    var port: JSONValue {
        database.new == nil ? .string(String(database.port)) : CFN.getAtt(names.endpointHolder, "Endpoint.Port")
    }

    /// CloudFormation cannot look an existing database up either, so its resource id is a parameter too, when a role names it.
    var resourceIDParameter: (name: String, description: String, pattern: String)? {
        guard let existing = database.existing, !plan.sharing.roles.isEmpty else { return nil }
        let aurora = database.engine.isAurora
        return (names.resourceIDParameter,
                "Resource id of the existing database \(existing.rdsIdentifier) (aws rds describe-db-\(aurora ? "clusters" : "instances") shows it as \(aurora ? "DbClusterResourceId" : "DbiResourceId"))",
                aurora ? "^cluster-[A-Z0-9]+$" : "^db-[A-Z0-9]+$")
    }

    /// The resource id that `rds-db:connect` ARNs name, as `Fn::Sub` text.
    var resourceIDSubstitution: String {
        if let resourceIDParameter { return "${\(resourceIDParameter.name)}" }
        return database.engine.isAurora ? "${\(names.cluster).DBClusterResourceId}" : "${\(names.instance).DbiResourceId}"
    }

    /// The master secret, when sharec knows it.
    var secret: JSONValue? {
        guard let existing = database.existing else { return CFN.getAtt(names.endpointHolder, "MasterUserSecret.SecretArn") }
        return existing.secretARN.map { .string($0.value) }
    }

    func add(to builder: inout TemplateBuilder) {
        let port = JSONValue.integer(database.port)
        if let settings = database.new {
            addDatabase(settings, to: &builder)
        }
        if let endpointParameter {
            builder.parameter(endpointParameter.name, endpointParameter.description, minLength: 3, maxLength: 255)
        }
        if let resourceIDParameter {
            builder.parameter(resourceIDParameter.name, resourceIDParameter.description, minLength: nil, maxLength: nil, pattern: resourceIDParameter.pattern)
        }
        builder.add(names.ingressFromGateway, CFN.resource("AWS::EC2::SecurityGroupIngress", [
            "GroupId": securityGroup,
            "IpProtocol": "tcp",
            "FromPort": port,
            "ToPort": port,
            "SourceSecurityGroupId": CFN.getAtt(LogicalName.gatewaySecurityGroup, "GroupId"),
            "Description": .string(Descriptions.ingressFromGateway),
        ]))
        builder.add(names.resourceConfiguration, CFN.resource("AWS::VpcLattice::ResourceConfiguration", [
            "Name": .string(database.resourceConfigurationName.value),
            "ResourceConfigurationType": "SINGLE",
            "ProtocolType": "TCP",
            "PortRanges": [.string(String(database.port))],
            "ResourceGatewayId": CFN.getAtt(LogicalName.resourceGateway, "Id"),
            "ResourceConfigurationDefinition": [
                "DnsResource": [
                    "DomainName": endpoint,
                    "IpAddressType": "IPV4",
                ],
            ],
            "AllowAssociationToSharableServiceNetwork": .bool(database.allowsOnwardSharing.value),
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(names.serviceNetworkAssociation, CFN.resource("AWS::VpcLattice::ServiceNetworkResourceAssociation", [
            "ResourceConfigurationId": CFN.getAtt(names.resourceConfiguration, "Id"),
            "ServiceNetworkId": CFN.getAtt(LogicalName.serviceNetwork, "Id"),
            "Tags": CFN.tags(plan.tags),
        ]))
    }

    private func addDatabase(_ settings: NewDatabase, to builder: inout TemplateBuilder) {
        builder.add(names.subnetGroup, CFN.resource("AWS::RDS::DBSubnetGroup", [
            "DBSubnetGroupDescription": .string(Descriptions.subnetGroup(database)),
            "SubnetIds": .array(network.subnets(.database)),
            "Tags": CFN.tags(plan.tags),
        ]))
        builder.add(names.securityGroup, CFN.resource("AWS::EC2::SecurityGroup", [
            "GroupDescription": .string(Descriptions.databaseSecurityGroup(database)),
            "VpcId": network.vpc,
            "SecurityGroupEgress": Self.noOutboundTraffic,
            "Tags": CFN.tags(ResourceNaming.withName(plan.tags, "\(database.identifier.value)-database")),
        ]))
        for type in settings.logExports.value {
            builder.add(names.logGroup(type), MonitoringResources.logGroup(ResourceNaming.databaseLogGroup(database, type), plan: plan,
                                                                           retentionDays: plan.monitoring.logRetentionDays.value))
        }
        if !settings.parameters.isEmpty, let version = settings.engineVersion {
            let aurora = database.engine.isAurora
            builder.add(names.parameterGroup, CFN.resource(aurora ? "AWS::RDS::DBClusterParameterGroup" : "AWS::RDS::DBParameterGroup", [
                "Description": .string(Descriptions.parameterGroup(database)),
                "Family": .string(database.engine.parameterGroupFamily(version: version.value)),
                "Parameters": .object(Dictionary(settings.parameters.map { ($0.name.value, JSONValue.string($0.value.value)) }) { $1 }),
                "Tags": CFN.tags(plan.tags),
            ]))
        }
        if database.engine.isAurora {
            addCluster(settings, to: &builder)
        } else {
            addInstance(settings, to: &builder)
        }
    }

    /// What instances and clusters share: published logs (after their groups exist) and the storage key.
    private func storageAndLogs(_ settings: NewDatabase) -> (properties: [String: JSONValue], attributes: [String: JSONValue]) {
        var properties: [String: JSONValue] = [:]
        if !settings.logExports.value.isEmpty {
            properties["EnableCloudwatchLogsExports"] = .array(settings.logExports.value.map(JSONValue.string))
        }
        if let key = settings.storageKMSKey { properties["KmsKeyId"] = .string(key.value) }
        if !settings.parameters.isEmpty {
            properties[database.engine.isAurora ? "DBClusterParameterGroupName" : "DBParameterGroupName"] = CFN.ref(names.parameterGroup)
        }
        // RDS would create a group it publishes to itself, kept forever; stack deletion removes the groups after the database.
        let groups = settings.logExports.value.map { JSONValue.string(names.logGroup($0)) }
        return (properties, groups.isEmpty ? Self.keepSnapshot : Self.keepSnapshot.merging(["DependsOn": .array(groups)]) { $1 })
    }

    /// What each DB instance samples: Enhanced Monitoring, and Performance Insights with its key.
    private static func instanceMonitoring(_ settings: NewDatabase) -> [String: JSONValue] {
        var properties: [String: JSONValue] = ["EnablePerformanceInsights": .bool(settings.performanceInsights.value)]
        if settings.performanceInsights.value {
            properties["PerformanceInsightsRetentionPeriod"] = 7
            if let key = settings.performanceInsightsKMSKey { properties["PerformanceInsightsKMSKeyId"] = .string(key.value) }
        }
        if settings.monitoringInterval.value > 0 {
            properties["MonitoringInterval"] = .integer(settings.monitoringInterval.value)
            properties["MonitoringRoleArn"] = CFN.getAtt(LogicalName.monitoringRole, "Arn")
        }
        return properties
    }

    /// Naming an egress rule replaces EC2's default allow-all; this one matches no packet, for a
    /// group (a database's, the consumer's endpoints') that has no reason to open connections.
    static let noOutboundTraffic: JSONValue = [[
        "CidrIp": "127.0.0.1/32",
        "IpProtocol": "icmp",
        "FromPort": 252,
        "ToPort": 86,
        "Description": "No outbound traffic",
    ]]

    /// A stack deletion or replacement keeps a final snapshot rather than losing the data.
    static let keepSnapshot: [String: JSONValue] = ["DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot"]

    private func addInstance(_ settings: NewDatabase, to builder: inout TemplateBuilder) {
        var properties: [String: JSONValue] = [
            "DBInstanceIdentifier": .string(database.identifier.value),
            "Engine": .string(database.engine.rawValue),
            "DBInstanceClass": .string(settings.instanceClass.value),
            "AllocatedStorage": .string(String(settings.storageGiB.value)),
            "StorageType": .string(settings.storageType.value),
            "StorageEncrypted": true,
            "MasterUsername": .string(settings.masterUsername.value),
            "ManageMasterUserPassword": true,
            "EnableIAMDatabaseAuthentication": .bool(settings.iamAuthentication),
            "Port": .string(String(database.port)),
            "DBSubnetGroupName": CFN.ref(names.subnetGroup),
            "VPCSecurityGroups": [CFN.getAtt(names.securityGroup, "GroupId")],
            "PubliclyAccessible": false,
            "MultiAZ": .bool(settings.multiAZ.value),
            "BackupRetentionPeriod": .integer(settings.backupRetentionDays.value),
            "DeletionProtection": .bool(settings.deletionProtection.value),
            "CopyTagsToSnapshot": true,
            "AutoMinorVersionUpgrade": .bool(settings.autoMinorVersionUpgrade),
            // When modifications take effect is one behaviour in every target (docs/spec-reference.md).
            "ApplyImmediately": true,
            "Tags": CFN.tags(plan.tags),
        ]
        if let version = settings.engineVersion { properties["EngineVersion"] = .string(version.value) }
        if let iops = settings.iops { properties["Iops"] = .integer(iops.value) }
        if let throughput = settings.throughputMiBps { properties["StorageThroughput"] = .integer(throughput.value) }
        if let maximum = settings.maxStorageGiB { properties["MaxAllocatedStorage"] = .integer(maximum.value) }
        let shared = storageAndLogs(settings)
        properties.merge(shared.properties) { $1 }
        properties.merge(Self.instanceMonitoring(settings)) { $1 }
        builder.add(names.instance, CFN.resource("AWS::RDS::DBInstance", properties, shared.attributes))
    }

    /// The cluster holds the engine, storage, credentials and backups; its instances only compute.
    private func addCluster(_ settings: NewDatabase, to builder: inout TemplateBuilder) {
        var cluster: [String: JSONValue] = [
            "DBClusterIdentifier": .string(database.identifier.value),
            "Engine": .string(database.engine.rawValue),
            "StorageEncrypted": true,
            "MasterUsername": .string(settings.masterUsername.value),
            "ManageMasterUserPassword": true,
            "EnableIAMDatabaseAuthentication": .bool(settings.iamAuthentication),
            "Port": .integer(database.port),
            "DBSubnetGroupName": CFN.ref(names.subnetGroup),
            "VpcSecurityGroupIds": [CFN.getAtt(names.securityGroup, "GroupId")],
            "BackupRetentionPeriod": .integer(settings.backupRetentionDays.value),
            "DeletionProtection": .bool(settings.deletionProtection.value),
            "CopyTagsToSnapshot": true,
            "Tags": CFN.tags(plan.tags),
        ]
        if let version = settings.engineVersion { cluster["EngineVersion"] = .string(version.value) }
        let shared = storageAndLogs(settings)
        cluster.merge(shared.properties) { $1 }
        builder.add(names.cluster, CFN.resource("AWS::RDS::DBCluster", cluster, shared.attributes))
        for number in 1...settings.instances.value {
            var instance: [String: JSONValue] = [
                "DBInstanceIdentifier": .string(names.clusterInstanceIdentifier(number)),
                "DBClusterIdentifier": CFN.ref(names.cluster),
                "Engine": .string(database.engine.rawValue),
                "DBInstanceClass": .string(settings.instanceClass.value),
                "PubliclyAccessible": false,
                "AutoMinorVersionUpgrade": .bool(settings.autoMinorVersionUpgrade),
                "ApplyImmediately": true,
                "Tags": CFN.tags(plan.tags),
            ]
            instance.merge(Self.instanceMonitoring(settings)) { $1 }
            builder.add(names.clusterInstance(number), CFN.resource("AWS::RDS::DBInstance", instance))
        }
    }
}
