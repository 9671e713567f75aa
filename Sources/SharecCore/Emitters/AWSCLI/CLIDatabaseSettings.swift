/// What a deploy brings a database it finds back to: each setting the spec states, as one typed row that
/// serves the read (every row's queries in one describe call), the comparison (a prologue function) and the
/// change (one modify call). Settings RDS cannot change in place (engine, storage key, encryption, a major
/// version) are refused before any change (`CLISharing.refuseUnchangeableSettings`).
struct DatabaseSetting {
    /// JMESPath over the described instance or cluster, each answering one word of text.
    let queries: [String]
    /// The prologue call that compares the live values (shell words, one per query) with the spec's and notes the change.
    let compare: ([String]) -> [String]

    private typealias W = CLIWords

    /// What is about to happen wins over what is: a modification pending for the maintenance window reads as made.
    private static func pendingOr(_ field: String) -> String { "[PendingModifiedValues.\(field), \(field)] | [?@ != `null`] | [0]" }

    /// A setting compared as text (without case: the CLI prints True and False), set by `options`.
    private static func plain(_ key: String, _ query: String, _ wanted: String, _ options: [String]) -> DatabaseSetting {
        DatabaseSetting(queries: [query]) { live in ["setting", key, live[0], W.q(wanted)] + options }
    }

    private static func flag(_ key: String, _ query: String, _ on: Bool, _ option: String) -> DatabaseSetting {
        plain(key, query, on ? "true" : "false", [on ? "--\(option)" : "--no-\(option)"])
    }

    private static func number(_ key: String, _ query: String, _ value: Int, _ option: String) -> DatabaseSetting {
        plain(key, query, String(value), [option, String(value)])
    }

    /// The CloudWatch Logs exports, compared as a sorted list; the change names only what differs from the live list.
    private static func logExports(_ types: [String]) -> DatabaseSetting {
        let wanted = types.isEmpty ? "none" : types.sorted().joined(separator: ",")
        return DatabaseSetting(queries: ["join(',', sort(EnabledCloudwatchLogsExports || `[]`)) || 'none'"]) { live in
            ["setting", "logExports", live[0], W.q(wanted), "--cloudwatch-logs-export-configuration", "\"$(log_exports_change \(live[0]) \(W.q(wanted)))\""]
        }
    }

    /// A full release is held to (only upgraded to; RDS never goes back); a major version alone lets RDS move within it.
    private static func engineVersion(_ settings: NewDatabase, query: String) -> [DatabaseSetting] {
        guard let version = settings.engineVersion, !settings.autoMinorVersionUpgrade else { return [] }
        return [DatabaseSetting(queries: [query]) { live in ["setting_version", live[0], W.q(version.value)] }]
    }

    /// A DB instance's compute and monitoring, which an Aurora cluster's instances have too.
    static func compute(_ settings: NewDatabase, monitoringRole: String) -> [DatabaseSetting] {
        let interval = settings.monitoringInterval.value
        var insights = [settings.performanceInsights.value ? "--enable-performance-insights" : "--no-enable-performance-insights"]
        if settings.performanceInsights.value {
            insights += ["--performance-insights-retention-period", "7"]
            if let key = settings.performanceInsightsKMSKey { insights += ["--performance-insights-kms-key-id", W.q(key.value)] }
        }
        return [
            plain("instanceClass", pendingOr("DBInstanceClass"), settings.instanceClass.value, ["--db-instance-class", W.q(settings.instanceClass.value)]),
            flag("autoMinorVersionUpgrade", "AutoMinorVersionUpgrade", settings.autoMinorVersionUpgrade, "auto-minor-version-upgrade"),
            plain("monitoringInterval", "MonitoringInterval || `0`", String(interval),
                  ["--monitoring-interval", String(interval)] + (interval > 0 ? ["--monitoring-role-arn", monitoringRole] : [])),
            plain("performanceInsights", "PerformanceInsightsEnabled || `false`", settings.performanceInsights.value ? "true" : "false", insights),
        ]
    }

