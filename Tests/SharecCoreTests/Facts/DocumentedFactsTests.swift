import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// The hand-kept table of AWS rules: docs/diagnostics.md cites each row, and no default of sharec's
/// breaks one, in any target.
@Suite struct DocumentedFactsTests {
    @Test func diagnosticsCitesEveryRowWithItsSource() throws {
        let docs = try Repository.read("docs/diagnostics.md")
        #expect(Set(DocumentedFacts.all.map(\.id)).count == DocumentedFacts.all.count, "row ids are unique")
        for fact in DocumentedFacts.all {
            let row = docs.split(separator: "\n").first { $0.hasPrefix("| `\(fact.id)` |") }
            #expect(row?.contains(fact.url) == true, "docs/diagnostics.md has no row for \(fact.id) citing \(fact.url)")
            #expect(row?.contains(fact.says) == true, "docs/diagnostics.md's row for \(fact.id) says something else")
        }
    }

    /// Every engine with every instance class it has in the region, and nothing else written:
    /// each spec validates, and each target's output keeps every row of the table.
    @Test(arguments: Engine.allCases)
    func defaultsKeepEveryRule(_ engine: Engine) throws {
        let classes = try #require(AWSFacts.instanceClasses[engine.rawValue]).accepted(in: "us-east-1").filter { $0 != "db.serverless" }
        #expect(!classes.isEmpty)
        for instanceClass in classes {
            let yaml = SpecFixtures.minimal(replacing: "engine: postgres\n    instanceClass: db.t3.micro",
                                            with: "engine: \(engine.rawValue)\n    instanceClass: \(instanceClass)")
            let diagnostics = SpecFixtures.diagnose(yaml)
            #expect(diagnostics.allSatisfy { $0.severity == .note }, "\(engine.rawValue) on \(instanceClass): \(diagnostics)")
            guard let plan = SpecFixtures.plan(yaml) else { continue }
            try DefaultsCheck(engine: engine, instanceClass: instanceClass, plan: plan).run()
        }
    }
}

/// Reads one plan's outputs against the table.
private struct DefaultsCheck {
    let engine: Engine
    let instanceClass: String
    let plan: SharingPlan

    private var label: Comment { "\(engine.rawValue) on \(instanceClass)" }

    func run() throws {
        let names = try #require(DocumentedFacts.masterUserNames.value[engine.rawValue])
        let performanceInsights = DocumentedFacts.supportsPerformanceInsights(engine, instanceClass)
        try checkTemplate(names: names, performanceInsights: performanceInsights)
        try checkTerraform(names: names, performanceInsights: performanceInsights)
        checkScript(names: names, performanceInsights: performanceInsights)
    }

    private func json(_ target: Target) throws -> [String: Any] {
        let text = target.emitter.emit(plan, into: DiagnosticSink()).contents
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func checkTemplate(names: MasterUserNames, performanceInsights: Bool) throws {
        let resources = try #require(try json(.cfn)["Resources"] as? [String: [String: Any]])
        func of(_ type: String) -> [[String: Any]] {
            resources.values.filter { $0["Type"] as? String == type }.compactMap { $0["Properties"] as? [String: Any] }
        }
        let gatewaySubnets = Set(of("AWS::VpcLattice::ResourceGateway").flatMap { ($0["SubnetIds"] as? [[String: String]] ?? []).compactMap { $0["Ref"] } })
        #expect(!gatewaySubnets.isEmpty)
        for subnet in gatewaySubnets {
            let cidr = try #require((resources[subnet]?["Properties"] as? [String: Any])?["CidrBlock"] as? String)
            #expect(Int(cidr.split(separator: "/").last ?? "")! <= DocumentedFacts.resourceGatewaySubnet.value, "\(label): gateway subnet \(cidr)")
        }
        let users = (of("AWS::RDS::DBInstance") + of("AWS::RDS::DBCluster")).compactMap { $0["MasterUsername"] as? String }
        #expect(users.count == 1, label)
        for user in users { Self.expectAllowed(user, names, label) }
        for instance in of("AWS::RDS::DBInstance") {
            #expect(instance["EnablePerformanceInsights"] as? Bool == performanceInsights, label)
            if let type = instance["StorageType"] as? String, type.hasPrefix("io") { #expect(instance["Iops"] != nil, label) }
        }
        #expect(of("AWS::VpcLattice::ServiceNetworkVpcAssociation").isEmpty, label)
        #expect(of("AWS::VpcLattice::AccessLogSubscription").count == of("AWS::VpcLattice::ResourceConfiguration").count, label)
    }

    private func checkTerraform(names: MasterUserNames, performanceInsights: Bool) throws {
        let resources = try #require(try json(.terraform)["resource"] as? [String: [String: [String: Any]]])
        let users = (resources["aws_db_instance"] ?? [:]).values.compactMap { $0["username"] as? String }
            + (resources["aws_rds_cluster"] ?? [:]).values.compactMap { $0["master_username"] as? String }
        #expect(users.count == 1, label)
        for user in users { Self.expectAllowed(user, names, label) }
        let instances = Array((resources["aws_db_instance"] ?? [:]).values) + Array((resources["aws_rds_cluster_instance"] ?? [:]).values)
        for instance in instances {
            #expect(instance["performance_insights_enabled"] as? Bool == performanceInsights, label)
        }
        for holder in Array((resources["aws_db_instance"] ?? [:]).values) + Array((resources["aws_rds_cluster"] ?? [:]).values) {
            // Unique per create: the name carries the time, kept in state until destroy.
            #expect((holder["final_snapshot_identifier"] as? String)?.contains("timestamp()") == true, label)
        }
        for policy in (resources["aws_iam_role_policy"] ?? [:]).values.compactMap({ $0["policy"] as? String }) where policy.contains("logs:PutLogEvents") {
            #expect(policy.contains("aws_cloudwatch_log_group.flow_log_group.arn}:*"), "\(label): the flow log policy names the log streams")
        }
        #expect(resources["aws_vpclattice_service_network_vpc_association"] == nil, label)
        #expect(resources["aws_vpclattice_access_log_subscription"]?.count == resources["aws_vpclattice_resource_configuration"]?.count, label)
    }

    private func checkScript(names: MasterUserNames, performanceInsights: Bool) {
        let script = Target.cli.emitter.emit(plan, into: DiagnosticSink()).contents
        let user = plan.databases.first?.new?.masterUsername.value ?? ""
        Self.expectAllowed(user, names, label)
        #expect(script.contains("--master-username '\(user)'"), label)
        #expect(script.contains(performanceInsights ? " --enable-performance-insights" : " --no-enable-performance-insights"), label)
        #expect(script.contains(" --enable-performance-insights") == performanceInsights, label)
        #expect(script.contains("-final-'\"$(date -u +%Y%m%d%H%M%S)\""), "\(label): each destroy names its own final snapshot")
        #expect(!script.contains("create-service-network-vpc-association"), label)
    }

    private static func expectAllowed(_ user: String, _ names: MasterUserNames, _ label: Comment) {
        #expect(user.count <= names.maxLength, label)
        #expect(!names.reserved.contains(user.lowercased()), label)
        #expect(!names.reservedPrefixes.contains { user.lowercased().hasPrefix($0) }, label)
    }
}
