/// Security groups, databases, the VPC Lattice resources, the RAM share, the consumers' roles and
/// the dashboard, as AWS CLI calls.
struct CLISharing {
    typealias W = CLIWords
    let plan: SharingPlan
    let topology: NetworkTopology

    var gatewayGroupName: String { "\(plan.name)-resource-gateway" }
    func databaseGroupName(_ database: Database) -> String { "\(plan.name)-\(database.identifier.value.lowercased())-database" }
    func subnetGroupName(_ database: Database) -> String { "\(database.identifier.value.lowercased())-subnets" }
    func parameterGroupName(_ database: Database) -> String { "\(database.identifier.value.lowercased())-parameters" }
    var monitoringRoleName: String { "\(plan.name)-rds-monitoring" }
    private let monitoringRoleARN = "monitoring_role_arn"
    private var monitoringPolicy: String { MonitoringRolePolicy.managedPolicyARN(partition: ARNs.partition(plan.owner.region.value)) }
    var vpc: String { W.v(W.id(LogicalName.vpc)) }
    /// The roles this part of the script makes: the monitoring role and the consumers'.
    var roles: [CLIRoles.Role] { (MonitoringRolePolicy.isNeeded(plan) ? [monitoringRole] : []) + plan.sharing.roles.map(consumerRole) }
    private var monitoringRole: CLIRoles.Role {
        CLIRoles.Role(name: monitoringRoleName, logicalName: LogicalName.monitoringRole, description: MonitoringRolePolicy.roleDescription,
                      trust: MonitoringRolePolicy.trust(plan), tags: plan.tags, plan: plan)
    }
    private func consumerRole(_ role: CrossAccountRole) -> CLIRoles.Role {
        let trust = CredentialsPolicy.trust(consumerPrincipal: .string(ARNs.accountRoot(role.account.value, region: plan.owner.region.value)),
                                            externalID: role.externalID?.value)
        return CLIRoles.Role(name: role.name.value, logicalName: LogicalName.consumerRole(role), description: Descriptions.consumerRole(role, spec: plan.name),
                             trust: trust, tags: Tag.merging(plan.tags, role.ownTags), plan: plan)
    }
    private var ownershipMark: String { W.q(Descriptions.ownershipMark(spec: plan.name)) }

    func groupLookup(_ logicalName: String) -> [String] { CLISecurityGroups.lookup(logicalName, plan: plan) }

    func latticeLookup(_ list: String, name: String, extra: [String] = []) -> [String] {
        ["vpc-lattice", list] + extra + ["--query", "\"items[?name==\(W.jmesLiteral(name))].id | [0]\""]
    }

    /// A rule that lets `from` reach `to` on a database port, as `--ip-permissions` with the peer group's id filled in at run time.
    func permission(port: Int, peer: String, description: String) -> String {
        let template = W.jsonTemplate([[
            "IpProtocol": "tcp", "FromPort": .integer(port), "ToPort": .integer(port),
            "UserIdGroupPairs": [["GroupId": .string(W.hole), "Description": .string(description)]],
        ]])
        return "\"$(json_document \(template) \(W.v(peer)))\""
    }

    /// Finds a rule of `group` in `direction` ("IpPermissions" or "IpPermissionsEgress") that names `peer`.
    func rule(_ group: String, _ direction: String, peer: String) -> [String] {
        ["ec2", "describe-security-groups", "--group-ids", W.v(group),
         "--query", "\"SecurityGroups[0].\(direction)[].UserIdGroupPairs[] | [?GroupId=='$\(peer)'].GroupId | [0]\""]
    }

    /// The pair of rules between the gateway's group and a database's group: `authorize` adds
    /// whichever is missing, `revoke` removes whichever is present.
    private func gatewayRules(_ database: Database, group: String, gatewayGroup: String, verb: String, _ script: inout BashScript) {
        let rules = [
            (group, "IpPermissions", "ingress", gatewayGroup, Descriptions.ingressFromGateway),
            (gatewayGroup, "IpPermissionsEgress", "egress", group, Descriptions.egressToDatabase(database)),
        ]
        for (owner, direction, kind, peer, description) in rules {
            let lookup = rule(owner, direction, peer: peer)
            // Deploy reads groups it may have just made, which EC2 may not list yet.
            script.when(verb == "authorize" ? BashScript.missing(lookup, by: "known") : BashScript.found(lookup), [
                "run ec2 \(verb)-security-group-\(kind) --group-id \(W.v(owner)) --ip-permissions "
                    + permission(port: database.port, peer: peer, description: description),
            ])
        }
    }

    // MARK: Deploy

    func deploy(_ script: inout BashScript) {
        if MonitoringRolePolicy.isNeeded(plan) {
            CLIRoles.ensure(monitoringRole, managedPolicy: monitoringPolicy, &script)
            script.line("\(monitoringRoleARN)=\"$(attribute MonitoringRole.Arn iam get-role --role-name \(W.q(monitoringRoleName)) --query Role.Arn)\"")
        }
        let gatewayGroup = W.id(LogicalName.gatewaySecurityGroup)
        ensureGroup(gatewayGroup, logicalName: LogicalName.gatewaySecurityGroup, groupName: gatewayGroupName,
                    description: Descriptions.gatewaySecurityGroup, nameTag: plan.sharing.resourceGatewayName.value, &script)
        for database in plan.databases {
            let names = DatabaseNames(database: database)
            let group = W.id(names.securityGroup)
            if let settings = database.new {
                ensureGroup(group, logicalName: names.securityGroup, groupName: databaseGroupName(database),
                            description: Descriptions.databaseSecurityGroup(database), nameTag: "\(database.identifier.value)-database", &script)
                gatewayRules(database, group: group, gatewayGroup: gatewayGroup, verb: "authorize", &script)
                startDatabase(database, settings, &script)
            } else if let existing = database.existing {
                script.line("\(group)=\(W.q(existing.securityGroupID.value))")
                gatewayRules(database, group: group, gatewayGroup: gatewayGroup, verb: "authorize", &script)
                readExisting(database, existing, &script)
            }
        }
        // Every database is created or modified above before the script waits on any, so that their slow work overlaps.
        for database in plan.databases where database.new != nil { script.line(Self.waitForDatabase(database, "available")) }
        for database in plan.databases where database.engine.isAurora {
            if let settings = database.new { awaitClusterInstances(database, settings, &script) }
        }
        for database in plan.databases where database.new != nil { readDatabase(database, &script) }
        deployLattice(&script)
        script.line((["refuse_used_configurations"] + configurationsArguments).joined(separator: " "))
        deployShare(&script)
        removeDatabasesNoLongerNamed(&script)
        let secrets = plan.databases.filter(\.secretIsKnown).map { W.v(secretVariable($0)) }
        let partition = ARNs.partition(plan.owner.region.value)
        for role in plan.sharing.roles {
            let databaseUsers = plan.databases.map { database in
                "\"\(ARNs.databaseUser(resourceID: "${\(resourceIDVariable(database))}", user: role.databaseUser.value, partition: partition, region: plan.owner.region.value, account: plan.owner.account.value))\""
            }
            let readable = role.readsMasterSecret.value ? secrets : []
            let template = W.jsonTemplate(CredentialsPolicy.permissions(databaseUsers: databaseUsers.map { _ in .string(W.hole) },
                                                                        secrets: readable.map { _ in .string(W.hole) }))
            CLIRoles.ensure(consumerRole(role), policyName: Descriptions.credentialsPolicyName,
                            permissions: "\"$(json_document \(template) \((databaseUsers + readable).joined(separator: " ")))\"", &script)
        }
        // A consumer removed from the spec, or a role renamed, leaves a role an earlier deploy made: it goes.
        script.line((["prune_roles", ownershipMark] + plan.sharing.roles.map { W.q($0.name.value) }).joined(separator: " "))
        let dashboard = W.q(plan.monitoring.dashboardName.value), body = W.json(Dashboard.body(plan))
        script.line("live_dashboard=\"$(lookup cloudwatch get-dashboard --dashboard-name \(dashboard) --query DashboardBody)\"")
        script.ifElse("[[ -z \"$live_dashboard\" ]]", then: { then in
            then.line("run cloudwatch put-dashboard --dashboard-name \(dashboard) --dashboard-body \(body)")
            then.line("log \(W.q("created dashboard \(plan.monitoring.dashboardName.value)"))")
        }, otherwise: { otherwise in
            otherwise.line("converge \(W.q("dashboard \(plan.monitoring.dashboardName.value)")) \"$live_dashboard\" \(body) cloudwatch put-dashboard --dashboard-name \(dashboard) --dashboard-body \(body)")
        })
    }

