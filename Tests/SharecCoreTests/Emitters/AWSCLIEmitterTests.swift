import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// What every script starts with, and the quoting every spec value goes through (goldens: GoldenOutputTests).
@Suite struct AWSCLIEmitterTests {
    static let examples = CloudFormationEmitterTests.examples

    static func script(_ example: String) throws -> EmittedFile {
        try GoldenOutputTests.compiled(example, .cli)
    }

    @Test("an executable bash script", arguments: examples)
    func executableBash(_ example: String) throws {
        let file = try Self.script(example)
        #expect(file.isExecutable)
        #expect(file.contents.hasPrefix("#!/usr/bin/env bash\n"))
        #expect(file.contents.contains("\nset -euo pipefail\n"))
    }

    @Test func singleQuotingKeepsEveryByte() throws {
        let bash = try #require(Tool.find("bash", override: "BASH"))
        let hostile = "a'b\"c $(touch x) `y` ${HOME} \\ ; & * café\t\n日本 '' '"
        let result = try bash.run(["-c", "printf '%s' \(BashScript.quote(hostile))"])
        #expect(result.status == 0)
        #expect(result.stdout == hostile)
    }
}
