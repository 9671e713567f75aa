import Foundation
import Testing
import TestSupport

/// `sharec validate` as a CI step reads it: JSON and SARIF documents, `--strict`, and colour only for people.
@Suite struct ReportFormatTests {
    static let python = Tool.find("python3", override: "PYTHON3")
    static let script = Tool.find("script", override: "SCRIPT")

    /// Every spec of the repository: clean, suppressed, warned and refused ones.
    static var allSpecs: [String] {
        (Repository.files(in: "specs/examples", withExtension: "yaml") + Repository.files(in: "specs/invalid", withExtension: "yaml"))
            .map { "specs/\($0.deletingLastPathComponent().lastPathComponent)/\($0.lastPathComponent)" }
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test(.enabled(if: OracleAvailability.shouldRun(python), "python3 with jsonschema is missing"))
    func sarifFollowsTheSARIFSchema() throws {
        let result = try SharecBinary.run(["validate", "--format", "sarif"] + Self.allSpecs, in: Repository.root)
        #expect(result.status == 1)
        let scratch = try TemporaryFolder()
        let log = try scratch.write("sharec.sarif", result.stdout)
        let check = try #require(Self.python).run([Repository.url("Tests/Stubs/check_sarif.py").path,
                                                   Repository.url("Tests/Fixtures/sarif-schema-2.1.0.json").path, log.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func sarifResultsPointAtDescribedRulesAndKeepTheirFingerprintsWhenLinesMove() throws {
        let result = try SharecBinary.run(["validate", "--format", "sarif"] + Self.allSpecs, in: Repository.root)
        let log = try #require(try Self.json(result.stdout) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(results.count >= Self.allSpecs.count - 5, "every invalid spec reports something")
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let help = (rules[index]["help"] as? [String: Any])?["markdown"] as? String
            #expect(help?.contains("*Fix.*") == true || help?.contains("*Why.*") == true, "\(result["ruleId"] ?? "")")
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            #expect((region?["startLine"] as? Int ?? 0) >= 1)
        }
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(Set(suppressed.compactMap { $0["ruleId"] as? String }) == ["placeholder-external-id", "onward-sharing", "master-secret-shared"],
                "the examples' suppressions are reported, as suppressed")

        // The same finding two lines lower keeps its fingerprint.
        let scratch = try TemporaryFolder()
        let original = try Repository.read("specs/invalid/weak-external-id.yaml")
        func fingerprint(_ text: String) throws -> String? {
            let file = try scratch.write("spec.yaml", text)
            let output = try SharecBinary.run(["validate", "--format", "sarif", file.path]).stdout
            let results = ((try Self.json(output) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]
            return (results?.first?["partialFingerprints"] as? [String: String])?.values.first
        }
        let before = try #require(try fingerprint(original))
        #expect(try fingerprint("# moved\n#\n" + original) == before)
    }

    /// Each rule links to its own section of docs/diagnostics.md, wherever a team publishes it.
    @Test func sarifRulesLinkToTheirSectionUnderASettableURL() throws {
        func helpURIs(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: String] {
            let tool = try #require(SharecBinary.tool)
            let result = try tool.run(["validate", "--format", "sarif"] + arguments + ["specs/invalid/flow-logs-off.yaml"],
                                      in: Repository.root, environment: environment, unsetting: environment.isEmpty ? ["SHAREC_DOCS_URL"] : [])
            let driver = (((try Self.json(result.stdout) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
            let rules = try #require(driver?["rules"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: rules.compactMap { rule in (rule["id"] as? String).map { ($0, rule["helpUri"] as? String ?? "") } })
        }
        let defaults = try helpURIs([])
        #expect(defaults.allSatisfy { $0.value == "https://sharec.dev/docs/diagnostics#\($0.key)" })
        let documentation = try Repository.read("docs/diagnostics.md")
        let headings = documentation.components(separatedBy: "\n### `").dropFirst().map { String($0.prefix { $0 != "`" }) }
        #expect(Set(defaults.keys) == Set(headings), "each rule's anchor is a heading of docs/diagnostics.md, and each heading a rule")
        let ours = "https://github.com/example/sharec/blob/main/docs/diagnostics.md"
        #expect(try helpURIs(["--docs-url", ours])["flow-logs-off"] == "\(ours)#flow-logs-off")
        #expect(try helpURIs([], environment: ["SHAREC_DOCS_URL": ours])["kms-key"] == "\(ours)#kms-key")
        for bad in ["docs/diagnostics.md", "ftp://example.com/d", "https://example.com/d#x"] {
            #expect(try SharecBinary.run(["validate", "--format", "sarif", "--docs-url", bad, "specs/invalid/flow-logs-off.yaml"], in: Repository.root).status == 64, "\(bad)")
        }
    }

    @Test func jsonListsEveryFindingWithItsSpanNotesAndSuppression() throws {
        let result = try SharecBinary.run(["validate", "--format", "json", "specs/invalid/duplicate-key.yaml", "specs/examples/seed.yaml"],
                                          in: Repository.root)
        #expect(result.status == 1)
        #expect(result.stderr == "2 files, 1 error, 0 warnings, 1 suppressed\n", "the summary stays on standard error")
        let findings = try #require(try Self.json(result.stdout) as? [[String: Any]])
        // The seed's: a note (its class has no Performance Insights) and the suppressed warning, in the order of their lines.
        #expect(findings.map { $0["rule"] as? String } == ["performance-insights-unavailable", "placeholder-external-id", "duplicate-key"])
        #expect(findings.map { $0["file"] as? String } == ["specs/examples/seed.yaml", "specs/examples/seed.yaml", "specs/invalid/duplicate-key.yaml"],
                "sorted by file, then place")
        let duplicate = findings[2]
        #expect(duplicate["file"] as? String == "specs/invalid/duplicate-key.yaml")
        #expect(duplicate["rule"] as? String == "duplicate-key")
        #expect(duplicate["severity"] as? String == "error")
        #expect([duplicate["line"], duplicate["column"], duplicate["endLine"], duplicate["endColumn"]].map { $0 as? Int } == [8, 5, 8, 11])
        let note = try #require((duplicate["notes"] as? [[String: Any]])?.first)
        #expect(note["line"] as? Int == 7)
        #expect(duplicate["suppression"] == nil)
        let suppression = try #require(findings[1]["suppression"] as? [String: Any])
        #expect(findings[1]["rule"] as? String == "placeholder-external-id")
        #expect((suppression["reason"] as? String)?.hasPrefix("the CDK app's own value") == true)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let spec = "specs/invalid/flow-logs-off.yaml"
        let lenient = try SharecBinary.run(["validate", spec], in: Repository.root)
        #expect(lenient.status == 0)
        let strict = try SharecBinary.run(["validate", "--strict", spec], in: Repository.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: VPC flow logs are off"))
        #expect(strict.stderr.hasSuffix("1 file, 1 error, 0 warnings\n"))
        let suppressedOnly = try SharecBinary.run(["validate", "--strict", "specs/examples/seed.yaml"], in: Repository.root)
        #expect(suppressedOnly.status == 0, "a suppressed warning stays suppressed under --strict")
    }

    /// `script` runs sharec on a pseudo-terminal, as a person would.
    @Test(.enabled(if: OracleAvailability.shouldRun(script), "script (util-linux) is missing"))
    func colourOnlyOnATerminalAndNeverWithNO_COLOR() throws {
        let script = try #require(Self.script)
        let binary = try #require(SharecBinary.tool).executable.path
        let command = "'\(binary)' validate specs/invalid/flow-logs-off.yaml"
        let terminal = try script.run(["-qec", command, "/dev/null"], in: Repository.root, unsetting: ["NO_COLOR"])
        #expect(terminal.stdout.contains("\u{1B}[35mwarning:"), "\(terminal.stdout)")
        let noColor = try script.run(["-qec", command, "/dev/null"], in: Repository.root, environment: ["NO_COLOR": "1"])
        #expect(noColor.stdout.contains("warning: VPC flow logs are off"))
        #expect(!noColor.stdout.contains("\u{1B}["))
        let piped = try SharecBinary.run(["validate", "specs/invalid/flow-logs-off.yaml"], in: Repository.root)
        #expect(!piped.stderr.contains("\u{1B}["))
        let never = try script.run(["-qec", "'\(binary)' validate --color never specs/invalid/flow-logs-off.yaml", "/dev/null"], in: Repository.root, unsetting: ["NO_COLOR"])
        #expect(never.stdout.contains("warning: VPC flow logs are off") && !never.stdout.contains("\u{1B}["))
    }

    /// A CI log is no terminal, and wants colour all the same.
    @Test func colourAlwaysColoursAPipeForEveryCommandThatReports() throws {
        for command in [["validate"], ["compile", "-q"], ["graph", "-q"], ["users", "-q"]] {
            let coloured = try SharecBinary.run(command + ["--color", "always", "specs/invalid/flow-logs-off.yaml"], in: Repository.root)
            #expect(coloured.stderr.contains("\u{1B}[35mwarning:"), "\(command): \(coloured.stderr)")
        }
        #expect(try SharecBinary.run(["validate", "--color", "sometimes", "specs/invalid/flow-logs-off.yaml"], in: Repository.root).status == 64)
    }

    @Test func controlCharactersInValuesCannotReachTheTerminal() throws {
        let scratch = try TemporaryFolder()
        let spec = try scratch.write("spec.yaml", "version: 1\nname: \"x\\e[31mred\"\n")
        let result = try SharecBinary.run(["validate", spec.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("x\u{241B}[31mred"))
    }
}