    /// A database the spec no longer names loses its sharing layer, once the share no longer holds it: its resource
    /// configuration (with the configuration's association and log subscription) and the gateway's rules to it. The
    /// database itself is kept, with its data (the prologue's keep_removed_databases).
    private func removeDatabasesNoLongerNamed(_ script: inout BashScript) {
        script.line((["prune_configurations"] + configurationsArguments).joined(separator: " "))
        script.line((["prune_gateway_rules", W.v(W.id(LogicalName.gatewaySecurityGroup))]
                     + plan.databases.map { W.v(W.id(DatabaseNames(database: $0).securityGroup)) }).joined(separator: " "))
        script.line((["keep_removed_databases"] + plan.databases.filter { $0.new != nil }.map { W.q($0.rdsIdentifier) }).joined(separator: " "))
    }

    /// The spec's gateway and service network, and the configurations it names: what `refuse_used_configurations` and
    /// `prune_configurations` take.
    private var configurationsArguments: [String] {
        [W.v(W.id(LogicalName.resourceGateway)), W.v(W.id(LogicalName.serviceNetwork))] + plan.databases.map { W.q($0.resourceConfigurationName.value) }
    }

    private func ensureGroup(_ variable: String, logicalName: String, groupName: String, description: String, nameTag: String,
                             _ script: inout BashScript) {
        CLISecurityGroups.ensure(variable, logicalName: logicalName, groupName: groupName, description: description, nameTag: nameTag,
                                 vpc: vpc, plan: plan, &script)
    }

    func endpointVariable(_ database: Database) -> String { "\(NameStem.snakeCase(DatabaseNames(database: database).instance))_endpoint" }
    func secretVariable(_ database: Database) -> String { "\(NameStem.snakeCase(DatabaseNames(database: database).instance))_secret_arn" }
    func resourceIDVariable(_ database: Database) -> String { "\(NameStem.snakeCase(DatabaseNames(database: database).instance))_resource_id" }

    /// The roles' policies name each database's resource id, and those of roles given the master secret its secret too.
    private var rolesNameResourceIDs: Bool { !plan.sharing.roles.isEmpty }
    private var rolesReadSecrets: Bool { plan.sharing.roles.contains(where: \.readsMasterSecret.value) }

    enum DatabaseField {
        case identifier, endpoint, port, secret, resourceID, iamAuthentication, deletionProtection, status, storageKey, insightsKey, engineVersion
    }

    /// A database's field as JMESPath. An unencrypted database has no key, which would read as no database: it reads as a
    /// word instead, so that a database without the spec's key is refused whether it has another key or none.
    private static func query(_ database: String, _ path: String, _ field: DatabaseField) -> String {
        field == .storageKey ? "\(database) && (\(database).\(path) || 'none (unencrypted)')" : "\(database).\(path)"
    }

    /// The AWS CLI call that reads one field of a database: of its cluster for Aurora, else of its instance.
    static func describe(_ database: Database, _ field: DatabaseField) -> [String] {
        let identifier = W.q(database.rdsIdentifier)
        if database.engine.isAurora {
            let path = switch field {
            case .identifier: "DBClusterIdentifier"
            case .endpoint: "Endpoint"
            case .port: "Port"
            case .secret: "MasterUserSecret.SecretArn"
            case .resourceID: "DbClusterResourceId"
            case .iamAuthentication: "IAMDatabaseAuthenticationEnabled"
            case .deletionProtection: "DeletionProtection"
            case .status: "Status"
            case .storageKey: "KmsKeyId"
            case .insightsKey: "PerformanceInsightsKMSKeyId"
            case .engineVersion: "EngineVersion"
            }
            return ["rds", "describe-db-clusters", "--db-cluster-identifier", identifier, "--query", W.q(Self.query("DBClusters[0]", path, field))]
        }
        let path = switch field {
        case .identifier: "DBInstanceIdentifier"
        case .endpoint: "Endpoint.Address"
        case .port: "Endpoint.Port"
        case .secret: "MasterUserSecret.SecretArn"
        case .resourceID: "DbiResourceId"
        case .iamAuthentication: "IAMDatabaseAuthenticationEnabled"
        case .deletionProtection: "DeletionProtection"
        case .status: "DBInstanceStatus"
        case .storageKey: "KmsKeyId"
        case .insightsKey: "PerformanceInsightsKMSKeyId"
        case .engineVersion: "EngineVersion"
        }
        return ["rds", "describe-db-instances", "--db-instance-identifier", identifier, "--query", W.q(Self.query("DBInstances[0]", path, field))]
    }

