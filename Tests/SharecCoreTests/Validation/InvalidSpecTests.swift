import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// specs/invalid holds one spec per rule id, each with a single mistake. The reviewed report of each
/// is in Golden/invalid; every example in specs/examples passes every rule (the other way round).
@Suite struct InvalidSpecTests {
    static let cases = SpecFixtures.invalid.map { $0.deletingPathExtension().lastPathComponent }

    @Test("each invalid spec reports its own rule and no other", arguments: cases)
    func reportsItsRule(_ rule: String) throws {
        let source = try SpecFixtures.source(Repository.url("specs/invalid/\(rule).yaml"))
        let sink = DiagnosticSink()
        if let plan = validate(source, diagnostics: sink) {
            // A limit of one target only shows when emitting for it.
            for target in Target.allCases { _ = target.emitter.emit(plan, into: sink) }
        }
        #expect(!sink.diagnostics.isEmpty)
        // Notes say what cannot be checked offline; they may accompany any rule's finding.
        #expect(Set(sink.diagnostics.filter { $0.severity != .note || $0.rule == rule }.map(\.rule)) == [rule])
        for diagnostic in sink.diagnostics {
            #expect(diagnostic.location != nil, "\(diagnostic) has no location")
            #expect(RuleCatalogue.rule(diagnostic.rule)?.severity == diagnostic.severity,
                    "docs/diagnostics.md gives \(diagnostic.rule) another severity, or none")
        }
        let report = DiagnosticFormatter(sources: [source.fileName: source.text]).format(sink.sorted)
        if let mismatch = Golden.mismatch(report, "Tests/SharecCoreTests/Golden/invalid/\(rule).txt") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("examples raise no error or warning, unless they suppress it", arguments: SpecFixtures.examples.map(\.lastPathComponent))
    func examplesAreClean(_ name: String) throws {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(name)"))
        let sink = DiagnosticSink()
        #expect(validate(source, diagnostics: sink) != nil)
        #expect(sink.diagnostics.allSatisfy { $0.severity == .note }, "\(sink.diagnostics)")
    }

    @Test("a spec with five different mistakes reports five located errors in one run")
    func fiveMistakes() {
        let yaml = SpecFixtures.minimal
            .replacingOccurrences(of: "\"444455556666\"", with: "\"4444\"")        // account-id
            .replacingOccurrences(of: "us-east-1", with: "us-east-9")              // region
            .replacingOccurrences(of: "engine: postgres", with: "engine: postgress") // invalid-value
            .replacingOccurrences(of: "version: 1", with: "version: 1\ncolour: blue") // unknown-key
            .replacingOccurrences(of: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    multiAZ: maybe") // wrong-type
        let diagnostics = SpecFixtures.diagnose(yaml)
        #expect(diagnostics.map(\.rule) == ["unknown-key", "region", "invalid-value", "wrong-type", "account-id"])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location != nil })
    }
}

extension InvalidSpecTests {
    /// A first-round error ends the run before the rules, and a note after the last error says so.
    @Test func skippedChecksAreSaid() throws {
        let sink = DiagnosticSink()
        let yaml = SpecFixtures.minimal(replacing: "version: 1", with: "version: 1\ncolour: blue")
        _ = validate(SpecSource(fileName: "spec.yaml", text: yaml), diagnostics: sink)
        #expect(sink.sorted.map(\.rule) == ["unknown-key", skippedChecksID])
        #expect(sink.sorted.last?.severity == .note)
        let clean = DiagnosticSink()
        _ = validate(SpecSource(fileName: "spec.yaml", text: SpecFixtures.minimal), diagnostics: clean)
        #expect(!clean.diagnostics.contains { $0.rule == skippedChecksID })
    }

    /// A mistake inside one database or consumer leaves the others' checks running: one wave of errors, not two.
    @Test func errorsInOneDatabaseOrConsumerHideNothingOfTheRest() throws {
        let yaml = SpecFixtures.minimal(replacing: """
                instanceClass: db.t3.micro
            sharing:
              consumers:
                - account: "444455556666"
            """, with: """
                instanceClass: db.t3.micro
                storag: 20
              - name: archive
                engine: mysql
                instanceClass: db.t3.mega
            sharing:
              consumers:
                - account: "444455556666"
                  rol: {}
                - account: "111122223333"
            """)
        let sink = DiagnosticSink()
        _ = validate(SpecSource(fileName: "spec.yaml", text: yaml), diagnostics: sink)
        // The misspelt keys, and what the second round finds in the database and the consumer without them.
        #expect(sink.sorted.map(\.rule) == ["unknown-key", "instance-class", "unknown-key", "self-share", skippedChecksID], "\(sink.sorted)")
        #expect(sink.sorted.last?.message.contains("on the 2 databases and consumers with errors") == true)
        // An error outside them leaves nothing to check apart.
        let elsewhere = SpecFixtures.diagnose(yaml.replacingOccurrences(of: "version: 1", with: "version: 1\ncolour: blue")).map(\.rule)
        #expect(elsewhere == ["unknown-key", "unknown-key", "unknown-key"])
        // With its only database left out, nothing remains to check.
        let only = SpecFixtures.diagnose(SpecFixtures.minimal(replacing: "engine: postgres", with: "engine: postgres\n    storag: 1")).map(\.rule)
        #expect(only == ["unknown-key"])
    }

    /// A rule that judges by what is absent holds back while a part is left out: the left-out database may be the one with the secret.
    @Test func aLeftOutDatabaseIsNotTakenForAbsent() throws {
        let yaml = try Repository.read("specs/examples/existing-databases.yaml")
        let secret = try #require(yaml.range(of: "secretArn:"), "the example names a secret")
        let broken = yaml.replacingCharacters(in: secret, with: "secretArm:")
        #expect(!SpecFixtures.rules(broken).contains(ExistingDatabasesMustBeReachable.id), "\(SpecFixtures.diagnose(broken))")
    }

    @Test func validatingManySpecsAtOnceGivesEachItsOwnFindingsInOrder() throws {
        let sources = try (SpecFixtures.invalid + SpecFixtures.examples).map(SpecFixtures.source)
        let together = validate(sources)
        #expect(together.count == sources.count)
        for (source, findings) in zip(sources, together) {
            let alone = DiagnosticSink()
            _ = validate(source, diagnostics: alone)
            #expect(findings == SpecFindings(diagnostics: alone.diagnostics, suppressed: alone.suppressed), "\(source.fileName)")
        }
    }
}
