/// Databases, the resource gateway, the service network, the configurations' access logs, the RAM share and
/// the consumers' roles, resource for resource as in the CloudFormation target.
struct TerraformSharing {
    let plan: SharingPlan
    let topology: NetworkTopology
    let partition: String

    private func ref(_ type: String, _ logicalName: String, _ attribute: String = "id") -> TerraformValue {
        TerraformNetwork.ref(type, logicalName, attribute)
    }

    func add(to configuration: inout TerraformConfiguration) {
        let vpc = TerraformNetwork.vpc(topology)
        let gatewayGroup = LogicalName.gatewaySecurityGroup
        configuration.resource("aws_security_group", gatewayGroup, [
            "description": .literal(Descriptions.gatewaySecurityGroup),
            "vpc_id": vpc,
            "tags": TerraformEmitter.nameTag(plan, plan.sharing.resourceGatewayName.value),
        ])
        // Each configuration logs its own connections: a service network's log sees only traffic that crosses it.
        TerraformNetwork.logGroup(LogicalName.accessLogGroup, ResourceNaming.accessLogGroup(plan), plan: plan,
                                  retentionDays: plan.monitoring.logRetentionDays.value, to: &configuration)
        if MonitoringRolePolicy.isNeeded(plan) {
            configuration.resource("aws_iam_role", LogicalName.monitoringRole, [
                "description": .literal(MonitoringRolePolicy.roleDescription),
                "assume_role_policy": .literal(MonitoringRolePolicy.trust(plan).compact),
            ])
            configuration.resource("aws_iam_role_policy_attachment", LogicalName.monitoringPolicyAttachment, [
                "role": ref("aws_iam_role", LogicalName.monitoringRole, "name"),
                "policy_arn": .template(MonitoringRolePolicy.managedPolicyARN(partition: TerraformPolicy.interpolation("\(partition).partition"))),
            ])
        }
        for database in plan.databases { addDatabase(database, to: &configuration) }

        configuration.resource("aws_vpclattice_resource_gateway", LogicalName.resourceGateway, [
            "name": .literal(plan.sharing.resourceGatewayName.value),
            "vpc_id": vpc,
            "subnet_ids": TerraformNetwork.subnets(.gateway, topology),
            "security_group_ids": [ref("aws_security_group", gatewayGroup)],
            "ip_address_type": "IPV4",
        ])
        // IAM auth with no auth policy denies every service call; TCP resources are governed by the share instead.
        configuration.resource("aws_vpclattice_service_network", LogicalName.serviceNetwork, [
            "name": .literal(plan.sharing.serviceNetworkName.value),
            "auth_type": "AWS_IAM",
        ])
        addShare(to: &configuration)
        addOutputs(to: &configuration)
    }