    /// An existing database's endpoint and secret: as the spec gives them, else as RDS describes the database (which must exist).
    private func readExisting(_ database: Database, _ existing: ExistingDatabase, _ script: inout BashScript) {
        let names = DatabaseNames(database: database)
        if let endpoint = existing.endpoint {
            script.line("\(endpointVariable(database))=\(W.q(endpoint))")
        } else {
            script.line("\(endpointVariable(database))=\"$(attribute \(names.endpointHolder).Endpoint \(Self.describe(database, .endpoint).joined(separator: " ")))\"")
        }
        if let secret = existing.secretARN, rolesReadSecrets {
            script.line("\(secretVariable(database))=\(W.q(secret.value))")
        }
        // Tokens would be refused, and the users' SQL fails: the owner turns it on, since sharec does not change an existing database.
        if rolesNameResourceIDs {
            script.when("[[ \"$(lookup \(Self.describe(database, .iamAuthentication).joined(separator: " ")))\" == False ]]", [
                "fail \(W.q("\(existing.rdsIdentifier) has IAM database authentication off, and the consumers' roles sign in with it; nothing more was changed. Turn it on: aws \(Self.modify(database)) --enable-iam-database-authentication --apply-immediately"))",
            ])
        }
        readResourceID(database, &script)
    }

    /// Everything a new database needs, then the database itself: created when missing, else brought to the spec's settings.
    private func startDatabase(_ database: Database, _ settings: NewDatabase, _ script: inout BashScript) {
        let tags = W.tagList(plan.tags)
        refuseUnchangeableSettings(database, settings, &script)
        script.when("[[ -z \"$(lookup rds describe-db-subnet-groups --db-subnet-group-name \(W.q(subnetGroupName(database))) --query 'DBSubnetGroups[0].DBSubnetGroupName')\" ]]", [
            "run rds create-db-subnet-group --db-subnet-group-name \(W.q(subnetGroupName(database))) "
                + "--db-subnet-group-description \(W.q(Descriptions.subnetGroup(database))) "
                + "--subnet-ids \(topology.subnets(.database).map { W.v(W.id($0)) }.joined(separator: " ")) --tags \(tags)",
        ])
        // RDS would create a group it publishes to itself, kept forever.
        for type in settings.logExports.value {
            CLILogs.ensureGroup(ResourceNaming.databaseLogGroup(database, type), retentionDays: plan.monitoring.logRetentionDays.value, plan: plan, &script)
        }
        deployParameterGroup(database, settings, tags: tags, &script)
        if database.engine.isAurora {
            startCluster(database, settings, &script)
        } else {
            startInstance(database, settings, &script)
        }
    }

    /// What the consumers' roles and the outputs need from a database that is ready.
    private func readDatabase(_ database: Database, _ script: inout BashScript) {
        let names = DatabaseNames(database: database)
        script.line("\(endpointVariable(database))=\"$(attribute \(names.endpointHolder).Endpoint \(Self.describe(database, .endpoint).joined(separator: " ")))\"")
        if rolesReadSecrets {
            script.line("\(secretVariable(database))=\"$(attribute \(names.endpointHolder).SecretArn \(Self.describe(database, .secret).joined(separator: " ")))\"")
        }
        readResourceID(database, &script)
    }

    /// What the script cannot change on a database that exists, and would otherwise pass over in silence: the storage
    /// key, which RDS keeps for a database's life, and the engine's major version, which its parameter group's family
    /// records. Either stops the deploy before the database's resources, saying what to do instead.
    private func refuseUnchangeableSettings(_ database: Database, _ settings: NewDatabase, _ script: inout BashScript) {
        let names = DatabaseNames(database: database)
        if let key = settings.storageKMSKey {
            refuse(names.endpointHolder + "StorageKey", reading: Self.describe(database, .storageKey), unless: key.value,
                   "the storage key of \(database.identifier.value) is ", ", not the spec's kmsKeyArn, and RDS keeps a database's storage key "
                    + "for its life; nothing more was changed. Put that key in the spec, or move the data to a new database (docs/operations.md)", &script)
        }
        if let key = settings.performanceInsightsKMSKey, settings.performanceInsights.value {
            refuse(names.endpointHolder + "InsightsKey", reading: Self.describe(database, .insightsKey), unless: key.value,
                   "the Performance Insights key of \(database.identifier.value) is ", ", not the spec's performanceInsightsKmsKeyArn, and RDS keeps it "
                    + "once Performance Insights has been on; nothing more was changed. Put that key in the spec (docs/operations.md)", &script)
        }
        guard let version = settings.engineVersion else { return }
        // PostgreSQL's major version is its first number (16), the others' their first two (8.0).
        let parts = [.postgres, .auroraPostgreSQL].contains(database.engine) ? 1 : 2
        script.line("refuse_major_version \(W.q("database \(database.identifier.value)")) \"$(lookup \(Self.describe(database, .engineVersion).joined(separator: " ")))\" "
                    + "\(W.q(version.value)) \(parts)")
        guard !settings.parameters.isEmpty else { return }
        let family = database.engine.parameterGroupFamily(version: version.value)
        refuse(names.parameterGroup + "Family", reading: describeParameterGroup(database, field: "DBParameterGroupFamily"), unless: family,
               "parameter group \(parameterGroupName(database)) is of family ", ", not \(family) as engineVersion \(version.value) needs; the script does "
                + "not upgrade an existing database's engine, and nothing more was changed. Upgrade it first (docs/operations.md)", &script)
    }

    /// Stops the deploy when `reading` finds a value other than `expected`, naming it between `before` and `after`;
    /// finding nothing (no such resource yet) passes.
    private func refuse(_ name: String, reading: [String], unless expected: String, _ before: String, _ after: String, _ script: inout BashScript) {
        let found = NameStem.snakeCase(name)
        script.line("\(found)=\"$(lookup \(reading.joined(separator: " ")))\"")
        script.when("[[ -n \"$\(found)\" && \"$\(found)\" != \(W.q(expected)) ]]", ["fail " + W.q(before) + "\"$\(found)\"" + W.q(after)])
    }

