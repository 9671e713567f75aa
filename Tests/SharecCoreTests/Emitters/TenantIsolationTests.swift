import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// What each consumer's role may do, read from the policies every target emits: its own database user on
/// each database and nothing else, unless the spec gives it the master secrets.
@Suite struct TenantIsolationTests {
    /// One role's permissions as a target writes them: its actions and resources, with the target's expressions left in.
    struct Grant: Equatable {
        var actions: Set<String>
        var resources: [String]
    }

    static func grants(_ example: String, _ target: Target) throws -> [String: Grant] {
        let file = try GoldenOutputTests.compiled(example, target)
        return switch target {
        case .cfn: try cloudFormation(file.contents)
        case .terraform: try terraform(file.contents)
        case .cli: try script(file)
        }
    }

    @Test("three tenants each sign in as their own user, and read no secret", arguments: Target.allCases)
    func threeTenantsAreIsolated(_ target: Target) throws {
        let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/several-consumers.yaml")))
        let roles = plan.sharing.roles
        try #require(roles.count == 3)
        let grants = try Self.grants("several-consumers", target)
        #expect(Set(grants.keys) == Set(roles.map(\.name.value)))
        #expect(Set(roles.map(\.databaseUser.value)).count == 3)
        for role in roles {
            let grant = try #require(grants[role.name.value])
            #expect(grant.actions == ["rds-db:connect"], "\(role.name.value): \(grant.actions)")
            #expect(grant.resources.count == plan.databases.count)
            for resource in grant.resources {
                #expect(resource.contains(":rds-db:") && resource.contains(":dbuser:") && resource.hasSuffix("/\(role.databaseUser.value)"),
                        "\(role.name.value) may sign in as something else: \(resource)")
            }
        }
    }

    @Test("only a role given the master secret reads it", arguments: Target.allCases)
    func theMasterSecretOnlyWhereTheSpecSaysSo(_ target: Target) throws {
        let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/several-databases.yaml")))
        let grants = try Self.grants("several-databases", target)
        for role in plan.sharing.roles {
            let grant = try #require(grants[role.name.value])
            let readsSecrets = grant.actions.contains("secretsmanager:GetSecretValue")
            #expect(readsSecrets == role.readsMasterSecret.value, "\(role.name.value)")
            #expect(grant.resources.filter { $0.contains(":dbuser:") }.count == plan.databases.count)
            #expect(grant.resources.count == plan.databases.count * (readsSecrets ? 2 : 1), "\(grant.resources)")
        }
        #expect(plan.sharing.roles.contains { $0.readsMasterSecret.value })
    }

    // MARK: Reading each target's policies

    private static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A statement's Action or Resource: one string, a list of strings, or CloudFormation's `Fn::Sub` of one.
    private static func strings(_ value: Any?) -> [String] {
        switch value {
        case let text as String: [text]
        case let list as [Any]: list.flatMap { strings($0) }
        case let object as [String: Any]:
            // Fn::Sub's text as written, Fn::GetAtt as "Resource.Attribute".
            object["Fn::Sub"].map { strings($0) } ?? [strings(object["Fn::GetAtt"]).joined(separator: ".")]
        default: []
        }
    }

    private static func grant(_ document: [String: Any]) -> Grant {
        let statements = document["Statement"] as? [[String: Any]] ?? []
        return Grant(actions: Set(statements.flatMap { strings($0["Action"]) }), resources: statements.flatMap { strings($0["Resource"]) })
    }

    private static func cloudFormation(_ text: String) throws -> [String: Grant] {
        let resources = try #require(try json(text)["Resources"] as? [String: [String: Any]])
        var grants: [String: Grant] = [:]
        for resource in resources.values where resource["Type"] as? String == "AWS::IAM::Role" {
            let properties = try #require(resource["Properties"] as? [String: Any])
            guard let name = properties["RoleName"] as? String, name != "FlowLogRole",
                  (properties["Description"] as? String)?.hasPrefix("Assumed by account") == true else { continue }
            let policies = properties["Policies"] as? [[String: Any]] ?? []
            grants[name] = policies.map { grant($0["PolicyDocument"] as? [String: Any] ?? [:]) }
                .reduce(Grant(actions: [], resources: [])) { Grant(actions: $0.actions.union($1.actions), resources: $0.resources + $1.resources) }
        }
        return grants
    }

    private static func terraform(_ text: String) throws -> [String: Grant] {
        let resources = try #require(try json(text)["resource"] as? [String: [String: [String: Any]]])
        let roles = resources["aws_iam_role"] ?? [:]
        var grants: [String: Grant] = [:]
        for policy in (resources["aws_iam_role_policy"] ?? [:]).values where policy["name"] as? String == Descriptions.credentialsPolicyName {
            // "${aws_iam_role.<name>.id}"
            let reference = try #require(policy["role"] as? String)
            let address = reference.dropFirst(2).dropLast(1).split(separator: ".").map(String.init)
            let role = try #require(roles[address[1]], "\(address) in \(roles.keys)")
            let name = try #require(role["name"] as? String, "\(role)")
            grants[name] = grant(try json(try #require(policy["policy"] as? String)))
        }
        return grants
    }

    /// The script's own dry run prints each call it would make, the role policies among them.
    private static func script(_ file: EmittedFile) throws -> [String: Grant] {
        let bash = try #require(Tool.find("bash", override: "BASH"))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sharec-isolation-\(UUID().uuidString).sh")
        try file.contents.write(to: scratch, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try bash.run([scratch.path, "deploy", "--dry-run"], timeout: 120)
        try #require(result.status == 0, "\(result.stderr)")
        var grants: [String: Grant] = [:]
        let policyName = "'--policy-name' '\(Descriptions.credentialsPolicyName)'"
        for line in result.stdout.split(separator: "\n") where line.contains("'put-role-policy'") && line.contains(policyName) {
            // bash's ${@@Q} quotes each word in single quotes; role names and policies hold none.
            func word(after option: String) -> String? {
                guard let start = line.range(of: "'\(option)' '") else { return nil }
                return line[start.upperBound...].split(separator: "'", maxSplits: 1).first.map(String.init)
            }
            guard let name = word(after: "--role-name"), let document = word(after: "--policy-document") else { continue }
            grants[name] = grant(try json(document))
        }
        return grants
    }
}
