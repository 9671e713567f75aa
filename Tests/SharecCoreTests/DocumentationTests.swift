import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// README.md stays true: its spec validates cleanly and CI runs the test command it gives.
@Suite struct DocumentationTests {
    static func fencedBlocks(_ language: String, in markdown: String) -> [String] {
        markdown.components(separatedBy: "```\(language)\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    @Test func readmeSpecValidatesWithoutFindings() throws {
        let specs = Self.fencedBlocks("yaml", in: try Repository.read("README.md")).filter { $0.hasPrefix("version:") }
        #expect(!specs.isEmpty)
        for spec in specs {
            #expect(SpecFixtures.diagnose(spec, file: "README.md").isEmpty, "\(SpecFixtures.diagnose(spec, file: "README.md"))")
        }
    }

    /// The owner's template names IAM roles, which CloudFormation deploys only with CAPABILITY_NAMED_IAM.
    @Test func readmeDeploysTheTemplateWithNamedIAM() throws {
        let template = try GoldenOutputTests.compiled("seed", .cfn).contents
        #expect(template.contains("\"RoleName\""))
        let readme = try Repository.read("README.md")
        let deploys = readme.split(separator: "\n").filter { $0.contains("aws cloudformation deploy") || $0.contains("aws cloudformation create-stack") }
        #expect(!deploys.isEmpty)
        #expect(deploys.allSatisfy { $0.contains("CAPABILITY_NAMED_IAM") })
    }

    @Test func ciRunsTheReadmeTestCommand() throws {
        let readmeCommands = Self.fencedBlocks("sh", in: try Repository.read("README.md")).joined().split(separator: "\n")
        #expect(readmeCommands.contains("scripts/test.sh"))
        let ci = try Repository.read(".ci/run").split(separator: "\n")
        #expect(ci.contains("scripts/test.sh"))
        #expect(ci.contains("scripts/setup.sh"))
    }
}