    /// The spec's parameters, set when the group's values of them differ; ModifyDBParameterGroup takes at most 20 at a
    /// time. A parameter the spec no longer names keeps its value (docs/operations.md).
    private func deployParameterGroup(_ database: Database, _ settings: NewDatabase, tags: String, _ script: inout BashScript) {
        guard !settings.parameters.isEmpty, let version = settings.engineVersion else { return }
        let kind = parameterGroupKind(database)
        let name = W.q(parameterGroupName(database))
        script.when("[[ -z \"$(lookup \(describeParameterGroup(database).joined(separator: " ")))\" ]]", [
            "run rds create-\(kind) --\(kind)-name \(name) --db-parameter-group-family \(W.q(database.engine.parameterGroupFamily(version: version.value))) "
                + "--description \(W.q(Descriptions.parameterGroup(database))) --tags \(tags)",
            "log \(W.q("created parameter group \(parameterGroupName(database))"))",
        ])
        let wanted = settings.parameters.map { "\($0.name.value)=\($0.value.value)" }.sorted().joined(separator: "\n")
        let live = ["rds", database.engine.isAurora ? "describe-db-cluster-parameters" : "describe-db-parameters", "--\(kind)-name", name, "--source", "user",
                    "--query", W.q("join(`\"\\n\"`, sort(Parameters[?contains(\(W.jmesJSON(.array(settings.parameters.map { .string($0.name.value) }))), ParameterName)]"
                                   + ".join('=', [ParameterName, ParameterValue])))")]
        script.line("live_parameters=\"$(lookup \(live.joined(separator: " ")))\"")
        script.block("if [[ \"$live_parameters\" != \(W.q(wanted)) ]]; then", "fi") { body in
            for start in stride(from: 0, to: settings.parameters.count, by: 20) {
                // Static parameters refuse "immediate"; a new database starts with them all.
                let batch = settings.parameters[start..<min(start + 20, settings.parameters.count)].map { parameter -> JSONValue in
                    ["ParameterName": .string(parameter.name.value), "ParameterValue": .string(parameter.value.value), "ApplyMethod": "pending-reboot"]
                }
                body.line("run rds modify-\(kind) --\(kind)-name \(name) --parameters \(W.json(.array(batch)))")
            }
            body.line("log \(W.q("changed parameter group \(parameterGroupName(database)): parameters"))")
        }
    }

    /// The noun of the parameter group's CLI operations: a DB cluster parameter group for Aurora.
    private func parameterGroupKind(_ database: Database) -> String {
        database.engine.isAurora ? "db-cluster-parameter-group" : "db-parameter-group"
    }

    /// The call that reads one field of the parameter group sharec names, by default its name.
    private func describeParameterGroup(_ database: Database, field: String? = nil) -> [String] {
        let name = W.q(parameterGroupName(database))
        return database.engine.isAurora
            ? ["rds", "describe-db-cluster-parameter-groups", "--db-cluster-parameter-group-name", name, "--query", W.q("DBClusterParameterGroups[0].\(field ?? "DBClusterParameterGroupName")")]
            : ["rds", "describe-db-parameter-groups", "--db-parameter-group-name", name, "--query", W.q("DBParameterGroups[0].\(field ?? "DBParameterGroupName")")]
    }

    /// What instances and clusters share: published logs, the storage key and the parameter group.
    private func storageAndLogs(_ database: Database, _ settings: NewDatabase) -> [String] {
        var arguments: [String] = []
        if !settings.logExports.value.isEmpty { arguments += ["--enable-cloudwatch-logs-exports"] + settings.logExports.value.map(W.q) }
        if let key = settings.storageKMSKey { arguments += ["--kms-key-id", W.q(key.value)] }
        if !settings.parameters.isEmpty {
            arguments += [database.engine.isAurora ? "--db-cluster-parameter-group-name" : "--db-parameter-group-name", W.q(parameterGroupName(database))]
        }
        return arguments
    }

    /// How a DB instance is created: one given the monitoring role just made waits until IAM lets RDS use it.
    private func runner(_ instance: NewDatabase?) -> String {
        (instance?.monitoringInterval.value ?? 0) > 0 ? "run_with_new_role" : "run"
    }

    /// What each DB instance samples: Enhanced Monitoring, and Performance Insights with its key.
    private func instanceMonitoring(_ settings: NewDatabase) -> [String] {
        var arguments = [settings.performanceInsights.value ? "--enable-performance-insights" : "--no-enable-performance-insights"]
        if settings.performanceInsights.value {
            arguments += ["--performance-insights-retention-period", "7"]
            if let key = settings.performanceInsightsKMSKey { arguments += ["--performance-insights-kms-key-id", W.q(key.value)] }
        }
        if settings.monitoringInterval.value > 0 {
            arguments += ["--monitoring-interval", String(settings.monitoringInterval.value), "--monitoring-role-arn", W.v(monitoringRoleARN)]
        }
        return arguments
    }

    private func readResourceID(_ database: Database, _ script: inout BashScript) {
        guard rolesNameResourceIDs else { return }
        script.line("\(resourceIDVariable(database))=\"$(attribute \(DatabaseNames(database: database).endpointHolder).ResourceId \(Self.describe(database, .resourceID).joined(separator: " ")))\"")
    }

    private func startInstance(_ database: Database, _ settings: NewDatabase, _ script: inout BashScript) {
        let names = DatabaseNames(database: database)
        let identifier = W.q(database.identifier.value)
        var create = [
            "rds", "create-db-instance", "--db-instance-identifier", identifier, "--engine", W.q(database.engine.rawValue),
            "--db-instance-class", W.q(settings.instanceClass.value), "--allocated-storage", String(settings.storageGiB.value),
            "--storage-type", W.q(settings.storageType.value), "--storage-encrypted", "--master-username", W.q(settings.masterUsername.value),
            "--manage-master-user-password", Self.iamAuthentication(settings), "--port", String(database.port),
            "--db-subnet-group-name", W.q(subnetGroupName(database)),
            "--vpc-security-group-ids", W.v(W.id(names.securityGroup)), "--no-publicly-accessible",
            settings.multiAZ.value ? "--multi-az" : "--no-multi-az", "--backup-retention-period", String(settings.backupRetentionDays.value),
            settings.deletionProtection.value ? "--deletion-protection" : "--no-deletion-protection", "--copy-tags-to-snapshot",
            Self.autoMinorVersionUpgrade(settings),
        ] + instanceMonitoring(settings) + storageAndLogs(database, settings)
        if let iops = settings.iops { create += ["--iops", String(iops.value)] }
        if let throughput = settings.throughputMiBps { create += ["--storage-throughput", String(throughput.value)] }
        if let maximum = settings.maxStorageGiB { create += ["--max-allocated-storage", String(maximum.value)] }
        let parameterGroup = settings.parameters.isEmpty ? nil : parameterGroupName(database)
        let marked = databaseTags(names.instance)
        createOrConverge(database, settings, create, kind: "database", tags: marked, &script) { body in
            DatabaseSetting.converge(DatabaseSetting.instance(settings, parameterGroup: parameterGroup, monitoringRole: W.v(monitoringRoleARN)),
                                     what: "database \(database.identifier.value)", describe: ["rds", "describe-db-instances", "--db-instance-identifier", identifier],
                                     root: "DBInstances[0]", arn: "DBInstanceArn", tags: marked, wait: Self.waitForDatabase(database, "available"), runner: runner(settings),
                                     modify: ["rds", "modify-db-instance", "--db-instance-identifier", identifier], &body)
        }
    }

    /// A database's tags: the spec's and its marker, by which a later deploy finds it once the spec no longer names it.
    private func databaseTags(_ logicalName: String) -> [Tag] {
        plan.tags + [Tag(key: W.markerKey, value: W.marker(plan, logicalName))]
    }

