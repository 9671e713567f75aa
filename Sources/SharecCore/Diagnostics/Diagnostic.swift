/// One finding about a spec, in the form compilers print: `file:line:col: severity: message [rule-id]`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// A related place, such as "owner declared here".
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// A permanent kebab-case id, listed in docs/diagnostics.md.
    public var rule: String
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]

    public init(_ severity: Severity, rule: String, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.notes = notes
    }

    public var description: String {
        "\(Self.prefix(location))\(severity.rawValue): \(message) [\(rule)]"
    }

    static func prefix(_ location: SourceLocation?) -> String {
        location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
    }
}