    private func addDatabase(_ database: Database, to configuration: inout TerraformConfiguration) {
        let names = DatabaseNames(database: database)
        let port = TerraformValue.integer(database.port)
        if let settings = database.new {
            configuration.resource("aws_db_subnet_group", names.subnetGroup, [
                "description": .literal(Descriptions.subnetGroup(database)),
                "subnet_ids": TerraformNetwork.subnets(.database, topology),
            ])
            // With no egress block, Terraform removes EC2's default allow-all egress rule.
            configuration.resource("aws_security_group", names.securityGroup, [
                "description": .literal(Descriptions.databaseSecurityGroup(database)),
                "vpc_id": TerraformNetwork.vpc(topology),
                "tags": TerraformEmitter.nameTag(plan, "\(database.identifier.value)-database"),
            ])
            for type in settings.logExports.value {
                TerraformNetwork.logGroup(names.logGroup(type), ResourceNaming.databaseLogGroup(database, type), plan: plan,
                                          retentionDays: plan.monitoring.logRetentionDays.value, to: &configuration)
            }
            if !settings.parameters.isEmpty, let version = settings.engineVersion {
                configuration.resource(Self.parameterGroupType(database), names.parameterGroup, [
                    "description": .literal(Descriptions.parameterGroup(database)),
                    "family": .literal(database.engine.parameterGroupFamily(version: version.value)),
                    // Static parameters refuse "immediate", Terraform's default; a new database starts with them all.
                    "parameter": .list(settings.parameters.map { ["name": .literal($0.name.value), "value": .literal($0.value.value), "apply_method": "pending-reboot"] }),
                    // A new family (a major upgrade) replaces the group; RDS refuses to delete one a database still uses.
                    "lifecycle": ["create_before_destroy": true],
                ])
            }
            if database.engine.isAurora {
                addCluster(database, settings, names: names, to: &configuration)
            } else {
                addInstance(database, settings, names: names, to: &configuration)
            }
        } else if let existing = database.existing, existing.endpoint == nil || !plan.sharing.roles.isEmpty {
            // Named by identifier or ARN, the provider looks the endpoint up; and the resource id, which roles' policies name.
            _ = configuration.data(database.engine.isAurora ? "aws_rds_cluster" : "aws_db_instance", NameStem.snakeCase(names.endpointHolder), [
                (database.engine.isAurora ? "cluster_identifier" : "db_instance_identifier"): .literal(existing.rdsIdentifier),
            ])
        }
        let group = Self.securityGroup(database)
        configuration.resource("aws_vpc_security_group_ingress_rule", names.ingressFromGateway, [
            "security_group_id": group,
            "referenced_security_group_id": ref("aws_security_group", LogicalName.gatewaySecurityGroup),
            "ip_protocol": "tcp",
            "from_port": port,
            "to_port": port,
            "description": .literal(Descriptions.ingressFromGateway),
        ])
        configuration.resource("aws_vpc_security_group_egress_rule", names.egressFromGateway, [
            "security_group_id": ref("aws_security_group", LogicalName.gatewaySecurityGroup),
            "referenced_security_group_id": group,
            "ip_protocol": "tcp",
            "from_port": port,
            "to_port": port,
            "description": .literal(Descriptions.egressToDatabase(database)),
        ])
        configuration.resource("aws_vpclattice_resource_configuration", names.resourceConfiguration, [
            "name": .literal(database.resourceConfigurationName.value),
            "type": "SINGLE",
            "protocol": "TCP",
            "port_ranges": [.literal(String(database.port))],
            "resource_gateway_identifier": ref("aws_vpclattice_resource_gateway", LogicalName.resourceGateway),
            "resource_configuration_definition": [
                "dns_resource": [
                    "domain_name": Self.endpoint(database),
                    "ip_address_type": "IPV4",
                ],
            ],
            "allow_association_to_shareable_service_network": .bool(database.allowsOnwardSharing.value),
        ])
        configuration.resource("aws_vpclattice_access_log_subscription", names.accessLogSubscription, [
            "resource_identifier": ref("aws_vpclattice_resource_configuration", names.resourceConfiguration, "arn"),
            "destination_arn": ref("aws_cloudwatch_log_group", LogicalName.accessLogGroup, "arn"),
        ])
        configuration.resource("aws_vpclattice_service_network_resource_association", names.serviceNetworkAssociation, [
            "resource_configuration_identifier": ref("aws_vpclattice_resource_configuration", names.resourceConfiguration),
            "service_network_identifier": ref("aws_vpclattice_service_network", LogicalName.serviceNetwork),
        ])
    }

    /// The group the gateway's connections arrive at: sharec's, or the existing database's.
    static func securityGroup(_ database: Database) -> TerraformValue {
        database.existing.map { .literal($0.securityGroupID.value) }
            ?? TerraformNetwork.ref("aws_security_group", DatabaseNames(database: database).securityGroup, "id")
    }

    /// A database's output of `kind`; nil for a secret sharec does not know.
    static func value(_ database: Database, _ kind: DatabaseOutputs.Kind) -> TerraformValue? {
        let names = DatabaseNames(database: database)
        return switch kind {
        case .endpoint: endpoint(database)
        case .port: database.new == nil ? .integer(database.port) : .reference(holder(database) + ".port")
        case .secret: database.existing.map { $0.secretARN.map { .literal($0.value) } } ?? .reference(holder(database) + ".master_user_secret[0].secret_arn")
        case .resourceConfiguration: .reference(TerraformConfiguration.address("aws_vpclattice_resource_configuration", names.resourceConfiguration) + ".id")
        }
    }

    /// The new cluster's or instance's endpoint, or an existing database's as the spec gives it or as its data source finds it.
    static func endpoint(_ database: Database) -> TerraformValue {
        if let endpoint = database.existing?.endpoint { return .literal(endpoint) }
        let attribute = database.engine.isAurora ? ".endpoint" : ".address"
        return .reference((database.new == nil ? "data." : "") + holder(database) + attribute)
    }

