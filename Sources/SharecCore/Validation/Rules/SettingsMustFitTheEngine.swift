/// Some settings belong to one kind of engine: an Aurora cluster has no allocated storage or
/// Multi-AZ flag (its storage grows by itself and its instances are its standbys) and keeps backups
/// for a day at least (AWS::RDS::DBCluster.BackupRetentionPeriod), and names its instances after
/// itself; other engines have no instances. Each engine exports its own logs; a parameter group
/// belongs to one engine version's family; Performance Insights' key needs Performance Insights.
struct SettingsMustFitTheEngine: ValidationRule {
    static let id = "engine-setting"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let settings = database.new else { continue }
            let engine = database.engine.rawValue
            let note = Diagnostic.Note("the engine set here", at: database.engineOrigin)
            let offered = AWSFacts.logExports[engine] ?? []
            for type in settings.logExports.value where !offered.contains(type) {
                diagnostics.error(Self.id, "\(engine) does not export a '\(type)' log; it exports \(offered.joined(separator: ", "))",
                                  at: settings.logExports.location, notes: [note])
            }
            if let place = settings.parametersOrigin, settings.engineVersion == nil {
                diagnostics.error(Self.id, "parameters go in a parameter group of one engine version's family (such as \(database.engine.parameterGroupFamily(version: Self.exampleVersion(database.engine)))); set engineVersion",
                                  at: place, notes: [note])
            }
            if let key = settings.performanceInsightsKMSKey, !settings.performanceInsights.value {
                diagnostics.error(Self.id, "performanceInsightsKmsKeyArn encrypts Performance Insights, which is off for this database; turn performanceInsights on or remove the key",
                                  at: key.location, notes: [settings.performanceInsights.note("performanceInsights")])
            }
            if database.engine.isAurora {
                if !settings.storageGiB.isDefault || !settings.storageType.isDefault {
                    let place = settings.storageGiB.isDefault ? settings.storageType.location : settings.storageGiB.location
                    diagnostics.error(Self.id, "\(engine) has no allocated storage: an Aurora cluster's storage grows by itself; remove storage", at: place, notes: [note])
                }
                if !settings.multiAZ.isDefault {
                    diagnostics.error(Self.id, "\(engine) has no multiAZ setting: an Aurora cluster's instances in other zones are its standbys; set instances instead",
                                      at: settings.multiAZ.location, notes: [note])
                }
                // Its instances are named <name>-<n>, under the DB instance identifier's length limit.
                let suffix = "-\(settings.instances.value)".count
                if let limit = AWSFacts.nameConstraints["AWS::RDS::DBInstance.DBInstanceIdentifier"]?.maxLength,
                   database.identifier.value.count + suffix > limit {
                    diagnostics.error(Self.id, "the cluster's instances are named '\(database.identifier.value)-1' and so on, which is longer than a DB instance identifier's \(limit) characters; shorten the name",
                                      at: database.identifier.location, notes: [note])
                }
                let minimum = AWSFacts.clusterBackupRetentionDaysMinimum
                if settings.backupRetentionDays.value < minimum {
                    diagnostics.error(Self.id, "an Aurora cluster keeps automated backups \(minimum) day\(minimum == 1 ? "" : "s") at least; backupRetentionDays cannot be \(settings.backupRetentionDays.value)",
                                      at: settings.backupRetentionDays.location, notes: [note])
                }
            } else if !settings.instances.isDefault {
                diagnostics.error(Self.id, "\(engine) runs as one DB instance; instances is for the Aurora engines (use multiAZ for a standby)",
                                  at: settings.instances.location, notes: [note])
            }
        }
    }

    /// A version to name the family by in a message: the newest major version cfn-lint lists.
    private static func exampleVersion(_ engine: Engine) -> String {
        let versions = (AWSFacts.engineVersions[engine.rawValue] ?? "").split(separator: " ").map(String.init)
        return versions.max { $0.compare($1, options: .numeric) == .orderedAscending } ?? "8.0"
    }
}
