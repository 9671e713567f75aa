import Foundation
@testable import SharecCore
import TestSupport

/// Small specs for tests, and shortcuts that run the pipeline over them.
enum SpecFixtures {
    /// The smallest valid spec: every other key takes its default.
    static let minimal = """
        version: 1
        name: orders
        owner: { account: "111122223333", region: us-east-1 }
        databases:
          - name: orders
            engine: postgres
            instanceClass: db.t3.micro
        sharing:
          consumers:
            - account: "444455556666"

        """

    /// `minimal` with `old` replaced by `new`; fails loudly when `old` is absent so a test cannot pass vacuously.
    static func minimal(replacing old: String, with new: String) -> String {
        precondition(minimal.contains(old), "fixture does not contain \(old)")
        return minimal.replacingOccurrences(of: old, with: new)
    }

    /// The findings, without the note that the second round was skipped, which every first-round error brings
    /// (`skippedChecksAreSaid` tests it).
    static func diagnose(_ yaml: String, file: String = "spec.yaml") -> [Diagnostic] {
        let sink = DiagnosticSink()
        _ = validate(SpecSource(fileName: file, text: yaml), diagnostics: sink)
        return sink.sorted.filter { $0.rule != skippedChecksID }
    }

    static func plan(_ yaml: String) -> SharingPlan? {
        validate(SpecSource(fileName: "spec.yaml", text: yaml), diagnostics: DiagnosticSink())
    }

    static func rules(_ yaml: String) -> [String] {
        diagnose(yaml).map(\.rule)
    }

    static var examples: [URL] { Repository.files(in: "specs/examples", withExtension: "yaml") }
    static var invalid: [URL] { Repository.files(in: "specs/invalid", withExtension: "yaml") }

    static func source(_ url: URL) throws -> SpecSource {
        SpecSource(fileName: "specs/\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)",
                   text: try String(contentsOf: url, encoding: .utf8))
    }
}
