/// Renders findings as text: the `file:line:col:` line, the source line, and a caret under the column.
public struct DiagnosticFormatter {
    /// Source lines longer than this are cut around the column, so that a minified line stays readable.
    static let excerptWidth = 120

    private let sources: [String: [Substring]]

    /// - Parameter sources: the text of each file findings may point into, by file name.
    public init(sources: [String: String]) {
        self.sources = sources.mapValues { $0.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description + "\n" + excerpt(at: diagnostic.location)
        for note in diagnostic.notes {
            text += "\(Diagnostic.prefix(note.location))note: \(note.message)\n" + excerpt(at: note.location)
        }
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
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
        shown.append(contentsOf: scalars[start..<end].map { $0 == "\t" ? " " : $0 })
        let padding = String(repeating: " ", count: lead.count + caretIndex - start)
        return "    \(lead)\(String(shown))\(tail)\n    \(padding)^\n"
    }
}
