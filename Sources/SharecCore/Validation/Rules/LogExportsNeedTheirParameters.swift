/// RDS for MySQL and MariaDB publish the general and slow query logs only when a parameter turns each on and
/// `log_output` sends them to a file; without both, CloudWatch receives an empty log and nobody notices.
struct LogExportsNeedTheirParameters: ValidationRule {
    static let id = "empty-log-export"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let requirements = DocumentedFacts.mysqlLogParameters.value
        for database in plan.databases {
            guard let settings = database.new, let switches = requirements.switches[database.engine.rawValue] else { continue }
            let values = Dictionary(settings.parameters.map { ($0.name.value, $0.value.value) }) { _, last in last }
            for type in settings.logExports.value {
                guard let names = switches[type] else { continue }
                var missing: [String] = []
                if !names.contains(where: { Self.isOn(values[$0]) }) { missing.append("\(names[0]): \"1\"") }
                if !Self.writesToFile(values[requirements.output.name], requirements.output.value) {
                    missing.append("\(requirements.output.name): \(requirements.output.value)")
                }
                guard !missing.isEmpty else { continue }
                diagnostics.warning(Self.id, "database \(database.identifier.value) exports the \(type) log, which stays empty until parameters set \(missing.joined(separator: " and "))",
                                    at: settings.logExports.location)
            }
        }
    }

    private static func isOn(_ value: String?) -> Bool {
        guard let value else { return false }
        return value == "1" || value.caseInsensitiveCompare("ON") == .orderedSame
    }

    /// `log_output` takes a list, such as TABLE,FILE.
    private static func writesToFile(_ value: String?, _ destination: String) -> Bool {
        guard let value else { return false }
        return value.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(destination) == .orderedSame }
    }
}
