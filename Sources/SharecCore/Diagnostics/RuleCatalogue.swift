/// What every rule id means, as docs/diagnostics.md says it: reports carry it (SARIF rule metadata)
/// and suppressions are checked against it.
public enum RuleCatalogue {
    public struct Rule: Sendable {
        public var id: String
        /// Every finding under this id has this severity (before `--strict`).
        public var severity: Diagnostic.Severity
        /// The first sentence of the rule's documentation.
        public var summary: String
        /// The rule's whole section of docs/diagnostics.md, in Markdown.
        public var help: String
    }

    public static func rule(_ id: String) -> Rule? {
        byID[id]
    }

    private static let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
}
