/// Allocated storage lies in the range RDS allows for the engine and storage type (botocore's CreateDBInstance documentation).
struct StorageMustFitType: ValidationRule {
    static let id = "storage-size"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases where !database.engine.isAurora {
            guard let settings = database.new, let range = AWSFacts.storageGiB[database.engine.rawValue]?[settings.storageType.value],
                  !range.contains(settings.storageGiB.value) else { continue }
            diagnostics.error(Self.id, "\(settings.storageGiB.value) GiB of \(settings.storageType.value) is out of range for \(database.engine.rawValue): "
                              + "allowed \(range.lowerBound) to \(range.upperBound) GiB",
                              at: settings.storageGiB.location, notes: [settings.storageType.note("the storage type")])
        }
    }
}
