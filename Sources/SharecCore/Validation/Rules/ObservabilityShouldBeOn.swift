/// What is switched off cannot be looked at after an incident.
struct ObservabilityShouldBeOn: ValidationRule {
    static let id = "flow-logs-off"
    static let performanceInsightsID = "performance-insights-off"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        if !plan.network.flowLogsEnabled.value {
            diagnostics.warning(Self.id, "VPC flow logs are off: traffic to and from the database's network leaves no record",
                                at: plan.network.flowLogsEnabled.location)
        }
        for database in plan.databases {
            // Off where the class lacks it is no choice of the spec's: PerformanceInsightsMustBeSupported says so.
            guard let settings = database.new, !settings.performanceInsights.value,
                  DocumentedFacts.supportsPerformanceInsights(database.engine, settings.instanceClass.value) else { continue }
            diagnostics.warning(Self.performanceInsightsID, "Performance Insights is off for database \(database.identifier.value): slow queries from consumers cannot be traced",
                                at: settings.performanceInsights.location)
        }
    }
}