    /// The resource id that `rds-db:connect` ARNs name, as template text.
    static func resourceID(_ database: Database) -> String {
        TerraformPolicy.interpolation((database.new == nil ? "data." : "") + holder(database) + (database.engine.isAurora ? ".cluster_resource_id" : ".resource_id"))
    }

    /// The address of the cluster or instance resource (or data source) that holds the endpoint.
    private static func holder(_ database: Database) -> String {
        TerraformConfiguration.address(database.engine.isAurora ? "aws_rds_cluster" : "aws_db_instance", DatabaseNames(database: database).endpointHolder)
    }

    private func addInstance(_ database: Database, _ settings: NewDatabase, names: DatabaseNames, to configuration: inout TerraformConfiguration) {
        var instance: [String: TerraformValue] = [
            "identifier": .literal(database.identifier.value),
            "engine": .literal(database.engine.rawValue),
            "instance_class": .literal(settings.instanceClass.value),
            "allocated_storage": .integer(settings.storageGiB.value),
            "storage_type": .literal(settings.storageType.value),
            "storage_encrypted": true,
            "username": .literal(settings.masterUsername.value),
            "manage_master_user_password": true,
            "iam_database_authentication_enabled": .bool(settings.iamAuthentication),
            "port": .integer(database.port),
            "db_subnet_group_name": ref("aws_db_subnet_group", names.subnetGroup, "name"),
            "vpc_security_group_ids": [ref("aws_security_group", names.securityGroup)],
            "publicly_accessible": false,
            "multi_az": .bool(settings.multiAZ.value),
            "backup_retention_period": .integer(settings.backupRetentionDays.value),
            "deletion_protection": .bool(settings.deletionProtection.value),
            "copy_tags_to_snapshot": true,
            "auto_minor_version_upgrade": .bool(settings.autoMinorVersionUpgrade),
            // When modifications take effect is one behaviour in every target (docs/spec-reference.md).
            "apply_immediately": true,
        ].merging(Self.finalSnapshot(database, settings)) { $1 }
        if let version = settings.engineVersion { instance["engine_version"] = .literal(version.value) }
        if let iops = settings.iops { instance["iops"] = .integer(iops.value) }
        if let throughput = settings.throughputMiBps { instance["storage_throughput"] = .integer(throughput.value) }
        if let maximum = settings.maxStorageGiB { instance["max_allocated_storage"] = .integer(maximum.value) }
        instance.merge(storageAndLogs(database, settings, names: names)) { $1 }
        instance.merge(instanceMonitoring(settings)) { $1 }
        instance["depends_on"] = Self.dependencies(Self.logGroups(settings, names: names) + Self.monitoringDependency(settings))
        configuration.resource("aws_db_instance", names.instance, instance)
    }

    /// RDS would create a group it publishes to itself, kept forever; destroy removes the groups after the database.
    /// And an instance that samples Enhanced Monitoring keeps its role's policy until the instance is gone.
    private static func dependencies(_ addresses: [String]) -> TerraformValue? {
        addresses.isEmpty ? nil : .list(addresses.map(TerraformValue.literal))
    }

    private static func logGroups(_ settings: NewDatabase, names: DatabaseNames) -> [String] {
        settings.logExports.value.map { TerraformConfiguration.address("aws_cloudwatch_log_group", names.logGroup($0)) }
    }

    private static func monitoringDependency(_ settings: NewDatabase) -> [String] {
        settings.monitoringInterval.value > 0 ? [TerraformConfiguration.address("aws_iam_role_policy_attachment", LogicalName.monitoringPolicyAttachment)] : []
    }

    /// What instances and clusters share: published logs, the storage key and the parameter group.
    private func storageAndLogs(_ database: Database, _ settings: NewDatabase, names: DatabaseNames) -> [String: TerraformValue] {
        var attributes: [String: TerraformValue] = [:]
        if !settings.logExports.value.isEmpty {
            attributes["enabled_cloudwatch_logs_exports"] = .list(settings.logExports.value.map(TerraformValue.literal))
        }
        if let key = settings.storageKMSKey { attributes["kms_key_id"] = .literal(key.value) }
        if !settings.parameters.isEmpty {
            attributes[database.engine.isAurora ? "db_cluster_parameter_group_name" : "parameter_group_name"] =
                ref(Self.parameterGroupType(database), names.parameterGroup, "name")
        }
        return attributes
    }

