/// Finds `# sharec:ignore[rule-id, ...] reason` comments in a spec's text. YAML drops comments, so
/// they are read from the lines: a `#` outside quotes, at the start of a line or after a blank.
enum SuppressionComments {
    static let marker = "sharec:ignore"

    static func scan(_ source: SpecSource, into diagnostics: DiagnosticSink) -> [Suppression] {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        var suppressions: [Suppression] = []
        for (index, line) in lines.enumerated() {
            guard let comment = commentStart(in: line) else { continue }
            let text = line.unicodeScalars[comment...].dropFirst().drop { $0 == " " || $0 == "\t" }
            guard String(String.UnicodeScalarView(text)).hasPrefix(marker) else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: comment) + 1
            let location = SourceLocation(file: source.fileName, line: index + 1, column: column)
            let hasContent = line.unicodeScalars[..<comment].contains { $0 != " " && $0 != "\t" }
            let covered = hasContent ? index + 1 : nextContentLine(after: index, in: lines)
            if let suppression = parse(String(String.UnicodeScalarView(text.dropFirst(marker.unicodeScalars.count))),
                                       at: location, covering: covered, into: diagnostics) {
                suppressions.append(suppression)
            }
        }
        return suppressions
    }

    private static func parse(_ text: String, at location: SourceLocation, covering line: Int?, into diagnostics: DiagnosticSink) -> Suppression? {
        let form = "write it as '# \(marker)[rule-id] why this is acceptable here'"
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else {
            diagnostics.error("suppression", "a suppression names its rules in brackets; \(form)", at: location)
            return nil
        }
        let rules = text[text.index(after: text.startIndex)..<close].split(separator: ",").map { $0.trimmingSpaces }
        let reason = text[text.index(after: close)...].trimmingSpaces
        var valid = !rules.isEmpty
        if rules.isEmpty {
            diagnostics.error("suppression", "a suppression names at least one rule; \(form)", at: location)
        }
        for rule in rules {
            guard let known = RuleCatalogue.rule(rule) else {
                let warnings = RuleCatalogue.rules.filter { $0.severity == .warning }.map(\.id)
                diagnostics.error("suppression", "no rule '\(rule)'\(Suggestion.hint(for: rule, among: warnings))", at: location)
                valid = false
                continue
            }
            switch known.severity {
            case .warning: break
            case .error:
                diagnostics.error("suppression", "'\(rule)' is an error, and errors cannot be suppressed: AWS would refuse the result", at: location)
                valid = false
            case .note:
                diagnostics.error("suppression", "'\(rule)' is a note, which never fails a check; only warnings are suppressed", at: location)
                valid = false
            }
        }
        if reason.isEmpty {
            diagnostics.error("suppression", "a suppression needs a reason after the rule ids; \(form)", at: location)
            valid = false
        }
        return valid ? Suppression(rules: rules, reason: reason, location: location, coveredLine: line) : nil
    }

    /// Where a comment starts: a `#` outside quoted scalars, first on its line or after a blank.
    private static func commentStart(in line: Substring) -> String.UnicodeScalarView.Index? {
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        var escaped = false
        let scalars = line.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            defer { previous = scalar }
            if let open = quote {
                if escaped { escaped = false } else if open == "\"" && scalar == "\\" { escaped = true } else if scalar == open { quote = nil }
            } else if (scalar == "\"" || scalar == "'") && " \t[{,:".unicodeScalars.contains(previous) {
                quote = scalar  // only a quote that starts a scalar quotes: "it's" is plain text
            } else if scalar == "#" && (previous == " " || previous == "\t") {
                return index
            }
        }
        return nil
    }

    /// The 1-based number of the first line after `index` that holds something other than a comment.
    private static func nextContentLine(after index: Int, in lines: [Substring]) -> Int? {
        lines.indices.dropFirst(index + 1).first { number in
            let content = lines[number].drop { $0 == " " || $0 == "\t" }
            return !content.isEmpty && !content.hasPrefix("#")
        }.map { $0 + 1 }
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
