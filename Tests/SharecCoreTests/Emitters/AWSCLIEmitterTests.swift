import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Golden scripts for every example, and the quoting every spec value goes through.
@Suite struct AWSCLIEmitterTests {
    static let examples = CloudFormationEmitterTests.examples

    static func script(_ example: String) throws -> EmittedFile {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(example).yaml"))
        let sink = DiagnosticSink()
        return try #require(compile(source, target: .cli, diagnostics: sink), "\(sink.diagnostics)")
    }

    @Test("output matches the reviewed golden file", arguments: examples)
    func golden(_ example: String) throws {
        let file = try Self.script(example)
        #expect(file.isExecutable)
        #expect(file.contents.hasPrefix("#!/usr/bin/env bash\n"))
        if let mismatch = Golden.mismatch(file.contents, "Tests/SharecCoreTests/Golden/cli/\(example).sh") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("the same spec gives the same bytes", arguments: examples)
    func deterministic(_ example: String) throws {
        #expect(try Self.script(example) == Self.script(example))
    }

    @Test func singleQuotingKeepsEveryByte() throws {
        let bash = try #require(Tool.find("bash", override: "BASH"))
        let hostile = "a'b\"c $(touch x) `y` ${HOME} \\ ; & * café\t\n日本 '' '"
        let result = try bash.run(["-c", "printf '%s' \(BashScript.quote(hostile))"])
        #expect(result.status == 0)
        #expect(result.stdout == hostile)
    }
}
