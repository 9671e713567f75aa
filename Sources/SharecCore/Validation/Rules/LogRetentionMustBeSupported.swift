/// CloudWatch Logs keeps logs only for a fixed set of periods.
struct LogRetentionMustBeSupported: ValidationRule {
    static let id = "log-retention"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var periods = [plan.monitoring.logRetentionDays]
        if let flowLogs = plan.network.flowLogs { periods.append(flowLogs.retentionDays) }
        for days in periods where !AWSFacts.logRetentionDays.contains(days.value) {
            let nearest = AWSFacts.logRetentionDays.min { abs($0 - days.value) < abs($1 - days.value) }!
            diagnostics.error(Self.id, "CloudWatch Logs cannot keep logs for \(days.value) days; the nearest period it offers is \(nearest) "
                              + "(allowed: \(AWSFacts.logRetentionDays.map(String.init).joined(separator: ", ")))", at: days.location)
        }
    }
}
