/// Allocated storage lies in the range RDS allows for the engine and storage type (botocore's CreateDBInstance documentation),
/// and storage autoscaling's ceiling above it, within the same range.
struct StorageMustFitType: ValidationRule {
    static let id = "storage-size"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases where !database.engine.isAurora {
            guard let settings = database.new, let range = AWSFacts.storageGiB[database.engine.rawValue]?[settings.storageType.value] else { continue }
            if !range.contains(settings.storageGiB.value) {
                diagnostics.error(Self.id, "\(settings.storageGiB.value) GiB of \(settings.storageType.value) is out of range for \(database.engine.rawValue): "
                                  + "allowed \(range.lowerBound) to \(range.upperBound) GiB",
                                  at: settings.storageGiB.location, notes: [settings.storageType.note("the storage type")])
            }
            guard let maximum = settings.maxStorageGiB else { continue }
            // RDS wants the ceiling 10% above the allocation at least, counted in whole GiB.
            let margin = DocumentedFacts.storageAutoscalingMargin.value
            let lowest = Int((Double(settings.storageGiB.value) * (1 + margin)).rounded(.up))
            if maximum.value < lowest {
                diagnostics.error(Self.id, "maxSizeGiB must be at least \(Int(margin * 100))% above sizeGiB for storage autoscaling: \(lowest) GiB or more, not \(maximum.value)",
                                  at: maximum.location, notes: [settings.storageGiB.note("sizeGiB")])
            } else if maximum.value > range.upperBound {
                diagnostics.error(Self.id, "maxSizeGiB \(maximum.value) is more than \(settings.storageType.value) storage takes for \(database.engine.rawValue): at most \(range.upperBound) GiB",
                                  at: maximum.location, notes: [settings.storageType.note("the storage type")])
            }
        }
    }
}
