/// Allocated storage lies in the range RDS allows for the engine and storage type (botocore's CreateDBInstance documentation).
struct StorageMustFitType: ValidationRule {
    static let id = "storage-size"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases where !database.engine.isAurora {
            guard let range = AWSFacts.storageGiB[database.engine.rawValue]?[database.storageType.value],
                  !range.contains(database.storageGiB.value) else { continue }
            diagnostics.error(Self.id, "\(database.storageGiB.value) GiB of \(database.storageType.value) is out of range for \(database.engine.rawValue): "
                              + "allowed \(range.lowerBound) to \(range.upperBound) GiB",
                              at: database.storageGiB.location, notes: [database.storageType.note("the storage type")])
        }
    }
}
