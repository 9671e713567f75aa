/// Collects the findings of every stage; stages report and continue, the caller decides what to print.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func error(_ rule: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        report(Diagnostic(.error, rule: rule, message, at: location, notes: notes))
    }

    public func warning(_ rule: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        report(Diagnostic(.warning, rule: rule, message, at: location, notes: notes))
    }

    /// Findings in source order, so that output does not depend on the order stages ran in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
