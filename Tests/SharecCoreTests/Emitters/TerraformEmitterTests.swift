import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Parity with the CloudFormation target, and what Terraform users rely on: one provider, no
/// password (goldens: GoldenOutputTests; terraform validate: TerraformValidateTests).
@Suite struct TerraformEmitterTests {
    static let examples = CloudFormationEmitterTests.examples

    static func configuration(_ example: String) throws -> String {
        let file = try GoldenOutputTests.compiled(example, .terraform)
        #expect(file.name == "main.tf.json")
        return file.contents
    }

    static func json(_ example: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(configuration(example).utf8)) as? [String: Any])
    }

    /// Terraform resources as "type.name".
    static func resources(_ example: String) throws -> Set<String> {
        let blocks = try #require(try json(example)["resource"] as? [String: [String: Any]])
        return Set(blocks.flatMap { type, named in named.keys.map { "\(type).\($0)" } })
    }

    @Test("only the hashicorp/aws provider, and no password anywhere", arguments: examples)
    func onlyTheAWSProvider(_ example: String) throws {
        let json = try Self.json(example)
        let terraform = try #require(json["terraform"] as? [String: Any])
        let providers = try #require(terraform["required_providers"] as? [String: [String: String]])
        #expect(providers == ["aws": ["source": "hashicorp/aws", "version": TerraformEmitter.providerVersion]])
        #expect((json["provider"] as? [String: Any])?.keys.sorted() == ["aws"])
        #expect(try Self.resources(example).allSatisfy { $0.hasPrefix("aws_") })
        let text = try Self.configuration(example)
        #expect(!text.contains("\"password\""))
        // RDS keeps the password of every database sharec creates; an existing one's is its owner's business.
        let createsADatabase = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml"))).databases.contains { $0.new != nil }
        #expect(text.contains("\"manage_master_user_password\" : true") == createsADatabase)
    }

    @Test func theSeedHasTheSameOutputsAsCloudFormation() throws {
        let outputs = try #require(try Self.json("seed")["output"] as? [String: Any])
        let cfn = try #require(try JSONSerialization.jsonObject(with: Data(CloudFormationEmitterTests.template("seed").utf8)) as? [String: Any])
        #expect(Set(outputs.keys) == Set(try #require(cfn["Outputs"] as? [String: Any]).keys))
        #expect(outputs.count == 10)
    }

    /// CloudFormation type → Terraform type of the same resource, and the Terraform types that carry
    /// what CloudFormation writes inside that resource (inline policies, share members, inline egress).
    static let counterparts: [String: (type: String, parts: Set<String>)] = [
        "AWS::EC2::VPC": ("aws_vpc", []),
        "AWS::EC2::Subnet": ("aws_subnet", []),
        "AWS::EC2::InternetGateway": ("aws_internet_gateway", []),
        "AWS::EC2::VPCGatewayAttachment": ("aws_internet_gateway_attachment", []),
        "AWS::EC2::EIP": ("aws_eip", []),
        "AWS::EC2::NatGateway": ("aws_nat_gateway", []),
        "AWS::EC2::RouteTable": ("aws_route_table", []),
        "AWS::EC2::Route": ("aws_route", []),
        "AWS::EC2::SubnetRouteTableAssociation": ("aws_route_table_association", []),
        "AWS::EC2::SecurityGroup": ("aws_security_group", ["aws_vpc_security_group_egress_rule"]),
        "AWS::EC2::SecurityGroupIngress": ("aws_vpc_security_group_ingress_rule", []),
        "AWS::EC2::FlowLog": ("aws_flow_log", []),
        "AWS::Logs::LogGroup": ("aws_cloudwatch_log_group", []),
        "AWS::IAM::Role": ("aws_iam_role", ["aws_iam_role_policy", "aws_iam_role_policy_attachment"]),
        "AWS::RDS::DBSubnetGroup": ("aws_db_subnet_group", []),
        "AWS::RDS::DBParameterGroup": ("aws_db_parameter_group", []),
        "AWS::RDS::DBClusterParameterGroup": ("aws_rds_cluster_parameter_group", []),
        "AWS::RDS::DBInstance": ("aws_db_instance", []),
        "AWS::RDS::DBCluster": ("aws_rds_cluster", []),
        "AWS::VpcLattice::ResourceGateway": ("aws_vpclattice_resource_gateway", []),
        "AWS::VpcLattice::ServiceNetwork": ("aws_vpclattice_service_network", []),
        "AWS::VpcLattice::ResourceConfiguration": ("aws_vpclattice_resource_configuration", []),
        "AWS::VpcLattice::ServiceNetworkResourceAssociation": ("aws_vpclattice_service_network_resource_association", []),
        "AWS::VpcLattice::AccessLogSubscription": ("aws_vpclattice_access_log_subscription", []),
        "AWS::RAM::ResourceShare": ("aws_ram_resource_share", ["aws_ram_principal_association", "aws_ram_resource_association"]),
        "AWS::CloudWatch::Dashboard": ("aws_cloudwatch_dashboard", []),
    ]

    @Test("every CloudFormation resource has its Terraform counterpart, and nothing else exists", arguments: examples)
    func parityWithCloudFormation(_ example: String) throws {
        let template = try #require(try JSONSerialization.jsonObject(with: Data(CloudFormationEmitterTests.template(example).utf8)) as? [String: Any])
        let cfn = try #require(template["Resources"] as? [String: [String: Any]]).mapValues { $0["Type"] as? String ?? "" }
        // CloudFormation has no resource for the VPC's default group, which Terraform empties.
        var unexplained = try Self.resources(example).filter { !$0.hasPrefix("aws_default_security_group.") }
        for (logicalID, type) in cfn {
            var counterpart = try #require(Self.counterparts[type], "no Terraform counterpart declared for \(type)")
            // In Terraform, a DB instance in an Aurora cluster is a resource type of its own.
            if type == "AWS::RDS::DBInstance", unexplained.contains("aws_rds_cluster_instance.\(NameStem.snakeCase(logicalID))") {
                counterpart.type = "aws_rds_cluster_instance"
            }
            let address = "\(counterpart.type).\(NameStem.snakeCase(logicalID))"
            #expect(unexplained.remove(address) != nil, "\(logicalID) (\(type)) has no \(address)")
            unexplained = unexplained.filter { part in
                !counterpart.parts.contains { part.hasPrefix("\($0).\(NameStem.snakeCase(logicalID))_") }
            }
        }
        #expect(unexplained.isEmpty, "Terraform resources with no CloudFormation counterpart: \(unexplained.sorted())")
    }
}
