import Foundation
import Testing
import TestSupport

/// .pre-commit-hooks.yaml as pre-commit itself reads it: `pre-commit try-repo` against this working tree.
@Suite struct PreCommitHookTests {
    static let preCommit = Tool.find("pre-commit", override: "PRE_COMMIT")
    static let git = Tool.find("git", override: "GIT")

    @Test(.enabled(if: OracleAvailability.shouldRun(preCommit), "pre-commit is missing (scripts/setup.sh installs it)"))
    func theHookChecksChangedSpecsAndFailsOnErrors() throws {
        let preCommit = try #require(Self.preCommit)
        let git = try #require(Self.git)
        let scratch = try TemporaryFolder()
        _ = try git.run(["init", "-q"], in: scratch.url)
        _ = try scratch.write("orders.sharec.yaml", try Repository.read("specs/examples/minimal.yaml"))
        _ = try scratch.write("broken.sharec.yaml", "version: 1\nname: Orders\n")
        _ = try scratch.write("unrelated.yaml", "not: [a, spec\n")
        let binaryFolder = try #require(SharecBinary.tool).executable.deletingLastPathComponent().path
        let environment = [
            "PATH": binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
            "PRE_COMMIT_HOME": scratch.url.appendingPathComponent(".cache").path,
        ]
        func hook(_ files: [String]) throws -> Tool.Result {
            try preCommit.run(["try-repo", Repository.root.path, "sharec-validate-system", "--files"] + files,
                              in: scratch.url, environment: environment)
        }
        let clean = try hook(["orders.sharec.yaml", "unrelated.yaml"])
        #expect(clean.status == 0, "the spec is valid and the other YAML file is not a spec: \(clean.stdout)")
        let broken = try hook(["orders.sharec.yaml", "broken.sharec.yaml"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("broken.sharec.yaml:2:7: error:"), "\(broken.stdout)")
        #expect(broken.stdout.contains("2 files, "))
    }
}
