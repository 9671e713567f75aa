@testable import SharecCore
import Testing

/// Where a `# sharec:ignore[...]` comment applies, and what does not count as one.
@Suite struct SuppressionCommentsTests {
    /// The minimal spec with Performance Insights off, so that one warning appears on a known line.
    static func spec(_ databaseLine: String, above: String? = nil) -> String {
        SpecFixtures.minimal(replacing: "    instanceClass: db.t3.micro\n",
                             with: "    instanceClass: db.t3.micro\n" + (above.map { "    \($0)\n" } ?? "") + "    \(databaseLine)\n")
    }

    static func run(_ yaml: String) -> DiagnosticSink {
        let sink = DiagnosticSink()
        _ = validate(SpecSource(fileName: "spec.yaml", text: yaml), diagnostics: sink)
        return sink
    }

    @Test func aCommentOnTheLineOfTheFindingSuppressesIt() throws {
        let sink = Self.run(Self.spec("performanceInsights: false  # sharec:ignore[performance-insights-off] a scratch copy"))
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        let suppressed = try #require(sink.suppressed.first)
        #expect(suppressed.diagnostic.rule == "performance-insights-off")
        #expect(suppressed.suppression.reason == "a scratch copy")
    }

    @Test func aCommentAloneOnTheLineAboveSuppressesTheNextLine() {
        let sink = Self.run(Self.spec("performanceInsights: false", above: "# sharec:ignore[performance-insights-off, flow-logs-off] scratch copy\n    #"))
        #expect(sink.suppressed.map(\.diagnostic.rule) == ["performance-insights-off"])
        #expect(sink.diagnostics.map(\.rule) == ["unused-suppression"], "flow-logs-off reports nothing there")
        #expect(sink.diagnostics.first?.message.contains("flow-logs-off") == true)
    }

    @Test func onlyTheNamedRuleIsSuppressed() {
        let sink = Self.run(Self.spec("performanceInsights: false  # sharec:ignore[flow-logs-off] wrong rule"))
        #expect(Set(sink.diagnostics.map(\.rule)) == ["performance-insights-off", "unused-suppression"])
    }

    @Test func hashesInsideValuesAreNotComments() {
        let quoted = SpecFixtures.minimal(replacing: "version: 1\n", with: "version: 1\ndescription: \"a # sharec:ignore[flow-logs-off] b\"\n")
        #expect(Self.run(quoted).diagnostics.isEmpty)
        let unspaced = SpecFixtures.minimal(replacing: "version: 1\n", with: "version: 1\ndescription: a#sharec:ignore[flow-logs-off]\n")
        #expect(Self.run(unspaced).diagnostics.isEmpty)
        // An apostrophe inside a plain value does not open a quote that would hide the comment.
        let apostrophe = SpecFixtures.minimal(replacing: "version: 1\n", with: "version: 1\ndescription: it's ours  # sharec:ignore[flow-logs-off] x\n")
        #expect(Self.run(apostrophe).diagnostics.map(\.rule) == ["unused-suppression"])
    }

    @Test func suppressionsAreNotCheckedForUseWhenTheSpecDidNotGetThatFar() {
        let broken = Self.spec("performanceInsights: maybe  # sharec:ignore[performance-insights-off] scratch copy")
        // No unused-suppression: the rules whose warning it would suppress did not run, as the note says.
        #expect(Self.run(broken).diagnostics.map(\.rule) == ["wrong-type", skippedChecksID])
    }
}