    /// The storage's size, type, IOPS and throughput, which RDS wants in one change.
    private static func storage(_ settings: NewDatabase) -> DatabaseSetting {
        let wanted = [String(settings.storageGiB.value), W.q(settings.storageType.value),
                      settings.iops.map { String($0.value) } ?? "-", settings.throughputMiBps.map { String($0.value) } ?? "-"]
        return DatabaseSetting(queries: ["AllocatedStorage", "StorageType", "Iops", "StorageThroughput"].map(pendingOr)) { live in
            ["setting_storage"] + live + wanted
        }
    }

    /// A database of one DB instance: storage, availability, backups, logs, parameters and protection besides its compute.
    static func instance(_ settings: NewDatabase, parameterGroup: String?, monitoringRole: String) -> [DatabaseSetting] {
        var rows = compute(settings, monitoringRole: monitoringRole) + [
            flag("multiAZ", pendingOr("MultiAZ"), settings.multiAZ.value, "multi-az"),
            storage(settings),
        ]
        if let maximum = settings.maxStorageGiB { rows.append(number("storage.maxSizeGiB", "MaxAllocatedStorage || `0`", maximum.value, "--max-allocated-storage")) }
        rows.append(number("backupRetentionDays", pendingOr("BackupRetentionPeriod"), settings.backupRetentionDays.value, "--backup-retention-period"))
        rows.append(logExports(settings.logExports.value))
        if let group = parameterGroup {
            rows.append(plain("parameters", "DBParameterGroups[0].DBParameterGroupName", group, ["--db-parameter-group-name", W.q(group)]))
        }
        rows.append(flag("deletionProtection", "DeletionProtection", settings.deletionProtection.value, "deletion-protection"))
        rows.append(flag("iamAuthentication", pendingOr("IAMDatabaseAuthenticationEnabled"), settings.iamAuthentication, "enable-iam-database-authentication"))
        return rows + engineVersion(settings, query: pendingOr("EngineVersion"))
    }

    /// An Aurora cluster: what its instances share.
    static func cluster(_ settings: NewDatabase, parameterGroup: String?) -> [DatabaseSetting] {
        var rows = [number("backupRetentionDays", "BackupRetentionPeriod", settings.backupRetentionDays.value, "--backup-retention-period"),
                    logExports(settings.logExports.value)]
        if let group = parameterGroup {
            rows.append(plain("parameters", "DBClusterParameterGroup", group, ["--db-cluster-parameter-group-name", W.q(group)]))
        }
        rows.append(flag("deletionProtection", "DeletionProtection", settings.deletionProtection.value, "deletion-protection"))
        rows.append(flag("iamAuthentication", "IAMDatabaseAuthenticationEnabled", settings.iamAuthentication, "enable-iam-database-authentication"))
        return rows + engineVersion(settings, query: "EngineVersion")
    }

    /// Reads every row, how many of `tags` the database carries and its ARN (field `arn`) with one describe call (`describe`
    /// without its query; `root` selects the instance or cluster). When a setting differs, waits for the database to be
    /// ready (`wait`) and sets what differs with one `modify` call made by `runner`; then tags it when a tag is missing
    /// (a database an earlier sharec made has no marker).
    static func converge(_ rows: [DatabaseSetting], what: String, describe: [String], root: String, arn: String, tags: [Tag], wait: String,
                         runner: String, modify: [String], _ script: inout BashScript) {
        let carried = W.carriedQuery(tags, list: "TagList", key: "Key", value: "Value")
        let queries = rows.flatMap(\.queries) + [carried, arn]
        script.line("IFS=$'\\t' read -r -a live <<<\"$(lookup \((describe + ["--query", W.q("\(root).[\(queries.joined(separator: ", "))]")]).joined(separator: " ")))\"")
        var column = 0
        for row in rows {
            script.line(row.compare((column..<column + row.queries.count).map { "\"${live[\($0)]}\"" }).joined(separator: " "))
            column += row.queries.count
        }
        // RDS modifies only a database that is available (or optimising its storage): a database an earlier run left modifying waits.
        script.when("settings_pending", [wait])
        script.line((["apply_settings", W.q(what), runner] + modify).joined(separator: " "))
        script.line("converge \(W.q("\(what): tags")) \"${live[\(column)]}\" \(tags.count) rds add-tags-to-resource --resource-name \"${live[\(column + 1)]}\" "
                    + "--tags \(W.tagList(tags))")
    }
}
