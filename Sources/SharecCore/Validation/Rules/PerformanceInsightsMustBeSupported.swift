/// Performance Insights is on only where the engine offers it on the instance class
/// (`DocumentedFacts.performanceInsightsUnsupported`): RDS refuses to create the instance otherwise.
/// Left unwritten, it follows the class, and a note says when that means off.
struct PerformanceInsightsMustBeSupported: ValidationRule {
    static let id = "performance-insights"
    static let unavailableID = "performance-insights-unavailable"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let settings = database.new,
                  !DocumentedFacts.supportsPerformanceInsights(database.engine, settings.instanceClass.value) else { continue }
            let engine = database.engine.rawValue
            let instanceClass = settings.instanceClass.value
            let classNote = settings.instanceClass.note("the instance class")
            if settings.performanceInsights.value {
                diagnostics.error(Self.id, "\(engine) has no Performance Insights on \(instanceClass); choose a larger class, or remove performanceInsights",
                                  at: settings.performanceInsights.location, notes: [classNote])
            } else if settings.performanceInsights.isDefault {
                diagnostics.note(Self.unavailableID, "Performance Insights is off for database \(database.identifier.value): \(engine) does not offer it on \(instanceClass)",
                                 at: settings.instanceClass.location)
            }
        }
    }
}
