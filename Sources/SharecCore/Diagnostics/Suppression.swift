/// A `# sharec:ignore[rule-id] reason` comment: the spec accepts a warning at one place, and says why.
public struct Suppression: Hashable, Sendable {
    public var rules: [String]
    public var reason: String
    /// Where the comment is.
    public var location: SourceLocation
    /// The line whose findings it covers: its own, or the next line with content when the comment is alone on its line.
    public var coveredLine: Int?

    public init(rules: [String], reason: String, location: SourceLocation, coveredLine: Int?) {
        self.rules = rules
        self.reason = reason
        self.location = location
        self.coveredLine = coveredLine
    }

    func covers(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == .warning, let place = diagnostic.location else { return false }
        return rules.contains(diagnostic.rule) && place.file == location.file && place.line == coveredLine
    }
}

/// A warning that a suppression took out of the report, kept so that reports can list it.
public struct SuppressedFinding: Hashable, Sendable {
    public var diagnostic: Diagnostic
    public var suppression: Suppression

    /// Active and suppressed findings in one list in source order, as machine-readable reports give them.
    static func merged(_ diagnostics: [Diagnostic], _ suppressed: [SuppressedFinding]) -> [(diagnostic: Diagnostic, suppression: Suppression?)] {
        DiagnosticSink.inSourceOrder(diagnostics.map { ($0, nil) } + suppressed.map { ($0.diagnostic, $0.suppression) }) { $0.diagnostic.location }
    }
}
