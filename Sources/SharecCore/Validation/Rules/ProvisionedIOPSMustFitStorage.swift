/// IOPS and throughput are given where RDS needs them, left out where it refuses them, and lie in
/// its ranges (`DocumentedFacts.storagePerformance`): io1 and io2 need IOPS in proportion to their
/// size, gp3 takes either setting only from its threshold size, and nothing else takes them.
struct ProvisionedIOPSMustFitStorage: ValidationRule {
    static let id = "provisioned-iops"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let limits = DocumentedFacts.storagePerformance.value
        for database in plan.databases where !database.engine.isAurora {
            guard let settings = database.new else { continue }
            let type = settings.storageType.value
            let size = settings.storageGiB.value
            let typeNote = settings.storageType.note("the storage type")
            // The performance settings the spec gives, by key: what gp3 under its threshold and the other types refuse.
            let written = [settings.iops.map { ("iops", $0) }, settings.throughputMiBps.map { ("throughputMiBps", $0) }].compactMap { $0 }
            func refuse(_ message: String, at location: SourceLocation) {
                diagnostics.error(Self.id, message, at: location, notes: [typeNote])
            }
            switch type {
            case "io1", "io2":
                let ratio = limits.iopsPerGiB[type]!
                let fewest = max(limits.provisionedIOPS.lowerBound, Int((ratio.lowerBound * Double(size)).rounded(.up)))
                let allowed = fewest...max(fewest, min(limits.provisionedIOPS.upperBound, Int(ratio.upperBound * Double(size))))
                if let throughput = settings.throughputMiBps {
                    refuse("\(type) storage has no throughput setting; it is for gp3 only", at: throughput.location)
                }
                guard let iops = settings.iops else {
                    diagnostics.error(Self.id, "\(type) storage needs storage.iops: for \(size) GiB, \(allowed.lowerBound) to \(allowed.upperBound)",
                                      at: settings.storageType.location)
                    continue
                }
                if !allowed.contains(iops.value) {
                    refuse("\(iops.value) IOPS is out of range for \(size) GiB of \(type): allowed \(allowed.lowerBound) to \(allowed.upperBound) "
                           + "(\(limits.provisionedIOPS.lowerBound) to \(limits.provisionedIOPS.upperBound), and \(Self.number(ratio.lowerBound)) to \(Self.number(ratio.upperBound)) per GiB)",
                           at: iops.location)
                }
            case "gp3":
                if size < limits.gp3ThresholdGiB {
                    for (key, value) in written {
                        refuse("gp3 under \(limits.gp3ThresholdGiB) GiB has a fixed baseline of 3000 IOPS and 125 MiB/s; remove storage.\(key), or allocate \(limits.gp3ThresholdGiB) GiB or more",
                               at: value.location)
                    }
                    continue
                }
                if let iops = settings.iops, !limits.gp3IOPS.contains(iops.value) {
                    refuse("\(iops.value) IOPS is out of range for gp3 of \(limits.gp3ThresholdGiB) GiB or more: allowed \(limits.gp3IOPS.lowerBound) to \(limits.gp3IOPS.upperBound)",
                           at: iops.location)
                }
                guard let throughput = settings.throughputMiBps else { continue }
                if !limits.gp3ThroughputMiBps.contains(throughput.value) {
                    refuse("\(throughput.value) MiB/s is out of range for gp3: allowed \(limits.gp3ThroughputMiBps.lowerBound) to \(limits.gp3ThroughputMiBps.upperBound)",
                           at: throughput.location)
                    continue
                }
                let iops = settings.iops?.value ?? limits.gp3IOPS.lowerBound
                if Double(throughput.value) > limits.gp3ThroughputPerIOPS * Double(iops) {
                    refuse("\(throughput.value) MiB/s is more than \(Self.number(limits.gp3ThroughputPerIOPS)) MiB/s per IOPS of \(iops) IOPS allows; raise storage.iops to \(Int((Double(throughput.value) / limits.gp3ThroughputPerIOPS).rounded(.up))) at least",
                           at: throughput.location)
                } else if database.engine != .postgres, iops > limits.gp3MySQLIOPSWithoutMoreThroughput,
                          throughput.value * limits.gp3MySQLIOPSPerMiBps < iops {
                    let least = (iops + limits.gp3MySQLIOPSPerMiBps - 1) / limits.gp3MySQLIOPSPerMiBps
                    refuse("\(database.engine.rawValue) on gp3 with \(iops) IOPS needs \(least) MiB/s at least", at: throughput.location)
                }
            default:
                for (key, value) in written {
                    refuse("\(type) storage takes no storage.\(key); provisioned IOPS are for io1, io2 and gp3", at: value.location)
                }
            }
        }
    }

    /// 0.5 as "0.5", 50 as "50".
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
