/// RDS and CloudWatch Logs take a KMS key of their own region only, and an ARN of the owner's partition;
/// a key in another account is allowed, but its policy must then let the owner use it.
struct KMSKeysMustBeTheOwners: ValidationRule {
    static let id = "kms-key"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var keys: [(key: Located<String>, use: String)] = plan.monitoring.logsKMSKey.map { [($0, "the log groups")] } ?? []
        for database in plan.databases {
            guard let settings = database.new else { continue }
            if let key = settings.storageKMSKey { keys.append((key, "the storage of \(database.identifier.value)")) }
            if let key = settings.performanceInsightsKMSKey { keys.append((key, "Performance Insights of \(database.identifier.value)")) }
        }
        if let first = keys.first {
            let logs = plan.monitoring.logsKMSKey == nil ? "" : ", and that of monitoring.logsKmsKeyArn lets logs.\(plan.owner.region.value).amazonaws.com use it"
            diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID,
                             "sharec cannot check offline that the KMS keys named exist and are enabled, that their key policies let the owner account use them\(logs); the deployment fails otherwise",
                             at: first.key.location)
        }
        let region = plan.owner.region.value
        let partition = AWSFacts.partitions[region] ?? "aws"
        for (key, use) in keys {
            let fields = key.value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6 else { continue }
            if fields[1] != partition {
                diagnostics.error(Self.id, "the key for \(use) is in partition \(fields[1]), but \(region) is in \(partition)", at: key.location,
                                  notes: [plan.owner.region.note("the owner's region")])
            } else if fields[3] != region {
                diagnostics.error(Self.id, "the key for \(use) is in \(fields[3]), but a KMS key encrypts only in its own region; use a key in \(region)", at: key.location,
                                  notes: [plan.owner.region.note("the owner's region")])
            }
        }
    }
}
