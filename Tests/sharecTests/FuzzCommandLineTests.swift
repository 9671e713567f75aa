import Foundation
import Testing
import TestSupport

/// Damaged specs through the binary itself: every run ends in time, exits 0 or 1, and explains a 1
/// with a located error; nothing prints a crash or a stack trace. (The library's fuzz test in
/// SharecCoreTests runs thousands more cases in-process.)
@Suite struct FuzzCommandLineTests {
    static let batch = 400
    static let oneByOne = 60

    static func damagedSpecs(_ count: Int, in folder: TemporaryFolder) throws -> [URL] {
        let corpus = (Repository.files(in: "specs/examples", withExtension: "yaml") + Repository.files(in: "specs/invalid", withExtension: "yaml"))
            .map { (try? Data(contentsOf: $0)).map { [UInt8]($0) } ?? [] }
        // Another stream than the library test's, so that the two runs cover different cases.
        var mutator = SpecMutator(seed: SpecMutator.seed &+ 1)
        return try (0..<count).map { number in
            let file = folder.url.appendingPathComponent("case-\(number).yaml")
            try Data(mutator.mutate(corpus[number % corpus.count])).write(to: file)
            return file
        }
    }

    static func expectNoCrash(_ result: Tool.Result, _ what: String) {
        #expect(!result.timedOut, "\(what) did not finish in time")
        #expect([0, 1].contains(result.status), "\(what) exited \(result.status): \(result.stderr.suffix(500))")
        for sign in ["Fatal error", "Stack dump", "stack trace", "Segmentation fault", "Illegal instruction"] {
            #expect(!result.stderr.contains(sign), "\(what): \(result.stderr.suffix(500))")
        }
    }

    @Test func validateReportsEveryDamagedSpecInOneJSONDocument() throws {
        let scratch = try TemporaryFolder()
        let files = try Self.damagedSpecs(Self.batch, in: scratch)
        let result = try SharecBinary.run(["validate", "--format", "json"] + files.map(\.path), timeout: 120)
        Self.expectNoCrash(result, "validate of \(Self.batch) damaged specs")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        for finding in findings {
            #expect((finding["line"] as? Int ?? 0) >= 1 && (finding["column"] as? Int ?? 0) >= 1, "\(finding)")
        }
        #expect(result.status == (findings.contains { $0["severity"] as? String == "error" } ? 1 : 0))
    }

    @Test func eachRunExitsZeroOrOneWithALocatedError() throws {
        let scratch = try TemporaryFolder()
        let files = try Self.damagedSpecs(Self.oneByOne, in: scratch)
        let targets = ["cfn", "terraform", "cli"]
        for (number, file) in files.enumerated() {
            let arguments = number % 2 == 0
                ? ["validate", file.path]
                : ["compile", file.path, "--target", targets[number / 2 % targets.count], "-o", scratch.url.appendingPathComponent("out-\(number)").path]
            let result = try SharecBinary.run(arguments, timeout: 20)
            Self.expectNoCrash(result, arguments.joined(separator: " "))
            if result.status == 1 {
                let located = result.stderr.split(separator: "\n").contains { $0.contains(#/^.+:[0-9]+:[0-9]+: error: /#) }
                #expect(located, "\(arguments): \(result.stderr.prefix(500))")
            }
        }
    }
}
