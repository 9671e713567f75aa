@testable import SharecCore
import Testing

/// The starters `sharec init` writes are specs a user can build on at once.
@Suite struct StarterSpecsTests {
    @Test func theIssuesStartersAreThere() {
        #expect(Set(["seed", "several-consumers", "several-databases", "organization", "aurora-postgresql", "existing-network", "existing-database"]).isSubset(of: StarterSpecs.names))
        #expect(StarterSpecs.names.contains(StarterSpecs.defaultName))
    }

    /// No errors; the one warning allowed is the placeholder external id a user must replace.
    @Test("every starter validates and compiles for every target", arguments: StarterSpecs.names)
    func validates(_ name: String) throws {
        let sink = DiagnosticSink()
        let source = SpecSource(fileName: "\(name).yaml", text: try #require(StarterSpecs.text(name)))
        let plan = try #require(validate(source, diagnostics: sink), "\(sink.diagnostics)")
        #expect(sink.diagnostics.allSatisfy { $0.severity == .note || $0.rule == "placeholder-external-id" }, "\(sink.diagnostics)")
        for target in Target.allCases {
            let emitted = DiagnosticSink()
            _ = target.emitter.emit(plan, into: emitted)
            #expect(!emitted.hasErrors, "\(target): \(emitted.diagnostics)")
        }
        #expect(!StarterSpecs.summary(name).isEmpty, "the first comment line says what the starter is for")
    }
}
