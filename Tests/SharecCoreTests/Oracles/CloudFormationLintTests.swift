import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// cfn-lint, CloudFormation's own linter, judges every template sharec emits for specs/examples,
/// the owner's and each consumer's.
@Suite struct CloudFormationLintTests {
    static let cfnLint = Tool.find("cfn-lint", override: "CFN_LINT")

    /// Warnings cfn-lint may raise on sharec's output, each with the reason it is accepted. None today.
    static let explainedWarnings: [String: String] = [:]

    @Test(.enabled(if: OracleAvailability.shouldRun(cfnLint), "cfn-lint is not installed (set CFN_LINT or put it on PATH)"))
    func everyExampleLintsClean() throws {
        let cfnLint = try #require(Self.cfnLint, "cfn-lint is required in CI")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sharec-cfn-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for example in CloudFormationEmitterTests.examples {
            let url = directory.appendingPathComponent("\(example).template.json")
            try CloudFormationEmitterTests.template(example).write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        for side in ConsumerSides.cases {
            let file = try ConsumerSides.compiled(side, .cfn)
            let url = directory.appendingPathComponent(file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        #expect(!paths.isEmpty && !ConsumerSides.cases.isEmpty)
        // One run for all templates: cfn-lint's start-up is most of its cost.
        let result = try cfnLint.run(["--format", "parseable"] + paths)
        let findings = result.stdout.split(separator: "\n").filter { line in
            !Self.explainedWarnings.keys.contains { line.contains(":\($0):") }
        }
        #expect(findings.isEmpty, "cfn-lint found:\n\(findings.joined(separator: "\n"))\n\(result.stderr)")
        #expect(result.status == 0 || findings.isEmpty, "cfn-lint exited \(result.status): \(result.stderr)")
    }

    /// docs/operations.md says what a stack update does to each property sharec sets: that is what the bundled resource
    /// schemas say (create-only: replaced; conditionally create-only: may replace; else in place).
    @Test(.enabled(if: OracleAvailability.shouldRun(Tool.find("python3", override: "PYTHON3")), "python3 is not installed"))
    func updateBehaviourInTheDocsIsTheSchemas() throws {
        let python = try #require(Tool.find("python3", override: "PYTHON3"))
        let section = try #require(try Repository.read("docs/operations.md").components(separatedBy: "### What a CloudFormation stack update does to a database").last)
        let rows = section.split(separator: "\n").prefix { !$0.hasPrefix("#") }.compactMap { line -> [String]? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            return cells.count == 3 && cells[0].hasPrefix("AWS::") ? cells : nil
        }
        #expect(rows.count > 30, "the table has a row per property sharec sets")
        let script = """
            import json, sys
            from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m
            for resource, prop, said in json.load(sys.stdin):
                schema = m.get_resource_schema("us-east-1", resource).schema
                if prop not in schema["properties"]:
                    print(f"{resource} has no property {prop}")
                    continue
                path = f"/properties/{prop}"
                actual = ("replaced" if path in schema.get("createOnlyProperties", [])
                          else "may replace" if path in schema.get("conditionalCreateOnlyProperties", []) else "in place")
                if actual != said:
                    print(f"{resource}.{prop}: the docs say {said}, the schema {actual}")
            """
        let result = try python.run(["-c", script], stdin: try JSONSerialization.data(withJSONObject: rows))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
    }

    /// Every resource whose CloudFormation schema says it takes tags gets the spec's tags.
    @Test(.enabled(if: OracleAvailability.shouldRun(Tool.find("python3", override: "PYTHON3")), "python3 is not installed"))
    func everyTaggableResourceIsTagged() throws {
        let python = try #require(Tool.find("python3", override: "PYTHON3"))
        let script = """
            import json, sys
            from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m
            template = json.load(sys.stdin)
            for name, resource in sorted(template["Resources"].items()):
                schema = m.get_resource_schema("us-east-1", resource["Type"]).schema
                if schema.get("tagging", {}).get("taggable", False) and "Tags" in schema["properties"]:
                    tags = {t["Key"] for t in resource["Properties"].get("Tags", [])}
                    if not {"Project", "ManagedBy"} <= tags:
                        print(f"{name} ({resource['Type']}) lacks the spec's tags")
            """
        let result = try python.run(["-c", script], stdin: Data(try CloudFormationEmitterTests.template("seed").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
    }
}
