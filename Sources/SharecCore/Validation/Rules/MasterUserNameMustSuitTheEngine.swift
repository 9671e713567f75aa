/// The master user name is not one the engine or RDS reserves, and fits the engine's length
/// (`DocumentedFacts.masterUserNames`: no schema carries either).
struct MasterUserNameMustSuitTheEngine: ValidationRule {
    static let id = "master-user-name"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let settings = database.new, let names = DocumentedFacts.masterUserNames.value[database.engine.rawValue] else { continue }
            let name = settings.masterUsername
            let engine = database.engine.rawValue
            let lowered = name.value.lowercased()
            var problems: [String] = []
            if names.reserved.contains(lowered) {
                problems.append("'\(name.value)' is a name \(engine) reserves")
            }
            if let prefix = names.reservedPrefixes.first(where: { lowered.hasPrefix($0) }) {
                problems.append("\(engine) reserves names beginning '\(prefix)'")
            }
            if name.value.count > names.maxLength {
                problems.append("'\(name.value)' is \(name.value.count) characters, and \(engine) allows \(names.maxLength) at most")
            }
            guard !problems.isEmpty else { continue }
            let fix = name.isDefault ? "set masterUsername" : "choose another name, such as '\(names.defaultName)'"
            diagnostics.error(Self.id, "the master user name: \(problems.joined(separator: "; ")); \(fix)", at: name.location,
                              notes: [Diagnostic.Note("the engine set here", at: database.engineOrigin)])
        }
    }
}
