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
