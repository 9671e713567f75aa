import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// `sharec schema` as an editor sees it: every example passes, unknown and missing keys fail.
@Suite struct SpecJSONSchemaTests {
    static let python = Tool.find("python3", override: "PYTHON3")

    static func check(_ files: [String]) throws -> [String: Int] {
        let scratch = try TemporaryFolder()
        let schema = try scratch.write("schema.json", SpecJSONSchema.document())
        let result = try #require(python, "python3 is required in CI")
            .run([Repository.url("Tests/Stubs/check_json_schema.py").path, schema.path] + files, in: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        var counts: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") where line.hasSuffix(" errors") {
            let parts = line.dropLast(" errors".count).split(separator: ":")
            counts[String(parts[0])] = Int(parts[1].trimmingCharacters(in: .whitespaces))
        }
        return counts
    }

    @Test(.enabled(if: OracleAvailability.shouldRun(python), "python3 is missing"))
    func examplesPassAndMistakesFail() throws {
        let examples = SpecFixtures.examples.map { "specs/examples/\($0.lastPathComponent)" }
        // Not wrong-type: its `yes` is a boolean to a YAML 1.1 reader such as PyYAML, a string to sharec.
        let mistakes = ["unknown-key", "missing-key", "account-id", "invalid-value", "out-of-range", "list-size", "region", "external-id"]
            .map { "specs/invalid/\($0).yaml" }
        let counts = try Self.check(examples + mistakes)
        for example in examples { #expect(counts[example] == 0, "\(example)") }
        for mistake in mistakes { #expect((counts[mistake] ?? 0) > 0, "\(mistake) passes the schema") }
    }

    /// Every mapping of the language closes its keys, so an editor flags any unknown key anywhere.
    @Test func everyObjectRejectsUnknownKeys() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(SpecJSONSchema.document().utf8))
        var objects = 0
        func walk(_ node: Any) {
            if let dictionary = node as? [String: Any] {
                if dictionary["type"] as? String == "object", dictionary["properties"] != nil {
                    objects += 1
                    #expect(dictionary["additionalProperties"] as? Bool == false)
                }
                dictionary.values.forEach(walk)
            } else if let array = node as? [Any] {
                array.forEach(walk)
            }
        }
        walk(schema)
        #expect(objects >= 15)
    }
}
