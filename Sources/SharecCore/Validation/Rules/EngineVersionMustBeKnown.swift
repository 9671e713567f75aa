/// The engine version is one RDS offers, per cfn-lint's data (its rules E3691 and W3691). A major
/// version alone ("8.0") is refused there, so sharec names the release to write instead.
struct EngineVersionMustBeKnown: ValidationRule {
    static let id = "engine-version"
    static let deprecatedID = "engine-version-deprecated"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for database in plan.databases {
            guard let version = database.new?.engineVersion,
                  let known = AWSFacts.engineVersions[database.engine.rawValue]?.split(separator: " ").map(String.init) else { continue }
            let deprecated = Set(AWSFacts.deprecatedEngineVersions[database.engine.rawValue]?.split(separator: " ").map(String.init) ?? [])
            if !known.contains(version.value) {
                let current = known.filter { $0.hasPrefix(version.value + ".") && !deprecated.contains($0) }
                let hint = Self.newest(current).map { "; write a full version such as '\($0)', the newest \(version.value) release" }
                    ?? Suggestion.hint(for: version.value, among: known)
                diagnostics.error(Self.id, "\(database.engine.rawValue) has no engine version '\(version.value)'\(hint)", at: version.location)
            } else if deprecated.contains(version.value) {
                let supported = known.filter { !deprecated.contains($0) }
                // Prefer the same minor series (MySQL 8.0.x), then the same major (PostgreSQL 16.x).
                let components = version.value.split(separator: ".")
                let sameSeries = [2, 1].lazy.compactMap { count in
                    Self.newest(supported.filter { $0.hasPrefix(components.prefix(count).joined(separator: ".") + ".") })
                }.first
                let hint = (sameSeries ?? Self.newest(supported)).map { "; the newest supported release is '\($0)'" } ?? ""
                diagnostics.warning(Self.deprecatedID, "\(database.engine.rawValue) \(version.value) is deprecated by RDS\(hint)", at: version.location)
            }
        }
    }

    /// The highest version by numeric components ("8.0.46" > "8.0.9").
    static func newest(_ versions: [String]) -> String? {
        versions.max { lhs, rhs in
            let l = lhs.split { !$0.isNumber }.compactMap { Int($0) }
            let r = rhs.split { !$0.isNumber }.compactMap { Int($0) }
            return l.lexicographicallyPrecedes(r)
        }
    }
}
