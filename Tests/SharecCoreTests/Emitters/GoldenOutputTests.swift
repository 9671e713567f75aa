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

    /// Golden/consumer/<target>/<file>, a Terraform configuration's folder flattened into its name.
    @Test("each consumer side matches its reviewed golden file, the same every time", arguments: Target.allCases, ConsumerSides.cases)
    func consumerGolden(_ target: Target, _ side: ConsumerSides.Case) throws {
        let file = try ConsumerSides.compiled(side, target)
        let path = "Tests/SharecCoreTests/Golden/consumer/\(target.rawValue)/\(file.name.replacingOccurrences(of: "/main", with: ""))"
        if let mismatch = Golden.mismatch(file.contents, path) {
            Issue.record(Comment(rawValue: mismatch))
        }
        #expect(try ConsumerSides.compiled(side, target) == file)
    }
}

/// Every consumer side the examples describe: an account (or OU member) with a network.
enum ConsumerSides {
    struct Case: CustomTestStringConvertible, Sendable {
        let example: String
        let account: String
        var testDescription: String { "\(example) for \(account)" }
    }

    static let cases: [Case] = GoldenOutputTests.examples.flatMap { example in
        (SpecFixtures.plan((try? Repository.read("specs/examples/\(example).yaml")) ?? "")?.sharing.consumerSides ?? []).map {
            Case(example: example, account: $0.account.value)
        }
    }

    static func compiled(_ side: Case, _ target: Target) throws -> EmittedFile {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(side.example).yaml"))
        let sink = DiagnosticSink()
        let files = try #require(compileConsumers(source, target: target, account: side.account, diagnostics: sink), "\(sink.diagnostics)")
        return try #require(files.count == 1 ? files.first : nil)
    }
}