    private static func iamAuthentication(_ settings: NewDatabase) -> String {
        settings.iamAuthentication ? "--enable-iam-database-authentication" : "--no-enable-iam-database-authentication"
    }

    private static func autoMinorVersionUpgrade(_ settings: NewDatabase) -> String {
        settings.autoMinorVersionUpgrade ? "--auto-minor-version-upgrade" : "--no-auto-minor-version-upgrade"
    }

    /// Runs `create` (with the engine version and tags) when the database's instance or cluster does not exist, else
    /// `converge`. It is waited for once every database has been started, by its status rather than the CLI's waiter, which
    /// knows few of the states a database never leaves and gives up after 30 minutes whatever SHAREC_WAIT_SECONDS says.
    private func createOrConverge(_ database: Database, _ settings: NewDatabase, _ create: [String], kind: String, tags: [Tag],
                                  _ script: inout BashScript, converge: (inout BashScript) -> Void) {
        var create = create
        if let version = settings.engineVersion { create += ["--engine-version", W.q(version.value)] }
        create += ["--tags", W.tagList(tags)]
        script.ifElse("[[ -z \"$(lookup \(Self.describe(database, .identifier).joined(separator: " ")))\" ]]", then: { body in
            body.line("\(runner(kind == "database" ? settings : nil)) \(create.joined(separator: " "))")
            body.line("log \(W.q("creating \(kind) \(database.identifier.value); this takes a while"))")
        }, otherwise: converge)
    }

    /// A wait for a database (its cluster, for Aurora) to reach `state` ('' for gone).
    private static func waitForDatabase(_ database: Database, _ state: String) -> String {
        "wait_for \(W.q("\(state.isEmpty ? "removal of " : "")database \(database.identifier.value)")) \(state.isEmpty ? "''" : state) "
            + describe(database, .status).joined(separator: " ")
    }

    /// A wait for a cluster's instance to reach `state` ('' for gone).
    private static func waitForInstance(_ identifier: String, _ state: String) -> String {
        "wait_for \(W.q("\(state.isEmpty ? "removal of " : "")instance \(identifier)")) \(state.isEmpty ? "''" : state) rds describe-db-instances "
            + "--db-instance-identifier \(W.q(identifier)) --query 'DBInstances[0].DBInstanceStatus'"
    }

    /// The cluster holds the engine, storage, credentials and backups; its instances only compute, and are made once it is ready.
    private func startCluster(_ database: Database, _ settings: NewDatabase, _ script: inout BashScript) {
        let names = DatabaseNames(database: database)
        let identifier = W.q(database.identifier.value)
        let create = [
            "rds", "create-db-cluster", "--db-cluster-identifier", identifier, "--engine", W.q(database.engine.rawValue),
            "--storage-encrypted", "--master-username", W.q(settings.masterUsername.value), "--manage-master-user-password",
            Self.iamAuthentication(settings), "--port", String(database.port), "--db-subnet-group-name", W.q(subnetGroupName(database)),
            "--vpc-security-group-ids", W.v(W.id(names.securityGroup)), "--backup-retention-period", String(settings.backupRetentionDays.value),
            settings.deletionProtection.value ? "--deletion-protection" : "--no-deletion-protection", "--copy-tags-to-snapshot",
        ] + storageAndLogs(database, settings)
        let parameterGroup = settings.parameters.isEmpty ? nil : parameterGroupName(database)
        let marked = databaseTags(names.cluster)
        createOrConverge(database, settings, create, kind: "cluster", tags: marked, &script) { body in
            DatabaseSetting.converge(DatabaseSetting.cluster(settings, parameterGroup: parameterGroup),
                                     what: "cluster \(database.identifier.value)", describe: ["rds", "describe-db-clusters", "--db-cluster-identifier", identifier],
                                     root: "DBClusters[0]", arn: "DBClusterArn", tags: marked, wait: Self.waitForDatabase(database, "available"), runner: "run",
                                     modify: ["rds", "modify-db-cluster", "--db-cluster-identifier", identifier], &body)
        }
    }

    /// A ready cluster's instances: created when missing, else brought to the spec's compute; then waited for together.
    private func awaitClusterInstances(_ database: Database, _ settings: NewDatabase, _ script: inout BashScript) {
        let identifier = W.q(database.identifier.value)
        let tags = W.tagList(plan.tags)
        for number in 1...settings.instances.value {
            let member = W.q(DatabaseNames(database: database).clusterInstanceIdentifier(number))
            var instance = [
                "rds", "create-db-instance", "--db-instance-identifier", member, "--db-cluster-identifier", identifier,
                "--engine", W.q(database.engine.rawValue), "--db-instance-class", W.q(settings.instanceClass.value), "--no-publicly-accessible",
                Self.autoMinorVersionUpgrade(settings),
            ] + instanceMonitoring(settings)
            instance += ["--tags", tags]
            script.ifElse("[[ -z \"$(lookup rds describe-db-instances --db-instance-identifier \(member) --query 'DBInstances[0].DBInstanceIdentifier')\" ]]", then: { body in
                body.line("\(runner(settings)) \(instance.joined(separator: " "))")
            }, otherwise: { body in
                let name = DatabaseNames(database: database).clusterInstanceIdentifier(number)
                DatabaseSetting.converge(DatabaseSetting.compute(settings, monitoringRole: W.v(monitoringRoleARN)), what: "instance \(name)",
                                         describe: ["rds", "describe-db-instances", "--db-instance-identifier", member], root: "DBInstances[0]",
                                         arn: "DBInstanceArn", tags: plan.tags, wait: Self.waitForInstance(name, "available"), runner: runner(settings),
                                         modify: ["rds", "modify-db-instance", "--db-instance-identifier", member], &body)
            })
        }
        for number in 1...settings.instances.value {
            script.line(Self.waitForInstance(DatabaseNames(database: database).clusterInstanceIdentifier(number), "available"))
        }
    }

