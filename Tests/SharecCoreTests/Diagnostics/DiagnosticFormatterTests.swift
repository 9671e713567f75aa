@testable import SharecCore
import Testing

/// The text report's excerpts stay readable whatever the source line holds.
@Suite struct DiagnosticFormatterTests {
    @Test func aVeryLongLineIsCutAroundTheColumnWithTheCaretStillUnderIt() throws {
        let line = "description: " + String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
        let column = line.count - 5_000
        let diagnostic = Diagnostic(.error, rule: "invalid-value", "bad", at: SourceLocation(file: "s.yaml", line: 1, column: column))
        let report = DiagnosticFormatter(sources: ["s.yaml": line]).format(diagnostic)
        let lines = report.split(separator: "\n")
        #expect(lines.count == 3)
        let excerpt = lines[1], caret = lines[2]
        #expect(excerpt.count <= DiagnosticFormatter.excerptWidth + 4 + 6, "the width plus the indent and two ellipses")
        #expect(excerpt.hasPrefix("    ...") && excerpt.hasSuffix("..."))
        let caretColumn = caret.count - 1
        #expect(Array(excerpt)[caretColumn] == "X", "the caret is under the column's character")
    }

    @Test func colourIsAddedOnlyWhenAskedAndControlCharactersNeverPassThrough() {
        let diagnostic = Diagnostic(.warning, rule: "flow-logs-off", "value 'a\u{1B}[2Jb'", at: SourceLocation(file: "s.yaml", line: 1, column: 1))
        let plain = DiagnosticFormatter(sources: ["s.yaml": "x\u{7}y"]).format(diagnostic)
        #expect(!plain.contains("\u{1B}") && !plain.contains("\u{7}"))
        #expect(plain.contains("a\u{241B}[2Jb") && plain.contains("x\u{2407}y"))
        let colored = DiagnosticFormatter(sources: [:], colored: true).format(diagnostic)
        #expect(colored.contains("\u{1B}[35mwarning:"))
    }
}
