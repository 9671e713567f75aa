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
            // A size the family lacks (db.t3.mega) is nearer no one class than another: the family's sizes say more.
            let family = instanceClass.split(separator: ".").dropLast().joined(separator: ".") + "."
            let sizes = accepted.filter { $0.hasPrefix(family) && !$0.dropFirst(family.count).contains(".") }
                .map { String($0.dropFirst(family.count)) }.sorted { (Self.rank($0), $0) < (Self.rank($1), $1) }
            if let close = Suggestion.closest(to: instanceClass, among: accepted) {
                message += "; did you mean '\(close)'?"
            } else if family.count > 1, !sizes.isEmpty {
                message += "; \(family.dropLast()) comes as \(sizes.joined(separator: ", "))"
            } else if instanceClass.hasPrefix("db.db.") {
                message += "; the 'db.' prefix is written twice"
            }
            diagnostics.error(Self.id, message, at: settings.instanceClass.location,
                              notes: [plan.owner.region.note("the region")])
        }
    }

    /// Sizes from the smallest: nano to xlarge, then 2xlarge, 4xlarge and so on; anything else (metal) last.
    private static func rank(_ size: String) -> Int {
        let named = ["nano", "micro", "small", "medium", "large", "xlarge"]
        if let index = named.firstIndex(of: size) { return index }
        if size.hasSuffix("xlarge"), let times = Int(size.dropLast("xlarge".count)) { return named.count + times }
        return Int.max
    }
}
