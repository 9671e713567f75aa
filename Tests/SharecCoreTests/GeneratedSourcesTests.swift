import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Files generated from other files must not drift from their sources.
@Suite struct GeneratedSourcesTests {
    @Test func embeddedTemplatesMatchTemplatesFolder() throws {
        let root = Repository.url("templates")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var onDisk: [String: String] = [:]
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(Set(onDisk.keys) == Set(Templates.files.keys),
                "run: python3 scripts/embed-templates.py > Sources/SharecCore/Templates/Templates+Generated.swift")
        for (path, text) in onDisk {
            #expect(Templates.files[path] == text, "templates/\(path) changed; regenerate Templates+Generated.swift")
        }
    }

    static let python = Tool.find("python3", override: "PYTHON3")

    /// A script that prints a generated Swift file, and what has changed when the file is stale.
    struct Generator: Sendable, CustomStringConvertible {
        let script: String
        let output: String
        let cause: String
        var description: String { script }
    }

    static let generators = [
        Generator(script: "scripts/generate-aws-facts.py", output: "Sources/SharecCore/Facts/AWSFacts+Generated.swift",
                  cause: "cfn-lint or botocore changed"),
        Generator(script: "scripts/embed-rule-help.py", output: "Sources/SharecCore/Diagnostics/RuleCatalogue+Generated.swift",
                  cause: "docs/diagnostics.md changed"),
    ]

    @Test(.enabled(if: OracleAvailability.shouldRun(python), "python3 is not installed"), arguments: generators)
    func generatedFileMatchesItsSources(_ generator: Generator) throws {
        let python = try #require(Self.python)
        let result = try python.run([Repository.url(generator.script).path], in: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Repository.read(generator.output)),
                "\(generator.cause): run python3 \(generator.script) > \(generator.output) and review the diff")
    }

    @Test func specReferenceIsGeneratedFromTheLanguage() {
        if let mismatch = Golden.mismatch(SpecReference.markdown(), "docs/spec-reference.md") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    /// Every rule id has a section in docs/diagnostics.md (which the catalogue embeds, see above), and a
    /// spec in specs/invalid unless it cannot be written as a YAML file.
    @Test func everyRuleIsDocumentedAndExemplified() throws {
        let documented = Set(RuleCatalogue.rules.map(\.id))
        let exemplified = Set(InvalidSpecTests.cases)
        // Unit-tested in SpecReaderTests, and (checks-skipped, which comes only with another rule's error) InvalidSpecTests.
        let notAFile: Set = ["spec-too-large", "invalid-encoding", "checks-skipped"]
        #expect(documented == exemplified.union(notAFile), "documented but not exemplified: \(documented.subtracting(exemplified).subtracting(notAFile)); exemplified but not documented: \(exemplified.subtracting(documented))")
    }
}
