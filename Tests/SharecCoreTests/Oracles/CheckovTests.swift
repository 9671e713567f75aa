import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// checkov over every example's CloudFormation and Terraform, both sides: each failed check is explained in
/// docs/checkov.md, and none that the page says sharec fixes by default fails.
@Suite struct CheckovTests {
    /// `CHECKOV`, else the virtual environment scripts/setup.sh makes, else `checkov` on PATH.
    static let checkov: Tool? = {
        if let tool = Tool.find("checkov", override: "CHECKOV"), ProcessInfo.processInfo.environment["CHECKOV"] != nil { return tool }
        let local = Repository.url(".venv-checkov/bin/checkov")
        if FileManager.default.isExecutableFile(atPath: local.path) { return Tool(executable: local) }
        return Tool.find("checkov", override: "CHECKOV")
    }()

    @Test(.enabled(if: OracleAvailability.shouldRun(checkov), "checkov is not installed (run scripts/setup.sh, or set CHECKOV)"),
          .timeLimit(.minutes(15)))
    func everyFailedCheckIsExplained() throws {
        let checkov = try #require(Self.checkov, "checkov is required in CI")
        let scratch = try TemporaryFolder()
        let templates = scratch.url.appendingPathComponent("cfn"), configurations = scratch.url.appendingPathComponent("tf")
        for example in GoldenOutputTests.examples {
            try write(try GoldenOutputTests.compiled(example, .cfn).contents, to: templates.appendingPathComponent("\(example).template.json"))
            try write(try GoldenOutputTests.compiled(example, .terraform).contents, to: configurations.appendingPathComponent("\(example)/main.tf.json"))
        }
        for side in ConsumerSides.cases {
            let name = "\(side.example)-\(side.account)"
            try write(try ConsumerSides.compiled(side, .cfn).contents, to: templates.appendingPathComponent("\(name).template.json"))
            try write(try ConsumerSides.compiled(side, .terraform).contents, to: configurations.appendingPathComponent("\(name)/main.tf.json"))
        }
        // One run for both frameworks, since starting checkov is most of its cost. --skip-download: no call to the vendor's
        // service, whose guidelines the ids do not need. No worker processes: on a loaded machine they only contend.
        // About 7 s alone; the bound is for a machine that the local-endpoint runs keep busy.
        let result = try checkov.run(["-d", scratch.url.path, "--framework", "cloudformation", "terraform_json", "--skip-download",
                                      "--quiet", "--compact", "-o", "json"],
                                     environment: ["CHECKOV_PARALLELIZATION_TYPE": "none"], timeout: 840)
        try #require(!result.timedOut, "checkov ran past 840 s")
        let reports = try Self.reports(result.stdout)
        #expect(Set(reports.compactMap { $0["check_type"] as? String }) == ["cloudformation", "terraform_json"],
                "checkov reported on both frameworks: \(result.stderr.suffix(2000))")
        var failed: [String: Set<String>] = [:]
        for report in reports {
            let framework = report["check_type"] as? String ?? ""
            let summary = report["summary"] as? [String: Any]
            #expect((summary?["parsing_errors"] as? Int ?? 0) == 0, "\(framework): checkov could not parse a file")
            for check in (report["results"] as? [String: Any])?["failed_checks"] as? [[String: Any]] ?? [] {
                guard let id = check["check_id"] as? String else { continue }
                failed[id, default: []].insert("\(framework) \(check["file_path"] as? String ?? "") \(check["resource"] as? String ?? "")")
            }
        }
        let page = try Repository.read("docs/checkov.md")
        let (fixed, explained) = Self.tables(page)
        #expect(fixed.count >= 5 && explained.count >= 5, "docs/checkov.md has both tables")
        for (id, places) in failed.sorted(by: { $0.key < $1.key }) {
            #expect(explained.contains(id), "\(id) fails and docs/checkov.md does not explain it: \(places.sorted().prefix(3))")
            #expect(!fixed.contains(id), "\(id) is fixed by default, says docs/checkov.md, yet fails: \(places.sorted().prefix(3))")
        }
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// checkov prints one report object, or a list of them when it ran several frameworks.
    static func reports(_ output: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return (value as? [[String: Any]]) ?? [value as? [String: Any]].compactMap { $0 }
    }

    /// The check ids of the page's two tables: the first row cell of each, every `CKV…` id in it.
    static func tables(_ page: String) -> (fixed: Set<String>, explained: Set<String>) {
        let sections = page.components(separatedBy: "\n## ")
        func ids(_ heading: String) -> Set<String> {
            guard let section = sections.first(where: { $0.hasPrefix(heading) }) else { return [] }
            var found = Set<String>()
            for line in section.split(separator: "\n") where line.hasPrefix("| `CKV") {
                let cell = line.split(separator: "|").first.map(String.init) ?? ""
                for part in cell.split(separator: "`") where part.hasPrefix("CKV") { found.insert(String(part)) }
            }
            return found
        }
        return (ids("Fixed by default"), ids("Failed where"))
    }
}