    private func deployLattice(_ script: inout BashScript) {
        let sharing = plan.sharing
        let tags = W.tagMap(plan.tags)
        let gateway = W.id(LogicalName.resourceGateway)
        script.ensure(gateway, what: "resource gateway", lookup: latticeLookup("list-resource-gateways", name: sharing.resourceGatewayName.value),
                      create: ["vpc-lattice", "create-resource-gateway", "--name", W.q(sharing.resourceGatewayName.value), "--vpc-identifier", vpc,
                               "--subnet-ids"] + topology.subnets(.gateway).map { W.v(W.id($0)) }
                              + ["--security-group-ids", W.v(W.id(LogicalName.gatewaySecurityGroup)), "--ip-address-type", "IPV4",
                                 "--tags", tags, "--client-token", W.clientToken(LogicalName.resourceGateway), "--query", "id"],
                      placeholder: LogicalName.resourceGateway)
        script.line("wait_for 'resource gateway' ACTIVE vpc-lattice get-resource-gateway --resource-gateway-identifier \(W.v(gateway)) --query status")

        let network = W.id(LogicalName.serviceNetwork)
        script.ensure(network, what: "service network", lookup: latticeLookup("list-service-networks", name: sharing.serviceNetworkName.value),
                      create: ["vpc-lattice", "create-service-network", "--name", W.q(sharing.serviceNetworkName.value), "--auth-type", "AWS_IAM",
                               "--tags", tags, "--client-token", W.clientToken(LogicalName.serviceNetwork), "--query", "id"],
                      placeholder: LogicalName.serviceNetwork)
        // Each configuration logs its own connections: a service network's log sees only traffic that crosses it.
        let accessLogs = ResourceNaming.accessLogGroup(plan)
        CLILogs.ensureGroup(accessLogs, retentionDays: plan.monitoring.logRetentionDays.value, plan: plan, &script)

        for database in plan.databases {
            let names = DatabaseNames(database: database)
            let configuration = W.id(names.resourceConfiguration)
            let marker = Tag(key: W.markerKey, value: W.marker(plan, names.resourceConfiguration))
            let definition = W.jsonTemplate(["dnsResource": ["domainName": .string(W.hole), "ipAddressType": "IPV4"]])
            script.ensure(configuration, what: "resource configuration",
                          lookup: latticeLookup("list-resource-configurations", name: database.resourceConfigurationName.value,
                                                extra: ["--resource-gateway-identifier", W.v(gateway)]),
                          create: ["vpc-lattice", "create-resource-configuration", "--name", W.q(database.resourceConfigurationName.value),
                                   "--type", "SINGLE", "--protocol", "TCP", "--port-ranges", W.q(String(database.port)),
                                   "--resource-gateway-identifier", W.v(gateway),
                                   "--resource-configuration-definition", "\"$(json_document \(definition) \(W.v(endpointVariable(database))))\"",
                                   database.allowsOnwardSharing.value ? "--allow-association-to-shareable-service-network" : "--no-allow-association-to-shareable-service-network",
                                   "--tags", W.tagMap(plan.tags + [marker]),
                                   "--client-token", W.clientToken(names.resourceConfiguration), "--query", "id"],
                          placeholder: names.resourceConfiguration)
            script.line("wait_for 'resource configuration' ACTIVE vpc-lattice get-resource-configuration --resource-configuration-identifier \(W.v(configuration)) --query status")
            let arn = configurationARN(database)
            script.line("\(arn)=\"$(attribute \(names.resourceConfiguration).Arn vpc-lattice get-resource-configuration "
                        + "--resource-configuration-identifier \(W.v(configuration)) --query arn)\"")
            // What a configuration that exists may have otherwise than the spec says: one an earlier sharec made has no marker (by which a
            // later deploy removes it with its database), and onward sharing and the port change in place. One the plan would create has them.
            let name = database.resourceConfigurationName.value, onward = database.allowsOnwardSharing.value
            let update = "vpc-lattice update-resource-configuration --resource-configuration-identifier \(W.v(configuration))"
            script.when("[[ \(W.v(arn)) != '<'* ]]", [
                "converge \(W.q("resource configuration \(name): tags")) "
                    + "\"$(lookup vpc-lattice list-tags-for-resource --resource-arn \(W.v(arn)) --query 'tags.\"sharec:resource\"')\" \(W.q(marker.value)) "
                    + "vpc-lattice tag-resource --resource-arn \(W.v(arn)) --tags \(W.tagMap([marker]))",
                "IFS=$'\\t' read -r -a live <<<\"$(lookup vpc-lattice get-resource-configuration --resource-configuration-identifier \(W.v(configuration)) "
                    + "--query '[allowAssociationToShareableServiceNetwork, portRanges[0]]')\"",
                "converge_value \(W.q("resource configuration \(name): allowOnwardSharing")) \"${live[0],,}\" \(onward) \(update) "
                    + (onward ? "--allow-association-to-shareable-service-network" : "--no-allow-association-to-shareable-service-network"),
                "converge_value \(W.q("resource configuration \(name): port")) \"${live[1]}\" \(database.port) \(update) --port-ranges \(W.q(String(database.port)))",
            ])
            script.ensure(W.id(names.accessLogSubscription), what: "access log subscription",
                          lookup: ["vpc-lattice", "list-access-log-subscriptions", "--resource-identifier", W.v(configuration), "--query", W.q("items[0].id")],
                          create: ["vpc-lattice", "create-access-log-subscription", "--resource-identifier", W.v(configuration),
                                   "--destination-arn", W.q(ARNs.logGroup(accessLogs, plan: plan)),
                                   "--tags", tags, "--client-token", W.clientToken(names.accessLogSubscription), "--query", "id"],
                          placeholder: names.accessLogSubscription)
            let resourceAssociation = W.id(names.serviceNetworkAssociation)
            script.ensure(resourceAssociation, what: "service network resource association",
                          lookup: resourceAssociationLookup(configuration: configuration, network: network),
                          create: ["vpc-lattice", "create-service-network-resource-association", "--resource-configuration-identifier", W.v(configuration),
                                   "--service-network-identifier", W.v(network), "--tags", tags,
                                   "--client-token", W.clientToken(names.serviceNetworkAssociation), "--query", "id"],
                          placeholder: names.serviceNetworkAssociation)
            script.line("wait_for 'service network resource association' ACTIVE vpc-lattice get-service-network-resource-association --service-network-resource-association-identifier \(W.v(resourceAssociation)) --query status")
        }
    }

    /// The association of a configuration with the owner's service network (both are shell variables).
    private func resourceAssociationLookup(configuration: String, network: String) -> [String] {
        ["vpc-lattice", "list-service-network-resource-associations", "--resource-configuration-identifier", W.v(configuration),
         "--service-network-identifier", W.v(network), "--query", W.q("items[0].id")]
    }

    private func configurationARN(_ database: Database) -> String {
        "\(NameStem.snakeCase(DatabaseNames(database: database).resourceConfiguration))_arn"
    }

    func shareLookup() -> [String] {
        ["ram", "get-resource-shares", "--resource-owner", "SELF", "--name", W.q(plan.sharing.resourceShareName),
         "--resource-share-status", "ACTIVE", "--query", W.q("resourceShares[0].resourceShareArn")]
    }

