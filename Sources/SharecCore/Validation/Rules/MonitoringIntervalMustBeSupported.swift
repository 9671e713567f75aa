/// Enhanced Monitoring samples at a fixed set of intervals (botocore's MonitoringInterval).
struct MonitoringIntervalMustBeSupported: ValidationRule {
    static let id = "monitoring-interval"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let interval = database.new?.monitoringInterval, !AWSFacts.monitoringIntervals.contains(interval.value) else { continue }
            let nearest = AWSFacts.monitoringIntervals.min { abs($0 - interval.value) < abs($1 - interval.value) }!
            diagnostics.error(Self.id, "Enhanced Monitoring cannot sample every \(interval.value) seconds; the nearest interval it offers is \(nearest) "
                              + "(allowed: \(AWSFacts.monitoringIntervals.map { $0 == 0 ? "0 for off" : String($0) }.joined(separator: ", ")))", at: interval.location)
        }
    }
}