    /// A DB parameter group, or a DB cluster parameter group for Aurora.
    private static func parameterGroupType(_ database: Database) -> String {
        database.engine.isAurora ? "aws_rds_cluster_parameter_group" : "aws_db_parameter_group"
    }

    /// What each DB instance samples: Enhanced Monitoring, and Performance Insights with its key.
    private func instanceMonitoring(_ settings: NewDatabase) -> [String: TerraformValue] {
        var attributes: [String: TerraformValue] = ["performance_insights_enabled": .bool(settings.performanceInsights.value)]
        if settings.performanceInsights.value {
            attributes["performance_insights_retention_period"] = 7
            if let key = settings.performanceInsightsKMSKey { attributes["performance_insights_kms_key_id"] = .literal(key.value) }
        }
        if settings.monitoringInterval.value > 0 {
            attributes["monitoring_interval"] = .integer(settings.monitoringInterval.value)
            attributes["monitoring_role_arn"] = ref("aws_iam_role", LogicalName.monitoringRole, "arn")
        }
        return attributes
    }

    /// The CloudFormation target's DeletionPolicy: Snapshot. Snapshot names are unique per account and region,
    /// so each database names its own after the time it was created, which its state keeps until destroy.
    /// Deletion protection stops RDS's delete only after Terraform has deleted what depends on the database (its
    /// resource configuration, an Aurora cluster's instances); prevent_destroy refuses the whole plan instead.
    private static func finalSnapshot(_ database: Database, _ settings: NewDatabase) -> [String: TerraformValue] {
        var lifecycle: [String: TerraformValue] = ["ignore_changes": ["final_snapshot_identifier"]]
        if settings.deletionProtection.value { lifecycle["prevent_destroy"] = true }
        return [
            "skip_final_snapshot": false,
            "final_snapshot_identifier": .template(TerraformValue.escape("\(database.identifier.value)-final-") + "${formatdate(\"YYYYMMDDhhmmss\", timestamp())}"),
            "lifecycle": .object(lifecycle),
        ]
    }

    /// The cluster holds the engine, storage, credentials and backups; its instances only compute.
    private func addCluster(_ database: Database, _ settings: NewDatabase, names: DatabaseNames, to configuration: inout TerraformConfiguration) {
        var cluster: [String: TerraformValue] = [
            "cluster_identifier": .literal(database.identifier.value),
            "engine": .literal(database.engine.rawValue),
            "storage_encrypted": true,
            "master_username": .literal(settings.masterUsername.value),
            "manage_master_user_password": true,
            "iam_database_authentication_enabled": .bool(settings.iamAuthentication),
            "port": .integer(database.port),
            "db_subnet_group_name": ref("aws_db_subnet_group", names.subnetGroup, "name"),
            "vpc_security_group_ids": [ref("aws_security_group", names.securityGroup)],
            "backup_retention_period": .integer(settings.backupRetentionDays.value),
            "deletion_protection": .bool(settings.deletionProtection.value),
            "copy_tags_to_snapshot": true,
            "apply_immediately": true,
        ].merging(Self.finalSnapshot(database, settings)) { $1 }
        if let version = settings.engineVersion { cluster["engine_version"] = .literal(version.value) }
        cluster.merge(storageAndLogs(database, settings, names: names)) { $1 }
        cluster["depends_on"] = Self.dependencies(Self.logGroups(settings, names: names))
        configuration.resource("aws_rds_cluster", names.cluster, cluster)
        for number in 1...settings.instances.value {
            var instance: [String: TerraformValue] = [
                "identifier": .literal(names.clusterInstanceIdentifier(number)),
                "cluster_identifier": ref("aws_rds_cluster", names.cluster),
                "engine": ref("aws_rds_cluster", names.cluster, "engine"),
                "instance_class": .literal(settings.instanceClass.value),
                "publicly_accessible": false,
                "auto_minor_version_upgrade": .bool(settings.autoMinorVersionUpgrade),
                "apply_immediately": true,
            ]
            instance.merge(instanceMonitoring(settings)) { $1 }
            instance["depends_on"] = Self.dependencies(Self.monitoringDependency(settings))
            configuration.resource("aws_rds_cluster_instance", names.clusterInstance(number), instance)
        }
    }

