/// Some settings belong to one kind of engine: an Aurora cluster has no allocated storage or
/// Multi-AZ flag (its storage grows by itself and its instances are its standbys) and keeps backups
/// for a day at least (AWS::RDS::DBCluster.BackupRetentionPeriod), and names its instances after
/// itself; other engines have no instances.
struct SettingsMustFitTheEngine: ValidationRule {
    static let id = "engine-setting"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            let engine = database.engine.rawValue
            let note = Diagnostic.Note("the engine set here", at: database.engineOrigin)
            if database.engine.isAurora {
                if !database.storageGiB.isDefault || !database.storageType.isDefault {
                    let place = database.storageGiB.isDefault ? database.storageType.location : database.storageGiB.location
                    diagnostics.error(Self.id, "\(engine) has no allocated storage: an Aurora cluster's storage grows by itself; remove storage", at: place, notes: [note])
                }
                if !database.multiAZ.isDefault {
                    diagnostics.error(Self.id, "\(engine) has no multiAZ setting: an Aurora cluster's instances in other zones are its standbys; set instances instead",
                                      at: database.multiAZ.location, notes: [note])
                }
                // Its instances are named <name>-<n>, under the DB instance identifier's length limit.
                let suffix = "-\(database.instances.value)".count
                if let limit = AWSFacts.nameConstraints["AWS::RDS::DBInstance.DBInstanceIdentifier"]?.maxLength,
                   database.identifier.value.count + suffix > limit {
                    diagnostics.error(Self.id, "the cluster's instances are named '\(database.identifier.value)-1' and so on, which is longer than a DB instance identifier's \(limit) characters; shorten the name",
                                      at: database.identifier.location, notes: [note])
                }
                let minimum = AWSFacts.clusterBackupRetentionDaysMinimum
                if database.backupRetentionDays.value < minimum {
                    diagnostics.error(Self.id, "an Aurora cluster keeps automated backups \(minimum) day\(minimum == 1 ? "" : "s") at least; backupRetentionDays cannot be \(database.backupRetentionDays.value)",
                                      at: database.backupRetentionDays.location, notes: [note])
                }
            } else if !database.instances.isDefault {
                diagnostics.error(Self.id, "\(engine) runs as one DB instance; instances is for the Aurora engines (use multiAZ for a standby)",
                                  at: database.instances.location, notes: [note])
            }
        }
    }
}
