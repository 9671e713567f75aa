import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Every example compiled by every target: the reviewed golden file, and the same bytes every time.
@Suite struct GoldenOutputTests {
    static let examples = SpecFixtures.examples.map { $0.deletingPathExtension().lastPathComponent }

    static func compiled(_ example: String, _ target: Target) throws -> EmittedFile {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(example).yaml"))
        let sink = DiagnosticSink()
        return try #require(compile(source, target: target, diagnostics: sink), "\(sink.diagnostics)")
    }

    /// Golden/<target>/<example> plus the extension of the file the target writes.
    static func goldenPath(_ example: String, _ target: Target) -> String {
        let suffix = switch target {
        case .cfn: ".template.json"
        case .terraform: ".tf.json"
        case .cli: ".sh"
        }
        return "Tests/SharecCoreTests/Golden/\(target.rawValue)/\(example)\(suffix)"
    }

    @Test("output matches the reviewed golden file", arguments: Target.allCases, examples)
    func golden(_ target: Target, _ example: String) throws {
        if let mismatch = Golden.mismatch(try Self.compiled(example, target).contents, Self.goldenPath(example, target)) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("the same spec gives the same bytes", arguments: Target.allCases, examples)
    func deterministic(_ target: Target, _ example: String) throws {
        #expect(try Self.compiled(example, target) == Self.compiled(example, target))
    }
}
