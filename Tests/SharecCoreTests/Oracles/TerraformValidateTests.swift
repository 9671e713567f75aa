import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// `terraform validate`, with the real hashicorp/aws provider from a local filesystem mirror,
/// judges the configuration sharec emits for every example.
@Suite(.serialized) struct TerraformValidateTests {
    static let terraform = Tool.find("terraform", override: "TERRAFORM")

    /// The mirror folder (holding registry.terraform.io/), from SHAREC_TERRAFORM_MIRROR or the finder script.
    static let mirror: String? = {
        guard let bash = Tool.find("bash", override: "BASH"),
              let result = try? bash.run([Repository.url("scripts/find-terraform-mirror.sh").path]),
              result.status == 0 else { return nil }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    static var available: Bool { terraform != nil && mirror != nil }

    /// A working folder whose CLI configuration installs hashicorp/* only from the mirror and never from the network.
    struct Workspace {
        let root: URL
        let environment: [String: String]

        init() throws {
            let mirror = try #require(TerraformValidateTests.mirror, "no Terraform provider mirror found (set SHAREC_TERRAFORM_MIRROR)")
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sharec-terraform-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("plugin-cache"), withIntermediateDirectories: true)
            let configuration = """
                provider_installation {
                  filesystem_mirror {
                    path    = "\(mirror)"
                    include = ["registry.terraform.io/hashicorp/*"]
                  }
                  direct {
                    exclude = ["registry.terraform.io/hashicorp/*"]
                  }
                }
                """
            let configurationFile = root.appendingPathComponent("terraformrc")
            try configuration.write(to: configurationFile, atomically: true, encoding: .utf8)
            environment = [
                "TF_CLI_CONFIG_FILE": configurationFile.path,
                "TF_PLUGIN_CACHE_DIR": root.appendingPathComponent("plugin-cache").path,
                "TF_IN_AUTOMATION": "1",
                "CHECKPOINT_DISABLE": "1",
            ]
        }

        func folder(_ name: String, with mainTF: String) throws -> URL {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try mainTF.write(to: folder.appendingPathComponent("main.tf.json"), atomically: true, encoding: .utf8)
            return folder
        }

        /// A folder initialised once, whose installed provider and lock file `folder(_:with:sharing:)` shares.
        func initialised() throws -> URL {
            let folder = try self.folder("init", with: try TerraformEmitterTests.configuration("seed"))
            let result = try run(["init", "-input=false", "-no-color", "-backend=false"], in: folder)
            try #require(result.status == 0, "terraform init failed:\n\(result.stdout)\n\(result.stderr)")
            return folder
        }

        /// A folder that uses the provider already installed in `initialised`, without an init of its own.
        func folder(_ name: String, with mainTF: String, sharing initialised: URL) throws -> URL {
            let folder = try self.folder(name, with: mainTF)
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(".terraform"),
                                                       withDestinationURL: initialised.appendingPathComponent(".terraform"))
            try FileManager.default.copyItem(at: initialised.appendingPathComponent(".terraform.lock.hcl"),
                                             to: folder.appendingPathComponent(".terraform.lock.hcl"))
            return folder
        }

        /// `environment` and `unsetting` come on top of the workspace's own environment.
        func run(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:], unsetting: Set<String> = [],
                 timeout: Double? = nil) throws -> Tool.Result {
            try #require(TerraformValidateTests.terraform).run(arguments, in: folder, environment: environment.merging(extra) { $1 },
                                                               unsetting: unsetting, timeout: timeout)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test(.enabled(if: OracleAvailability.shouldRun(available ? terraform : nil), "terraform or its AWS provider mirror is missing"))
    func everyExampleValidatesWithoutErrorsOrWarnings() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Initialise once; every example's folder then shares the installed provider and lock file.
        let initialised = try workspace.initialised()
        let owners = try TerraformEmitterTests.examples.map { ($0, try TerraformEmitterTests.configuration($0)) }
        let consumers = try ConsumerSides.cases.map { ("\($0.example)-\($0.account)", try ConsumerSides.compiled($0, .terraform).contents) }
        #expect(!consumers.isEmpty)
        for (example, configuration) in owners + consumers {
            let folder = try workspace.folder(example, with: configuration, sharing: initialised)
            let result = try workspace.run(["validate", "-json", "-no-color"], in: folder)
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(report?["valid"] as? Bool == true, "\(example): \(result.stdout)\(result.stderr)")
            #expect(report?["error_count"] as? Int == 0, "\(example): \(result.stdout)")
            #expect(report?["warning_count"] as? Int == 0, "\(example): \(result.stdout)")
        }
    }

    /// The provider floor is a release the suite proves: the mirror's, which validate (and the apply tests) run with.
    @Test(.enabled(if: OracleAvailability.shouldRun(available ? terraform : nil), "terraform or its AWS provider mirror is missing"))
    func providerFloorIsTheReleaseTheSuiteRuns() throws {
        let mirror = try #require(Self.mirror)
        let versions = try FileManager.default.contentsOfDirectory(atPath: "\(mirror)/registry.terraform.io/hashicorp/aws")
        let floor = try #require(TerraformEmitter.providerVersion.split(separator: ",").first?.trimmingCharacters(in: .whitespaces))
        #expect(floor.hasPrefix(">= "), "the constraint names its lowest release")
        #expect(versions.contains(String(floor.dropFirst(3))), "the mirror holds \(versions), not the floor \(floor)")
    }

    /// Terraform renders every string as a template: text from a spec must come out exactly as written.
    /// An apply of outputs alone needs no provider, so Terraform itself shows the rendered values.
    @Test(.enabled(if: OracleAvailability.shouldRun(terraform), "terraform is missing"))
    func literalTextReachesTerraformUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let tagValue = "a${b}%{c}"
        let shareName = try #require(SpecFixtures.plan(try Repository.read("specs/examples/several-consumers.yaml"))).sharing.resourceShareName
        let emitted = try TerraformEmitterTests.json("several-consumers")
        let shares = (emitted["resource"] as? [String: [String: [String: Any]]])?["aws_ram_resource_share"]
        let emittedName = try #require(shares?["resource_share"]?["name"] as? String)
        let outputs: JSONValue = ["output": [
            "share_name": ["value": .string(emittedName)],
            "tags": ["value": TerraformValue.tags([Tag(key: "Note", value: tagValue), Tag(key: "k${x}%{y}", value: "v")]).json],
        ]]
        let folder = try workspace.folder("escaping", with: outputs.rendered)
        for arguments in [["init", "-input=false", "-no-color", "-backend=false"], ["apply", "-auto-approve", "-input=false", "-no-color"]] {
            let result = try workspace.run(arguments, in: folder)
            try #require(result.status == 0, "terraform \(arguments[0]) failed:\n\(result.stdout)\n\(result.stderr)")
        }
        let result = try workspace.run(["output", "-json"], in: folder)
        let values = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        #expect(values["share_name"]?["value"] as? String == shareName)
        #expect(values["tags"]?["value"] as? [String: String] == ["Note": tagValue, "k${x}%{y}": "v"])
    }
}
