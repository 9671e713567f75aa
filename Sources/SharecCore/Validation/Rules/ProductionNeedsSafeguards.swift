/// Settings that are fine for a demo but risky for a production database. A spec says it is
/// production through an environment tag (`Environment: prod`, `env: production-eu`, ...).
struct ProductionNeedsSafeguards: ValidationRule {
    static let id = "deletion-protection-off"
    static let shortBackupsID = "short-backup-retention"
    static let singleZoneID = "single-az-database"
    /// Fewer days than this leaves less than a week to notice a bad change and restore before it.
    static let minimumBackupDays = 7

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        guard let environment = Self.productionTag(in: plan) else { return }
        let because = Diagnostic.Note("the spec is for production: tag \(environment.key) is '\(environment.value)'", at: environment.origin)
        // An existing database's settings are its owner's, and not in the spec.
        for database in plan.databases {
            guard let settings = database.new else { continue }
            let name = database.identifier.value
            if !settings.deletionProtection.value {
                diagnostics.warning(Self.id, "deletion protection is off for production database \(name): one mistaken delete or stack update removes it",
                                    at: settings.deletionProtection.location, notes: [because])
            }
            if settings.backupRetentionDays.value < Self.minimumBackupDays {
                let days = settings.backupRetentionDays.value
                let what = days == 0 ? "automated backups are off" : "backups are kept \(days) day\(days == 1 ? "" : "s")"
                diagnostics.warning(Self.shortBackupsID, "\(what) for production database \(name); keep them at least \(Self.minimumBackupDays) days",
                                    at: settings.backupRetentionDays.location, notes: [because])
            }
            if database.engine.isAurora && settings.instances.value < 2 {
                diagnostics.warning(Self.singleZoneID, "production cluster \(name) has one instance: a zone outage stops it; set instances: 2 or more",
                                    at: settings.instances.location, notes: [because])
            } else if !database.engine.isAurora && !settings.multiAZ.value {
                diagnostics.warning(Self.singleZoneID, "production database \(name) has no standby in another zone: a zone outage stops it; set multiAZ: true",
                                    at: settings.multiAZ.isDefault ? database.identifier.location : settings.multiAZ.location,
                                    notes: [settings.multiAZ.note("multiAZ"), because])
            }
        }
    }

    /// The tag that says the spec is for production, if one does: an environment-like key whose
    /// value has a production word in it ("prod-eu" does, "preprod" does not).
    static func productionTag(in plan: SharingPlan) -> Tag? {
        let keys: Set = ["env", "environment", "stage"]
        let words: Set = ["prod", "production", "prd", "live"]
        return plan.tags.first { tag in
            tag.origin != nil && keys.contains(tag.key.lowercased())
                && tag.value.lowercased().split { !$0.isLetter && !$0.isNumber }.contains { words.contains(String($0)) }
        }
    }
}