    private func deployShare(_ script: inout BashScript) {
        let share = W.id(LogicalName.resourceShare)
        let members = ["--resource-arns"] + plan.databases.map { W.v(configurationARN($0)) }
            + ["--principals"] + plan.sharing.consumers.map { W.q($0.principal.value) }
        let marker = Tag(key: W.markerKey, value: W.marker(plan, LogicalName.resourceShare))
        script.line("\(share)=\"$(lookup \(shareLookup().joined(separator: " ")))\"")
        script.ifElse("[[ -z \"$\(share)\" ]]", then: { body in
            let create = ["ram", "create-resource-share", "--name", W.q(plan.sharing.resourceShareName)] + members
                + [plan.sharing.allowExternalPrincipals ? "--allow-external-principals" : "--no-allow-external-principals",
                   "--tags", W.json(W.keyValueList(plan.tags + [marker], key: "key", value: "value")),
                   "--client-token", W.clientToken(LogicalName.resourceShare), "--query", "resourceShare.resourceShareArn"]
            body.line("\(share)=\"$(create \(LogicalName.resourceShare) \(create.joined(separator: " ")))\"")
            body.line("log \"created resource share $\(share)\"")
        }, otherwise: { body in
            // Another team's share of the same name is never changed; one an earlier sharec made is adopted.
            let query = W.ownershipQuery(plan.tags, list: "resourceShares[0].tags", key: "key", value: "value")
            body.line("claim_share \(W.v(share)) \(W.q(marker.value)) \(W.q(query)) \(plan.tags.count)")
            // An existing share gains any consumer or database the spec has added since, and loses those it no longer names.
            // RAM checks the external-principals setting when a principal is associated: it is turned on before, off after.
            let external = "converge_external_principals \(W.v(share)) \(plan.sharing.allowExternalPrincipals)"
            if plan.sharing.allowExternalPrincipals { body.line(external) }
            body.line((["add_to_share", W.v(share), "PRINCIPAL"] + plan.sharing.consumers.map { W.q($0.principal.value) }).joined(separator: " "))
            body.line((["add_to_share", W.v(share), "RESOURCE"] + plan.databases.map { W.v(configurationARN($0)) }).joined(separator: " "))
            body.line((["prune_share", W.v(share), "PRINCIPAL"] + plan.sharing.consumers.map { W.q($0.principal.value) }).joined(separator: " "))
            body.line((["prune_share", W.v(share), "RESOURCE"] + plan.databases.map { W.v(configurationARN($0)) }).joined(separator: " "))
            if !plan.sharing.allowExternalPrincipals { body.line(external) }
        })
    }

    // MARK: Destroy

    /// The AWS CLI call that modifies the database (its cluster, for Aurora), without `aws`: for calls, and after `aws` in messages.
    static func modify(_ database: Database) -> String {
        database.engine.isAurora
            ? "rds modify-db-cluster --db-cluster-identifier \(database.rdsIdentifier)"
            : "rds modify-db-instance --db-instance-identifier \(database.rdsIdentifier)"
    }

    /// Refuses before deleting anything when a database is protected, so a destroy never stops half-way on it.
    func checkDeletionProtection(_ script: inout BashScript) {
        for database in plan.databases where database.new != nil {
            let modify = "aws " + Self.modify(database)
            script.when("[[ \"$(lookup \(Self.describe(database, .deletionProtection).joined(separator: " ")))\" == True ]]", [
                "fail \(W.q("\(database.identifier.value) has deletion protection on; nothing was deleted. Turn it off first: \(modify) --no-deletion-protection --apply-immediately"))",
            ])
        }
    }