    private func addShare(to configuration: inout TerraformConfiguration) {
        let share = LogicalName.resourceShare
        let shareARN = ref("aws_ram_resource_share", share, "arn")
        configuration.resource("aws_ram_resource_share", share, [
            "name": .literal(plan.sharing.resourceShareName),
            "allow_external_principals": .bool(plan.sharing.allowExternalPrincipals),
        ])
        // CloudFormation lists principals and resources inside the share; Terraform associates each one.
        for consumer in plan.sharing.consumers {
            configuration.resource("aws_ram_principal_association", LogicalName.sharePrincipal(consumer), [
                "resource_share_arn": shareARN,
                "principal": .literal(consumer.principal.value),
            ])
        }
        for database in plan.databases {
            let names = DatabaseNames(database: database)
            configuration.resource("aws_ram_resource_association", names.shareAssociation, [
                "resource_share_arn": shareARN,
                "resource_arn": ref("aws_vpclattice_resource_configuration", names.resourceConfiguration, "arn"),
            ])
        }
        let secrets = plan.databases.compactMap { Self.value($0, .secret)?.templateText }
        for role in plan.sharing.roles {
            let roleName = LogicalName.consumerRole(role)
            let trust = CredentialsPolicy.trust(consumerPrincipal: .string(TerraformPolicy.hole(0)), externalID: role.externalID?.value)
            configuration.resource("aws_iam_role", roleName, [
                "name": .literal(role.name.value),
                "description": .literal(Descriptions.consumerRole(role, spec: plan.name)),
                "assume_role_policy": TerraformPolicy.document(trust, holes: ["arn:\(TerraformPolicy.interpolation("\(partition).partition")):iam::\(role.account.value):root"]),
                // The provider's default_tags carry the spec's.
                "tags": TerraformValue.tags(role.ownTags),
            ])
            let databaseUsers = plan.databases.map { database in
                ARNs.databaseUser(resourceID: Self.resourceID(database), user: role.databaseUser.value,
                                  partition: TerraformPolicy.interpolation("\(partition).partition"), region: plan.owner.region.value, account: plan.owner.account.value)
            }
            let holes = databaseUsers + (role.readsMasterSecret.value ? secrets : [])
            let permissions = CredentialsPolicy.permissions(databaseUsers: databaseUsers.indices.map { .string(TerraformPolicy.hole($0)) },
                                                            secrets: holes.indices.dropFirst(databaseUsers.count).map { .string(TerraformPolicy.hole($0)) })
            configuration.resource("aws_iam_role_policy", LogicalName.consumerRolePolicy(role), [
                "name": .literal(Descriptions.credentialsPolicyName),
                "role": ref("aws_iam_role", roleName),
                "policy": TerraformPolicy.document(permissions, holes: holes),
            ])
        }
    }

    /// The same outputs as the CloudFormation target.
    private func addOutputs(to configuration: inout TerraformConfiguration) {
        configuration.output("VpcId", "The owner VPC", TerraformNetwork.vpc(topology))
        for output in DatabaseOutputs.named(plan) {
            guard let value = Self.value(output.database, output.kind) else { continue }
            configuration.output(output.name, DatabaseOutputs.description(output.kind, output.database), value)
        }
        configuration.output("ResourceGatewayId", "VPC Lattice resource gateway", ref("aws_vpclattice_resource_gateway", LogicalName.resourceGateway))
        configuration.output("ServiceNetworkId", "VPC Lattice service network", ref("aws_vpclattice_service_network", LogicalName.serviceNetwork))
        configuration.output("ResourceShareArn", "AWS RAM share of the resource configurations", ref("aws_ram_resource_share", LogicalName.resourceShare, "arn"))
        for output in RoleOutputs.named(plan) {
            let value: TerraformValue = switch output.kind {
            case .role: ref("aws_iam_role", LogicalName.consumerRole(output.role), "arn")
            case .databaseUser: .literal(output.role.databaseUser.value)
            }
            configuration.output(output.name, RoleOutputs.description(output.kind, output.role), value)
        }
    }
}
