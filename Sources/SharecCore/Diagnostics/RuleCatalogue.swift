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

    /// Where docs/diagnostics.md is published unless `--docs-url` or SHAREC_DOCS_URL says otherwise.
    public static let documentationURL = "https://sharec.dev/docs/diagnostics"

    /// A rule's section: each is headed by its id, which is also the heading's anchor (ids are lowercase,
    /// digits and hyphens, which Markdown renderers keep as they are).
    public static func helpURL(_ id: String, documentation: String) -> String {
        "\(documentation)#\(id)"
    }

    public static func rule(_ id: String) -> Rule? {
        byID[id]
    }

    private static let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
}
