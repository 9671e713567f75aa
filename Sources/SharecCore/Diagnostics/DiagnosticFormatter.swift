/// Renders findings as text: the `file:line:col:` line, the source line, and a caret under the column.
public struct DiagnosticFormatter {
    /// Source lines longer than this are cut around the column, so that a minified line stays readable.
    static let excerptWidth = 120

    private let sources: [String: [Substring]]
    private let colored: Bool

    /// - Parameters:
    ///   - sources: the text of each file findings may point into, by file name.
    ///   - colored: ANSI colours as compilers use them; only for a terminal.
    public init(sources: [String: String], colored: Bool = false) {
        self.sources = sources.mapValues { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        self.colored = colored
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = headline(diagnostic.location, diagnostic.severity.rawValue, diagnostic.severity, "\(diagnostic.message) [\(diagnostic.rule)]")
            + excerpt(at: diagnostic.location)
        for note in diagnostic.notes {
            text += headline(note.location, "note", .note, note.message) + excerpt(at: note.location)
        }
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// A suppressed warning in two lines, without excerpts: it is listed so that it is not forgotten.
    public func format(_ finding: SuppressedFinding) -> String {
        let diagnostic = finding.diagnostic
        return headline(diagnostic.location, "suppressed warning", .note, "\(diagnostic.message) [\(diagnostic.rule)]")
            + headline(finding.suppression.location, "note", .note, "suppressed here: \(finding.suppression.reason)")
    }

    private func headline(_ location: SourceLocation?, _ label: String, _ severity: Diagnostic.Severity, _ message: String) -> String {
        let place = Diagnostic.prefix(location)
        // A message quotes spec values, which YAML escapes can fill with control characters.
        let message = String(String.UnicodeScalarView(message.unicodeScalars.map(Self.visible)))
        guard colored else { return "\(place)\(label): \(message)\n" }
        let color = switch severity {
        case .error: "31"
        case .warning: "35"
        case .note: "36"
        }
        return "\(ANSI.bold)\(place)\u{1B}[\(color)m\(label):\(ANSI.reset)\(ANSI.bold) \(message)\(ANSI.reset)\n"
    }

    private func excerpt(at location: SourceLocation?) -> String {
        guard let location, let lines = sources[location.file],
              location.line >= 1, location.line <= lines.count else { return "" }
        let scalars = Array(lines[location.line - 1].unicodeScalars.filter { $0 != "\r" })
        let caretIndex = max(0, min(location.column - 1, scalars.count))
        var start = 0
        var end = scalars.count
        if scalars.count > Self.excerptWidth {
            start = max(0, min(caretIndex - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
            end = start + Self.excerptWidth
        }
        let lead = start > 0 ? "..." : ""
        let tail = end < scalars.count ? "..." : ""
        var shown = String.UnicodeScalarView()
        // Control characters would move the terminal's cursor or colour; show them as their pictures.
        shown.append(contentsOf: scalars[start..<end].map { $0 == "\t" ? " " : Self.visible($0) })
        let padding = String(repeating: " ", count: lead.count + caretIndex - start)
        let caret = colored ? "\(ANSI.bold)\u{1B}[32m^\(ANSI.reset)" : "^"
        return "    \(lead)\(String(shown))\(tail)\n    \(padding)\(caret)\n"
    }

    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        default: scalar
        }
    }
}

private enum ANSI {
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"
}
