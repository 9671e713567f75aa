/// What a deploy brings a database it finds back to: each setting the spec states, as one typed row that
/// serves the read (every row's query in one describe call), the comparison and the change (one modify call).
/// Settings RDS cannot change in place (engine, storage key, encryption) are refused elsewhere, before any change.
struct DatabaseSetting {
    /// The spec's key, for messages.
    let key: String
    /// JMESPath over the described instance or cluster, answering one word of text.
    let live: String
    /// The spec's value as the live one reads.
    let wanted: String
    /// The shell words of the modify call that set it.
    let options: [String]
    /// A size that storage autoscaling may have grown: only less than the spec is a difference.
    var atLeast = false

    private typealias W = CLIWords

    /// What is about to happen wins over what is: a modification pending for the maintenance window reads as made.
    private static func pendingOr(_ field: String) -> String { "[PendingModifiedValues.\(field), \(field)] | [?@ != null] | [0]" }

    private static func flag(_ key: String, _ live: String, _ on: Bool, _ option: String) -> DatabaseSetting {
        DatabaseSetting(key: key, live: live, wanted: on ? "true" : "false", options: [on ? "--\(option)" : "--no-\(option)"])
    }

    private static func number(_ key: String, _ live: String, _ value: Int, _ option: String, atLeast: Bool = false) -> DatabaseSetting {
        DatabaseSetting(key: key, live: live, wanted: String(value), options: [option, String(value)], atLeast: atLeast)
    }

    /// The CloudWatch Logs exports, compared as a sorted list; the change names only what differs, from the live list at
    /// `index` of the answer.
    private static func logExports(_ types: [String], index: Int) -> DatabaseSetting {
        let wanted = types.isEmpty ? "none" : types.sorted().joined(separator: ",")
        return DatabaseSetting(key: "logExports", live: "join(',', sort(EnabledCloudwatchLogsExports || `[]`)) || 'none'", wanted: wanted,
                               options: ["--cloudwatch-logs-export-configuration", "\"$(log_exports_change \"${live[\(index)]}\" \(W.q(wanted)))\""])
    }

    private static func engineVersion(_ settings: NewDatabase, live: String) -> [DatabaseSetting] {
        // A major version alone lets RDS move within it: only a full release is held to.
        guard let version = settings.engineVersion, !settings.autoMinorVersionUpgrade else { return [] }
        return [DatabaseSetting(key: "engineVersion", live: live, wanted: version.value, options: ["--engine-version", W.q(version.value)])]
    }

    /// A DB instance's compute and monitoring, which an Aurora cluster's instances have too.
    static func compute(_ settings: NewDatabase, monitoringRole: String, pending: Bool) -> [DatabaseSetting] {
        var rows = [
            DatabaseSetting(key: "instanceClass", live: pending ? pendingOr("DBInstanceClass") : "DBInstanceClass", wanted: settings.instanceClass.value,
                            options: ["--db-instance-class", W.q(settings.instanceClass.value)]),
            flag("autoMinorVersionUpgrade", "AutoMinorVersionUpgrade", settings.autoMinorVersionUpgrade, "auto-minor-version-upgrade"),
        ]
        let interval = settings.monitoringInterval.value
        rows.append(DatabaseSetting(key: "monitoringInterval", live: "MonitoringInterval || `0`", wanted: String(interval),
                                    options: ["--monitoring-interval", String(interval)] + (interval > 0 ? ["--monitoring-role-arn", monitoringRole] : [])))
        var insights = [settings.performanceInsights.value ? "--enable-performance-insights" : "--no-enable-performance-insights"]
        if settings.performanceInsights.value {
            insights += ["--performance-insights-retention-period", "7"]
            if let key = settings.performanceInsightsKMSKey { insights += ["--performance-insights-kms-key-id", W.q(key.value)] }
        }
        rows.append(DatabaseSetting(key: "performanceInsights", live: "PerformanceInsightsEnabled || `false`",
                                    wanted: settings.performanceInsights.value ? "true" : "false", options: insights))
        return rows
    }

