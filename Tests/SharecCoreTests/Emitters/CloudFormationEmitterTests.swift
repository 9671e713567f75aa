import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// The seed's defects kept out of every template (goldens: GoldenOutputTests; cfn-lint: CloudFormationLintTests).
@Suite struct CloudFormationEmitterTests {
    static let examples = GoldenOutputTests.examples

    static func template(_ example: String) throws -> String {
        try GoldenOutputTests.compiled(example, .cfn).contents
    }

    static func resources(_ example: String) throws -> [String: [String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(try template(example).utf8)) as? [String: Any]
        return try #require(json?["Resources"] as? [String: [String: Any]])
    }

    @Test("no fake protection, no IP field given a hostname, no password", arguments: examples)
    func seedDefectsStayOut(_ example: String) throws {
        let text = try Self.template(example)
        #expect(!text.contains("vpc-lattice:Invoke"))
        #expect(!text.contains("IpResource"))
        #expect(!text.contains("\"MasterUserPassword\""))
        #expect(!text.contains("db.db."))
        let resources = try Self.resources(example)
        for (_, resource) in resources where resource["Type"] as? String == "AWS::RDS::DBInstance" {
            let properties = try #require(resource["Properties"] as? [String: Any])
            #expect(properties["PubliclyAccessible"] as? Bool == false)
            // An Aurora instance's storage and credentials are its cluster's.
            let cluster = (properties["DBClusterIdentifier"] as? [String: Any])?["Ref"] as? String
            let holder = try #require(cluster.map { resources[$0]?["Properties"] as? [String: Any] } ?? properties)
            #expect(holder["StorageEncrypted"] as? Bool == true)
            #expect(holder["ManageMasterUserPassword"] as? Bool == true)
        }
    }

    @Test("database ingress comes only from the gateway's group, on the database port", arguments: examples)
    func leastPrivilegeSecurityGroups(_ example: String) throws {
        let resources = try Self.resources(example)
        let ingress = resources.values.filter { $0["Type"] as? String == "AWS::EC2::SecurityGroupIngress" }
        #expect(!ingress.isEmpty)
        for rule in ingress {
            let properties = try #require(rule["Properties"] as? [String: Any])
            #expect(properties["CidrIp"] == nil)
            let source = try #require(properties["SourceSecurityGroupId"] as? [String: [String]])
            #expect(source["Fn::GetAtt"]?.first == LogicalName.gatewaySecurityGroup)
            #expect(properties["FromPort"] as? Int == properties["ToPort"] as? Int)
        }
        for (_, group) in resources where group["Type"] as? String == "AWS::EC2::SecurityGroup" {
            let properties = try #require(group["Properties"] as? [String: Any])
            // Every group names its egress, which replaces EC2's default allow-all rule.
            let egress = try #require(properties["SecurityGroupEgress"] as? [[String: Any]])
            #expect(egress.allSatisfy { $0["CidrIp"] as? String != "0.0.0.0/0" })
            #expect(properties["SecurityGroupIngress"] == nil)
        }
    }

    /// The CDK app's nine, and the database user its consumer signs in as.
    @Test func theSeedHasItsNineOutputsAndItsConsumersUser() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try Self.template("seed").utf8)) as? [String: Any]
        let outputs = try #require(json?["Outputs"] as? [String: Any])
        #expect(Set(outputs.keys) == ["VpcId", "DatabaseEndpoint", "DatabasePort", "ResourceGatewayId", "ServiceNetworkId",
                                      "ResourceConfigurationId", "CrossAccountRoleArn", "ResourceShareArn", "DatabaseSecretArn", "DatabaseUser"])
    }
}

extension CloudFormationEmitterTests {
    /// Every target builds the trust policy through CredentialsPolicy; without an external id it has no condition.
    @Test func aRoleWithoutExternalIDTrustsTheAccountWithoutCondition() throws {
        let yaml = SpecFixtures.minimal(replacing: "    - account: \"444455556666\"\n",
                                        with: "    - account: \"444455556666\"\n      role: { name: orders-reader }\n")
        let plan = try #require(SpecFixtures.plan(yaml))
        for target in Target.allCases {
            let sink = DiagnosticSink()
            let file = target.emitter.emit(plan, into: sink)
            #expect(sink.diagnostics.isEmpty)
            #expect(file.contents.contains("sts:AssumeRole"), "\(target)")
            #expect(!file.contents.contains("sts:ExternalId"), "\(target)")
        }
    }
}

/// The monitoring role's trust names the databases it serves, until that would outgrow IAM's quota on a trust policy.
@Suite struct MonitoringTrustTests {
    static func spec(databases count: Int, name: (Int) -> String) -> String {
        let databases = (1...count).map { number in
            "  - { name: \(name(number)), engine: aurora-postgresql, instanceClass: db.r6g.large, instances: 2, monitoringInterval: 60, "
                + "resourceConfiguration: { name: config-\(number) } }"
        }.joined(separator: "\n")
        return "version: 1\nname: orders\nowner: { account: \"111122223333\", region: us-east-1 }\ndatabases:\n\(databases)\n"
            + "sharing:\n  consumers:\n    - account: \"444455556666\"\n"
    }

    static func sourceARNs(_ yaml: String) throws -> [String] {
        let plan = try #require(SpecFixtures.plan(yaml), "\(SpecFixtures.diagnose(yaml))")
        let trust = MonitoringRolePolicy.trust(plan)
        #expect(trust.compact.count <= DocumentedFacts.trustPolicyLength.value)
        guard case let .object(document) = trust, case let .array(statements)? = document["Statement"], case let .object(statement) = statements[0],
              case let .object(condition)? = statement["Condition"], case let .object(arnLike)? = condition["ArnLike"] else { return [] }
        switch arnLike["aws:SourceArn"] {
        case let .string(arn): return [arn]
        case let .array(arns): return arns.compactMap { if case let .string(arn) = $0 { arn } else { nil } }
        default: return []
        }
    }

    @Test func aFewDatabasesAreNamedAndManyFallBackToAnyInstance() throws {
        #expect(try Self.sourceARNs(Self.spec(databases: 2) { "ledger-\($0)" })
                == ["arn:aws:rds:us-east-1:111122223333:db:ledger-1-*", "arn:aws:rds:us-east-1:111122223333:db:ledger-2-*"])
        // 20 identifiers of 55 characters: named, the trust would run past 2,048.
        let long = try Self.sourceARNs(Self.spec(databases: 20) { "a-database-with-a-long-identifier-number-" + String(format: "%014d", $0) })
        #expect(long == ["arn:aws:rds:us-east-1:111122223333:db:*"])
    }
}
