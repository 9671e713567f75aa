/// The DB instance class is offered for the engine in the owner's region, per cfn-lint's data (its rule E3025).
struct InstanceClassMustExist: ValidationRule {
    static let id = "instance-class"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let region = plan.owner.region.value
        for database in plan.databases {
            guard let settings = database.new else { continue }
            let instanceClass = settings.instanceClass.value
            guard let table = AWSFacts.instanceClasses[database.engine.rawValue],
                  table.accepts(instanceClass, in: region) == false else { continue }
            let accepted = table.accepted(in: region)
            var message = "\(database.engine.rawValue) has no instance class '\(instanceClass)' in \(region)"
            if let close = Suggestion.closest(to: instanceClass, among: accepted) {
                message += "; did you mean '\(close)'?"
            } else if instanceClass.hasPrefix("db.db.") {
                message += "; the 'db.' prefix is written twice"
            }
            diagnostics.error(Self.id, message, at: settings.instanceClass.location,
                              notes: [plan.owner.region.note("the region")])
        }
    }
}
