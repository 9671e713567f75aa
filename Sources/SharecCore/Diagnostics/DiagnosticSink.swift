/// Collects the findings of every stage; stages report and continue, the caller decides what to print.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []
    /// Warnings the spec suppressed, in the order they were reported.
    public private(set) var suppressed: [SuppressedFinding] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func report(_ diagnostic: Diagnostic) {
        var diagnostic = diagnostic
        diagnostic.message = Self.bounded(diagnostic.message)
        diagnostics.append(diagnostic)
    }

    /// Messages quote the spec's values between single quotes; a value of any length is quoted as a
    /// bounded excerpt, so that a 500,000-character value does not come back whole.
    static func bounded(_ message: String) -> String {
        guard message.count > quotedLimit else { return message }
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        var result = String(parts[0])
        var index = 1
        while index < parts.count {
            let part = parts[index]
            // An odd part with a closing quote after it is a quoted value.
            if index % 2 == 1, index + 1 < parts.count, part.count > quotedLimit {
                result += "'\(part.prefix(quotedLimit))...' (\(part.count) characters)"
                result += parts[index + 1]
                index += 2
                continue
            }
            result += "'" + part
            index += 1
        }
        return result
    }

    static let quotedLimit = 100

    public func error(_ rule: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        report(Diagnostic(.error, rule: rule, message, at: location, notes: notes))
    }

    /// Something the user should know that is neither wrong nor risky, such as what sharec cannot check offline.
    public func note(_ rule: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        report(Diagnostic(.note, rule: rule, message, at: location, notes: notes))
    }

    public func warning(_ rule: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        report(Diagnostic(.warning, rule: rule, message, at: location, notes: notes))
    }

    /// Adds what validating one spec found.
    public func absorb(_ findings: SpecFindings) {
        diagnostics += findings.diagnostics
        suppressed += findings.suppressed
    }

    /// `--strict`: every warning counts as an error.
    public func promoteWarnings() {
        for index in diagnostics.indices where diagnostics[index].severity == .warning {
            diagnostics[index].severity = .error
        }
    }

    /// Moves the warnings that `suppressions` cover out of `diagnostics`. A suppression that covers
    /// nothing is reported when `reportUnused`, which is right only once every rule has run.
    public func apply(_ suppressions: [Suppression], reportUnused: Bool) {
        var used = Set<[String]>()   // [index of the suppression, rule id]
        diagnostics.removeAll { diagnostic in
            guard let index = suppressions.firstIndex(where: { $0.covers(diagnostic) }) else { return false }
            suppressed.append(SuppressedFinding(diagnostic: diagnostic, suppression: suppressions[index]))
            used.insert([String(index), diagnostic.rule])
            return true
        }
        guard reportUnused else { return }
        for (index, suppression) in suppressions.enumerated() {
            for rule in suppression.rules where !used.contains([String(index), rule]) {
                let line = suppression.coveredLine.map { "on line \($0)" } ?? "after it"
                warning("unused-suppression", "the suppression of \(rule) matches no finding \(line)", at: suppression.location)
            }
        }
    }

    /// Findings in source order, so that output does not depend on the order stages ran in.
    public var sorted: [Diagnostic] {
        Self.inSourceOrder(diagnostics) { $0.location }
    }

    /// Suppressed warnings in source order.
    public var sortedSuppressed: [SuppressedFinding] {
        Self.inSourceOrder(suppressed) { $0.diagnostic.location }
    }

    /// Sorted by place; findings with no place first; ties keep the order they were reported in.
    static func inSourceOrder<Finding>(_ findings: [Finding], at place: (Finding) -> SourceLocation?) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            switch (place(lhs.element), place(rhs.element)) {
            case let (l?, r?) where l < r || r < l: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