    /// A database of one DB instance: storage, availability, backups, logs, parameters and protection besides its compute.
    static func instance(_ settings: NewDatabase, parameterGroup: String?, monitoringRole: String) -> [DatabaseSetting] {
        var rows = compute(settings, monitoringRole: monitoringRole, pending: true) + [
            flag("multiAZ", pendingOr("MultiAZ"), settings.multiAZ.value, "multi-az"),
            number("storage.sizeGiB", pendingOr("AllocatedStorage"), settings.storageGiB.value, "--allocated-storage", atLeast: true),
            DatabaseSetting(key: "storage.type", live: pendingOr("StorageType"), wanted: settings.storageType.value,
                            options: ["--storage-type", W.q(settings.storageType.value)]),
        ]
        if let iops = settings.iops { rows.append(number("storage.iops", pendingOr("Iops"), iops.value, "--iops")) }
        if let throughput = settings.throughputMiBps {
            rows.append(number("storage.throughputMiBps", pendingOr("StorageThroughput"), throughput.value, "--storage-throughput"))
        }
        if let maximum = settings.maxStorageGiB { rows.append(number("storage.maxSizeGiB", "MaxAllocatedStorage || `0`", maximum.value, "--max-allocated-storage")) }
        rows.append(number("backupRetentionDays", pendingOr("BackupRetentionPeriod"), settings.backupRetentionDays.value, "--backup-retention-period"))
        rows.append(logExports(settings.logExports.value, index: rows.count))
        if let group = parameterGroup {
            rows.append(DatabaseSetting(key: "parameters", live: "DBParameterGroups[0].DBParameterGroupName", wanted: group,
                                        options: ["--db-parameter-group-name", W.q(group)]))
        }
        rows.append(flag("deletionProtection", "DeletionProtection", settings.deletionProtection.value, "deletion-protection"))
        rows.append(flag("iamAuthentication", pendingOr("IAMDatabaseAuthenticationEnabled"), settings.iamAuthentication, "enable-iam-database-authentication"))
        return rows + engineVersion(settings, live: pendingOr("EngineVersion"))
    }

    /// An Aurora cluster: what its instances share.
    static func cluster(_ settings: NewDatabase, parameterGroup: String?) -> [DatabaseSetting] {
        var rows = [number("backupRetentionDays", "BackupRetentionPeriod", settings.backupRetentionDays.value, "--backup-retention-period")]
        rows.append(logExports(settings.logExports.value, index: rows.count))
        if let group = parameterGroup {
            rows.append(DatabaseSetting(key: "parameters", live: "DBClusterParameterGroup", wanted: group,
                                        options: ["--db-cluster-parameter-group-name", W.q(group)]))
        }
        rows.append(flag("deletionProtection", "DeletionProtection", settings.deletionProtection.value, "deletion-protection"))
        rows.append(flag("iamAuthentication", "IAMDatabaseAuthenticationEnabled", settings.iamAuthentication, "enable-iam-database-authentication"))
        return rows + engineVersion(settings, live: "EngineVersion")
    }

    /// Reads every row with one describe call (`describe` without its query; `root` selects the instance or cluster),
    /// then sets what differs with one `modify` call made by `runner`.
    static func converge(_ rows: [DatabaseSetting], what: String, describe: [String], root: String, runner: String, modify: [String],
                         _ script: inout BashScript) {
        let query = "\(root).[\(rows.map(\.live).joined(separator: ", "))]"
        script.line("IFS=$'\\t' read -r -a live <<<\"$(lookup \((describe + ["--query", W.q(query)]).joined(separator: " ")))\"")
        for (index, row) in rows.enumerated() {
            script.line(([row.atLeast ? "setting_at_least" : "setting", row.key, "\"${live[\(index)]}\"", W.q(row.wanted)] + row.options).joined(separator: " "))
        }
        script.line((["apply_settings", W.q(what), runner] + modify).joined(separator: " "))
    }
}
