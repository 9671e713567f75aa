/// Some settings belong to one kind of engine: an Aurora cluster has no allocated storage or
/// Multi-AZ flag (its storage grows by itself and its instances are its standbys) and keeps backups
/// for a day at least (AWS::RDS::DBCluster.BackupRetentionPeriod), and names its instances after
/// itself; other engines have no instances.
struct SettingsMustFitTheEngine: ValidationRule {
    static let id = "engine-setting"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let settings = database.new else { continue }
            let engine = database.engine.rawValue
            let note = Diagnostic.Note("the engine set here", at: database.engineOrigin)
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
}