    func destroy(_ script: inout BashScript) {
        let dashboard = W.q(plan.monitoring.dashboardName.value)
        script.when("[[ -n \"$(lookup cloudwatch get-dashboard --dashboard-name \(dashboard) --query DashboardName)\" ]]",
                    ["run cloudwatch delete-dashboards --dashboard-names \(dashboard)", "log \(W.q("deleted dashboard \(plan.monitoring.dashboardName.value)"))"])
        for consumer in plan.sharing.consumers.reversed() {
            guard let role = consumer.role else { continue }
            CLIRoles.remove(name: role.name.value, policyName: Descriptions.credentialsPolicyName, &script)
        }
        // And those of consumers an earlier version of the spec had.
        script.line("prune_roles \(ownershipMark)")
        script.remove(W.id(LogicalName.resourceShare), what: "resource share", lookup: shareLookup(),
                      delete: [["ram", "delete-resource-share", "--resource-share-arn", W.v(W.id(LogicalName.resourceShare))]])

        let network = W.id(LogicalName.serviceNetwork)
        script.line("\(network)=\"$(lookup \(latticeLookup("list-service-networks", name: plan.sharing.serviceNetworkName.value).joined(separator: " ")))\"")
        for database in plan.databases.reversed() {
            let names = DatabaseNames(database: database)
            let configuration = W.id(names.resourceConfiguration)
            script.line("\(configuration)=\"$(lookup \(latticeLookup("list-resource-configurations", name: database.resourceConfigurationName.value).joined(separator: " ")))\"")
            script.block("if [[ -n \"$\(configuration)\" ]]; then", "fi") { body in
                body.remove(W.id(names.accessLogSubscription), what: "access log subscription",
                            lookup: ["vpc-lattice", "list-access-log-subscriptions", "--resource-identifier", W.v(configuration), "--query", W.q("items[0].id")],
                            delete: [["vpc-lattice", "delete-access-log-subscription", "--access-log-subscription-identifier", W.v(W.id(names.accessLogSubscription))]])
                // Only the association with the owner's network: a consumer may have associated the configuration with its own.
                body.block("if [[ -n \"$\(network)\" ]]; then", "fi") { owned in
                    let association = W.id(names.serviceNetworkAssociation)
                    owned.remove(association, what: "service network resource association",
                                 lookup: resourceAssociationLookup(configuration: configuration, network: network),
                                 delete: [["vpc-lattice", "delete-service-network-resource-association",
                                           "--service-network-resource-association-identifier", W.v(association)]],
                                 after: ["wait_for 'removal of the service network resource association' '' vpc-lattice get-service-network-resource-association "
                                         + "--service-network-resource-association-identifier \(W.v(association)) --query status"])
                }
                // Consumers' endpoints use the configuration: deleting it under them would cut them off unseen.
                let users = "endpoints_of_\(configuration)"
                body.line("\(users)=\"$(lookup vpc-lattice list-resource-endpoint-associations --resource-configuration-identifier \(W.v(configuration)) "
                          + "--query 'items[].vpcEndpointOwner')\"")
                body.when("[[ -n \"$\(users)\" ]]", [
                    "fail \"resource configuration $\(configuration) still has VPC endpoints of account(s) $\(users); their side is destroyed first "
                        + "(or remove them: aws vpc-lattice list-resource-endpoint-associations --resource-configuration-identifier $\(configuration), "
                        + "then delete-resource-endpoint-association for each)\"",
                ])
                body.line("run vpc-lattice delete-resource-configuration --resource-configuration-identifier \(W.v(configuration))")
                body.line("wait_for 'removal of the resource configuration' '' vpc-lattice get-resource-configuration --resource-configuration-identifier \(W.v(configuration)) --query status")
                body.line("log \"deleted resource configuration $\(configuration)\"")
            }
        }
        // What is left on the gateway is what databases an earlier version of the spec had.
        let gateway = W.id(LogicalName.resourceGateway)
        script.line("\(gateway)=\"$(lookup \(latticeLookup("list-resource-gateways", name: plan.sharing.resourceGatewayName.value).joined(separator: " ")))\"")
        script.when("[[ -n \"$\(gateway)\" ]]", ["refuse_used_configurations \(W.v(gateway)) \(W.v(network))", "prune_configurations \(W.v(gateway)) \(W.v(network))"])
        script.block("if [[ -n \"$\(network)\" ]]; then", "fi") { body in
            // An earlier sharec gave the network its own access log subscription and the owner VPC's association
            // (decision 0005); a network that still has them cannot be deleted.
            body.remove(W.id(LogicalName.accessLogSubscription), what: "access log subscription",
                        lookup: ["vpc-lattice", "list-access-log-subscriptions", "--resource-identifier", W.v(network), "--query", W.q("items[0].id")],
                        delete: [["vpc-lattice", "delete-access-log-subscription", "--access-log-subscription-identifier", W.v(W.id(LogicalName.accessLogSubscription))]])
            let association = W.id(LogicalName.serviceNetworkVpcAssociation)
            body.remove(association, what: "service network VPC association",
                        lookup: ["vpc-lattice", "list-service-network-vpc-associations", "--service-network-identifier", W.v(network), "--query", W.q("items[0].id")],
                        delete: [["vpc-lattice", "delete-service-network-vpc-association", "--service-network-vpc-association-identifier", W.v(association)]],
                        after: ["wait_for 'removal of the service network VPC association' '' vpc-lattice get-service-network-vpc-association "
                                + "--service-network-vpc-association-identifier \(W.v(association)) --query status"])
            body.line("run vpc-lattice delete-service-network --service-network-identifier \(W.v(network))")
            body.line("log \"deleted service network $\(network)\"")
        }
        CLILogs.removeGroup(ResourceNaming.accessLogGroup(plan), &script)
        script.remove(gateway, what: "resource gateway", lookup: latticeLookup("list-resource-gateways", name: plan.sharing.resourceGatewayName.value),
                      delete: [["vpc-lattice", "delete-resource-gateway", "--resource-gateway-identifier", W.v(gateway)]],
                      after: ["wait_for 'removal of the resource gateway' '' vpc-lattice get-resource-gateway --resource-gateway-identifier \(W.v(gateway)) --query status"])

        // An existing database stays as it was found.
        for database in plan.databases.reversed() {
            guard let settings = database.new else { continue }
            let identifier = W.q(database.identifier.value)
            if database.engine.isAurora {
                // A cluster's instances go first; the cluster keeps the final snapshot, as in the other targets.
                for number in (1...settings.instances.value).reversed() {
                    let member = W.q(DatabaseNames(database: database).clusterInstanceIdentifier(number))
                    script.when("[[ -n \"$(lookup rds describe-db-instances --db-instance-identifier \(member) --query 'DBInstances[0].DBInstanceIdentifier')\" ]]", [
                        "run rds delete-db-instance --db-instance-identifier \(member)",
                        Self.waitForInstance(DatabaseNames(database: database).clusterInstanceIdentifier(number), ""),
                    ])
                }
            }
            script.block("if [[ -n \"$(lookup \(Self.describe(database, .identifier).joined(separator: " ")))\" ]]; then", "fi") { body in
                // Like the other targets' final snapshot: the data outlives the instance. Snapshot names are unique per
                // account and region, so each destroy names its own.
                body.line("snapshot=\(W.q("\(database.identifier.value)-final-"))\"$(date -u +%Y%m%d%H%M%S)\"")
                let final = "\"$snapshot\""
                if database.engine.isAurora {
                    body.line("run rds delete-db-cluster --db-cluster-identifier \(identifier) --final-db-snapshot-identifier \(final)")
                    body.line(Self.waitForDatabase(database, ""))
                } else {
                    body.line("run rds delete-db-instance --db-instance-identifier \(identifier) --final-db-snapshot-identifier \(final)")
                    body.line(Self.waitForDatabase(database, ""))
                }
                body.line("log \(W.q("deleted database \(database.identifier.value) (final snapshot "))\"$snapshot)\"")
            }
            script.when("[[ -n \"$(lookup rds describe-db-subnet-groups --db-subnet-group-name \(W.q(subnetGroupName(database))) --query 'DBSubnetGroups[0].DBSubnetGroupName')\" ]]",
                        ["run rds delete-db-subnet-group --db-subnet-group-name \(W.q(subnetGroupName(database)))"])
            if !settings.parameters.isEmpty {
                let kind = parameterGroupKind(database)
                script.when("[[ -n \"$(lookup \(describeParameterGroup(database).joined(separator: " ")))\" ]]",
                            ["run rds delete-\(kind) --\(kind)-name \(W.q(parameterGroupName(database)))"])
            }
            // Only once the database is gone: it publishes to them until then.
            for type in settings.logExports.value {
                CLILogs.removeGroup(ResourceNaming.databaseLogGroup(database, type), &script)
            }
        }
        if MonitoringRolePolicy.isNeeded(plan) {
            CLIRoles.remove(name: monitoringRoleName, managedPolicy: monitoringPolicy, &script)
        }

        // Rules that name the other group go first: a group another rule references cannot be deleted.
        let gatewayGroup = W.id(LogicalName.gatewaySecurityGroup)
        script.line("\(gatewayGroup)=\"$(lookup \(groupLookup(LogicalName.gatewaySecurityGroup).joined(separator: " ")))\"")
        for database in plan.databases.reversed() {
            let names = DatabaseNames(database: database)
            let group = W.id(names.securityGroup)
            // An existing database's group loses only the rule sharec added to it.
            let existingGroup = database.existing?.securityGroupID.value
            script.line("\(group)=" + (existingGroup.map(W.q) ?? "\"$(lookup \(groupLookup(names.securityGroup).joined(separator: " ")))\""))
            script.block("if [[ -n \"$\(group)\" && -n \"$\(gatewayGroup)\" ]]; then", "fi") { body in
                gatewayRules(database, group: group, gatewayGroup: gatewayGroup, verb: "revoke", &body)
            }
            if existingGroup == nil {
                script.when("[[ -n \"$\(group)\" ]]", ["run ec2 delete-security-group --group-id \(W.v(group))", "log \"deleted security group $\(group)\""])
            }
        }
        // And those of databases an earlier version of the spec had.
        script.when("[[ -n \"$\(gatewayGroup)\" ]]", ["prune_gateway_rules \(W.v(gatewayGroup))", "run ec2 delete-security-group --group-id \(W.v(gatewayGroup))",
                                                      "log \"deleted security group $\(gatewayGroup)\""])
    }
}
