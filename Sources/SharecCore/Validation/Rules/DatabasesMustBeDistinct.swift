/// Databases share an account and region: RDS identifiers are unique there regardless of case, VPC
/// Lattice resource configuration names too, and every target names a database's resources after
/// its identifier's stem (in snake_case for Terraform and the script), so two identifiers must not
/// have the same stem, whatever its case.
struct DatabasesMustBeDistinct: ValidationRule {
    static let id = "duplicate-database"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var identifiers: [String: SourceLocation] = [:]
        var stems: [String: SourceLocation] = [:]
        var configurations: [String: SourceLocation] = [:]
        for database in plan.databases {
            let identifier = database.identifier
            // Terraform and the script name resources in snake_case, which folds case as well: `a-bc` and `abc` meet there.
            let (folded, stem) = (identifier.value.lowercased(), NameStem.snakeCase(NameStem.pascalCase(identifier.value)))
            if let earlier = identifiers[folded] {
                diagnostics.error(Self.id, "database name '\(identifier.value)' is used twice; RDS identifiers are unique in an account and region, whatever their case",
                                  at: identifier.location, notes: [.init("first used here", at: earlier)])
                continue  // its derived names repeat too; one finding is enough
            }
            if let earlier = stems[stem] {
                diagnostics.error(Self.id, "database name '\(identifier.value)' gives the same resource names as an earlier one (their hyphens are dropped, and Terraform's and the script's names fold case); rename one",
                                  at: identifier.location, notes: [.init("the other one", at: earlier)])
                continue
            }
            identifiers[folded] = identifier.location
            stems[stem] = identifier.location
            let configuration = database.resourceConfigurationName
            if let earlier = configurations[configuration.value] {
                diagnostics.error(Self.id, "resource configuration name '\(configuration.value)' is used by two databases; set resourceConfiguration.name on one",
                                  at: configuration.location, notes: [.init("first used here", at: earlier)])
            }
            configurations[configuration.value] = configurations[configuration.value] ?? configuration.location
        }
    }
}
