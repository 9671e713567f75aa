import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// The generated scripts judged by bash, shellcheck, botocore's service models, and a run of
/// deploy and destroy with the real AWS CLI against a local endpoint (Tests/Stubs/aws_stub.py).
@Suite struct AWSCLIScriptTests {
    static let examples = AWSCLIEmitterTests.examples
    static let bash = Tool.find("bash", override: "BASH")
    static let shellcheck = Tool.find("shellcheck", override: "SHELLCHECK")
    static let python = Tool.find("python3", override: "PYTHON3")
    static let aws = Tool.find("aws", override: "AWS_CLI")

    static func write(_ example: String, into folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("\(example).sh")
        try AWSCLIEmitterTests.script(example).contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Every script the examples give: each owner's and each consumer's.
    enum Script: CustomTestStringConvertible, Sendable {
        case owner(String)
        case consumer(ConsumerSides.Case)

        static let all = examples.map(Script.owner) + ConsumerSides.cases.map(Script.consumer)

        var testDescription: String {
            switch self {
            case let .owner(example): example
            case let .consumer(side): "consumer side of \(side.testDescription)"
            }
        }

        /// The owners whose run goes on to a second cycle after its destroy, as when a deployment is torn down and rebuilt:
        /// what is named anew each time (a final snapshot) must not meet what the first cycle left. A new instance and a new
        /// cluster show it; the other owners take the same paths, and a cycle costs a minute of the suite's time.
        static let rebuiltOwners: Set = ["seed", "aurora-postgresql"]

        func file() throws -> EmittedFile {
            switch self {
            case let .owner(example): try AWSCLIEmitterTests.script(example)
            case let .consumer(side): try ConsumerSides.compiled(side, .cli)
            }
        }
    }

    @Test("bash -n and shellcheck find nothing", .enabled(if: OracleAvailability.shouldRun(shellcheck), "shellcheck is not installed"),
          arguments: Script.all)
    func lintsClean(_ script: Script) throws {
        let file = try script.file()
        let scratch = try TemporaryFolder()
        let url = scratch.url.appendingPathComponent(file.name)
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        let syntax = try #require(Self.bash).run(["-n", url.path])
        #expect(syntax.status == 0, "\(syntax.stderr)")
        let lint = try #require(Self.shellcheck, "shellcheck is required in CI").run(["--norc", url.path])
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    /// Each command's dry run lists its calls; botocore's models judge each operation and its parameters.
    @Test("every AWS CLI operation the script uses exists in botocore", .enabled(if: OracleAvailability.shouldRun(python), "python3 is missing"),
          arguments: Script.all)
    func operationsExist(_ script: Script) throws {
        let file = try script.file()
        let scratch = try TemporaryFolder()
        let script = scratch.url.appendingPathComponent(file.name)
        try file.contents.write(to: script, atomically: true, encoding: .utf8)
        var listing = ""
        for command in ["deploy", "destroy", "outputs"] {
            let result = try #require(Self.bash).run([script.path, command, "--dry-run"], in: scratch.url)
            #expect(result.status == 0, "\(command) --dry-run: \(result.stderr)")
            listing += result.stdout
        }
        let check = try #require(Self.python, "python3 is required in CI")
            .run([Repository.url("Tests/Stubs/check_cli_operations.py").path], stdin: Data(listing.utf8))
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [file.name], "a dry run creates no file")
    }

    /// Nothing happens unless asked for: no command prints the usage, a dry run says what it would do, and a
    /// destroy at a terminal waits for the spec's name. None of these reaches AWS.
    @Test(.enabled(if: OracleAvailability.shouldRun(Tool.find("script", override: "SCRIPT")), "script (util-linux) is missing"))
    func theScriptDoesNothingUnasked() throws {
        let scratch = try TemporaryFolder()
        let script = try Self.write("seed", into: scratch.url)
        let bash = try #require(Self.bash)
        let bare = try bash.run([script.path])
        #expect(bare.status == 64 && bare.stderr.contains("Usage:"), "\(bare.stderr)")
        let dryRun = try bash.run([script.path, "deploy", "--dry-run"])
        #expect(dryRun.status == 0 && dryRun.stderr.contains("would create VPC") && !dryRun.stderr.contains("created "), "\(dryRun.stderr)")
        let terminal = try #require(Tool.find("script", override: "SCRIPT"))
        let refused = try terminal.run(["-qec", "bash \(BashScript.quote(script.path)) destroy", "/dev/null"], stdin: Data("orders\n".utf8))
        #expect(refused.status == 1 && refused.stdout.contains("not confirmed; nothing was destroyed"), "\(refused.stdout)")
    }

    @Test("deploy, deploy again with no change, and destroy run to completion against a local endpoint",
          .enabled(if: OracleAvailability.shouldRun(aws != nil && python != nil ? aws : nil), "the AWS CLI or python3 is missing"),
          // The convergence chains deploy, change and destroy their examples (one from an earlier sharec's deployment).
          .timeLimit(.minutes(20)), arguments: examples.filter { ![ScriptConvergenceTests.example, ScriptConvergenceTests.databaseExample].contains($0) })
    func deployAndDestroy(_ example: String) throws {
        var plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml")))
        let endpoint = try LocalAWS("script of \(example)", account: plan.owner.account.value, region: plan.owner.region.value)
        defer { endpoint.stop() }
        let script = try Self.write(example, into: endpoint.folder)
        if plan.network.existing != nil {
            plan = try Self.withExistingResourcesMadeBeforehand(example, plan: plan, endpoint: endpoint)
            try AWSCLIEmitter().emit(plan, into: DiagnosticSink()).contents.write(to: script, atomically: true, encoding: .utf8)
        }
        // Plan after a deploy finds nothing to do (it runs deploy's reads and comparisons, so a second deploy would change
        // nothing), and a second destroy deletes nothing; a rebuilt owner's second cycle finds nothing of the first in its way.
        var finalSnapshots: [String] = []
        for cycle in 1...(Script.rebuiltOwners.contains(example) ? 2 : 1) {
            var phases: [LocalAWS.Phase] = []
            for command in ["deploy", "plan", "outputs", "destroy", "destroy"] {
                if command == "destroy", !phases.contains(where: { $0.command == "destroy" }) {
                    try refusesWhileProtected(plan, script: script, endpoint: endpoint)
                }
                phases.append(try endpoint.phase(script, command))
            }
            let expectations = CLIExpectations(plan: plan)
            try expectations.checkDeploy(phases[0].requests)
            expectations.checkOutputs(phases[2].output)
            expectations.checkDestroy(phases[3].requests)
            Self.expectNothingToDo(phases[1], "cycle \(cycle)")
            #expect(phases[4].requests.filter { $0.operation.hasPrefix("Delete") }.map(\.operation) == [], "cycle \(cycle): a second destroy deletes nothing")
            finalSnapshots += phases[3].requests.compactMap { $0.params["FinalDBSnapshotIdentifier"] as? String }
        }
        #expect(Set(finalSnapshots).count == finalSnapshots.count, "each destroy names its own final snapshot: \(finalSnapshots)")
        if plan.network.existing != nil {
            let theirs = try endpoint.call(["ec2", "describe-flow-logs", "--filter", "Name=tag:owner,Values=someone-else", "--query", "length(FlowLogs)"])
            #expect(theirs == "1", "the network owner's flow log outlives sharec's deploys and destroys")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: endpoint.folder.path)
        #expect(!files.isEmpty)
        #expect(files.allSatisfy { !$0.hasPrefix("pwned") }, "nothing from the spec ran: \(files)")
    }

    @Test("a consumer's deploy and destroy run to completion against a local endpoint, and a second run changes nothing",
          .enabled(if: OracleAvailability.shouldRun(aws != nil && python != nil ? aws : nil), "the AWS CLI or python3 is missing"),
          .timeLimit(.minutes(20)), arguments: ConsumerSides.cases)
    func consumerDeployAndDestroy(_ side: ConsumerSides.Case) throws {
        let original = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(side.example).yaml")))
        let endpoint = try LocalAWS("script of \(Script.consumer(side).testDescription)", account: side.account, sharer: original.owner.account.value, region: original.owner.region.value)
        defer { endpoint.stop() }
        let call = endpoint.call
        let shared = try Self.sharedBeforehand(side, original: original, endpoint: endpoint)
        let (plan, consumer, vpc, configurations) = (shared.plan, shared.consumer, shared.vpc, shared.configurations)
        let script = endpoint.folder.appendingPathComponent("consumer.sh")
        try AWSCLIEmitter().emit(plan, consumer: consumer, into: DiagnosticSink()).contents.write(to: script, atomically: true, encoding: .utf8)

        var phases = try ["deploy", "plan", "outputs"].map { try endpoint.phase(script, $0) }
        // The owner stops sharing one of several databases: the side compiled from that spec removes its endpoint, and keeps the others.
        var kept = plan
        if plan.databases.count > 1 {
            kept.databases.removeFirst()
            try AWSCLIEmitter().emit(kept, consumer: consumer, into: DiagnosticSink()).contents.write(to: script, atomically: true, encoding: .utf8)
            let pruned = try endpoint.phase(script, "deploy")
            #expect(pruned.requests.filter { $0.operation == "DeleteVpcEndpoints" }.count == 1, "the endpoint to the database no longer shared goes")
            #expect(pruned.requests.filter { $0.operation.hasPrefix("Create") }.isEmpty)
        }
        phases += try ["destroy", "destroy"].map { try endpoint.phase(script, $0) }
        func calls(_ phase: Int, _ operation: String) -> [[String: Any]] {
            phases[phase].requests.filter { $0.operation == operation }.map(\.params)
        }
        let accepted = calls(0, "AcceptResourceShareInvitation").compactMap { $0["resourceShareInvitationArn"] as? String }
        #expect(accepted.count == (consumer.acceptsInvitation ? 1 : 0))
        let invitations = try call(["ram", "get-resource-share-invitations", "--query",
                                    "resourceShareInvitations[?status=='ACCEPTED'].senderAccountId"])
        #expect(invitations.split(whereSeparator: \.isWhitespace).allSatisfy { $0 == original.owner.account.value }, "only the owner's invitation is accepted")
        let endpoints = calls(0, "CreateVpcEndpoint")
        #expect(endpoints.count == plan.databases.count)
        for database in plan.databases {
            let arn = try #require(configurations[database.resourceConfigurationName.value])
            let created = try #require(endpoints.first { $0["ResourceConfigurationArn"] as? String == arn }, "no endpoint to \(arn)")
            #expect(created["VpcEndpointType"] as? String == "Resource")
            #expect(created["VpcId"] as? String == vpc)
            #expect((1...consumer.subnets.count).map { created["SubnetId.\($0)"] as? String } == consumer.subnets.map(\.value))
        }
        let admitted = calls(0, "AuthorizeSecurityGroupIngress").compactMap { $0["IpPermissions.1.IpRanges.1.CidrIp"] as? String }
        #expect(Set(admitted) == Set(consumer.clients.map(\.value.description)))
        #expect(!calls(0, "RevokeSecurityGroupEgress").isEmpty, "the endpoints' group opens no connection of its own")
        Self.expectNothingToDo(phases[1], "the consumer's side")
        let outputs = phases[2].output.split(separator: "\n").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
        #expect(outputs.map(\.first) == ConsumerNames.outputs(plan).map(\.name) + ConsumerNames.signInOutputs(plan, consumer).map(\.name),
                "\(phases[2].output)")
        #expect(outputs.allSatisfy { $0.count == 2 }, "every output has a value:\n\(phases[2].output)")
        #expect(calls(3, "DeleteVpcEndpoints").count == kept.databases.count)
        #expect(calls(3, "DeleteSecurityGroup").count == 1)
        #expect(phases[4].requests.allSatisfy { !$0.operation.hasPrefix("Delete") }, "a second destroy deletes nothing")
    }

    /// A plan that exited 0 (`phase` requires it) says so, having only read.
    static func expectNothingToDo(_ plan: LocalAWS.Phase, _ context: String) {
        #expect(plan.output.hasPrefix("no changes"), "\(context): \(plan.output)")
        let changing = plan.requests.map(\.operation).filter { !["Get", "List", "Describe"].contains(where: $0.hasPrefix) }
        #expect(changing.isEmpty, "\(context): plan made changes: \(changing)")
    }

    /// What a consumer's side finds made when it runs, in the local endpoint of its account.
    struct SharedBeforehand {
        /// The spec's plan, given the consumer's network by its real ids.
        let plan: SharingPlan
        let consumer: ConsumerSide
        let vpc: String
        /// The ARN of each resource configuration the owner shares, by name.
        let configurations: [String: String]
        let share: String
    }

    /// The owner's half as the consumer's account sees it: the shared resource configurations, and the share (whose invitation the
    /// stub sends), each after a look-alike of the same name from another account, which the consumer's side must pass over; and the
    /// consumer's network, made as its owner would.
    static func sharedBeforehand(_ side: ConsumerSides.Case, original: SharingPlan, endpoint: LocalAWS) throws -> SharedBeforehand {
        let stranger = "999999999999"
        var configurations: [String: String] = [:], share = ""
        for owner in [stranger, original.owner.account.value] {
            for database in original.databases {
                let name = database.resourceConfigurationName.value
                configurations[name] = try endpoint.call(["vpc-lattice", "create-resource-configuration", "--name", name, "--type", "SINGLE",
                                                          "--tags", "stub:owner=\(owner)", "--query", "arn"])
            }
            share = try endpoint.call(["ram", "create-resource-share", "--name", original.sharing.resourceShareName, "--tags", "key=stub:owner,value=\(owner)",
                                       "--query", "resourceShare.resourceShareArn"])
        }
        let described = try #require(original.sharing.consumerSides.first { $0.account.value == side.account })
        var spec = try Repository.read("specs/examples/\(side.example).yaml")
        let vpc = try endpoint.makeNetwork(replacing: described.vpcID.value, subnets: described.subnets.map(\.value), octet: 98, in: &spec)
        let plan = try #require(SpecFixtures.plan(spec))
        let consumer = try #require(plan.sharing.consumerSides.first { $0.account.value == side.account })
        return SharedBeforehand(plan: plan, consumer: consumer, vpc: vpc, configurations: configurations, share: share)
    }

    /// An existing network and existing databases are made in the local endpoint first, as someone
    /// else would have made them, and the spec is given their real ids.
    static func withExistingResourcesMadeBeforehand(_ example: String, plan: SharingPlan, endpoint: LocalAWS) throws -> SharingPlan {
        let existing = try #require(plan.network.existing)
        let create = endpoint.call
        var spec = try Repository.read("specs/examples/\(example).yaml")
        let vpc = try endpoint.makeNetwork(replacing: existing.vpcID.value, subnets: (existing.databaseSubnets + existing.gatewaySubnets).map(\.value),
                                           octet: 99, in: &spec)
        // The network's owner logs it already: sharec adds its own flow log beside, and leaves this one be.
        _ = try create(["ec2", "create-flow-logs", "--resource-type", "VPC", "--resource-ids", vpc, "--traffic-type", "ALL",
                        "--log-destination-type", "cloud-watch-logs", "--log-group-name", "the-owners-own",
                        "--deliver-logs-permission-arn", "arn:aws:iam::\(plan.owner.account.value):role/the-owners-own",
                        "--tag-specifications", "ResourceType=vpc-flow-log,Tags=[{Key=owner,Value=someone-else}]", "--query", "FlowLogIds[0]"])
        for database in plan.databases {
            guard let existing = database.existing else { continue }
            let group = try create(["ec2", "create-security-group", "--group-name", "\(existing.rdsIdentifier)-own", "--description", "the database's own group",
                                    "--vpc-id", vpc, "--query", "GroupId"])
            spec = spec.replacingOccurrences(of: existing.securityGroupID.value, with: group)
            let (kind, extra) = database.engine.isAurora ? ("cluster", [String]()) : ("instance", ["--db-instance-class", "db.t3.micro", "--allocated-storage", "20"])
            _ = try create(["rds", "create-db-\(kind)", "--db-\(kind)-identifier", existing.rdsIdentifier, "--engine", database.engine.rawValue,
                            "--master-username", "admin", "--master-user-password", "not-a-real-password", "--vpc-security-group-ids", group,
                            // As its owner must have it for consumers to sign in; the script refuses otherwise.
                            "--enable-iam-database-authentication"] + extra)
        }
        return try #require(SpecFixtures.plan(spec))
    }

    /// With deletion protection on, destroy refuses before deleting anything; once the user turns
    /// it off (as the message says), destroy can run.
    private func refusesWhileProtected(_ plan: SharingPlan, script: URL, endpoint: LocalAWS) throws {
        guard plan.databases.contains(where: { $0.new?.deletionProtection.value == true }) else { return }
        let before = try endpoint.requests().count
        let refused = try endpoint.run(script, "destroy")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has deletion protection on; nothing was deleted"), "\(refused.stderr)")
        #expect(try endpoint.requests().dropFirst(before).allSatisfy { !$0.operation.hasPrefix("Delete") })
        try Self.turnOffDeletionProtection(plan, endpoint: endpoint)
    }

    /// What the owner does before a destroy: turns deletion protection off on each database sharec made with it on.
    static func turnOffDeletionProtection(_ plan: SharingPlan, endpoint: LocalAWS) throws {
        for database in plan.databases where database.new?.deletionProtection.value == true {
            let modify = database.engine.isAurora ? ["modify-db-cluster", "--db-cluster-identifier"] : ["modify-db-instance", "--db-instance-identifier"]
            _ = try endpoint.call(["rds"] + modify + [database.identifier.value, "--no-deletion-protection", "--apply-immediately"])
        }
    }
}

/// What a deploy must have asked AWS for, taken from the plan: the spec's values, byte for byte.
struct CLIExpectations {
    let plan: SharingPlan

    func checkDeploy(_ requests: [LocalAWS.Request]) throws {
        func calls(_ operation: String) -> [[String: Any]] { requests.filter { $0.operation == operation }.map(\.params) }
        if let network = plan.network.new {
            #expect(calls("CreateVpc").map { $0["CidrBlock"] as? String } == [network.vpc.value.description])
            let subnets = network.tiers.flatMap { $0.subnets.map(\.value.description) }
            #expect(Set(calls("CreateSubnet").compactMap { $0["CidrBlock"] as? String }) == Set(subnets))
        } else {
            #expect(calls("CreateVpc").isEmpty && calls("CreateSubnet").isEmpty && calls("CreateRouteTable").isEmpty, "an existing network is used, not built")
            let existing = try #require(plan.network.existing)
            let gateway = try #require(calls("CreateResourceGateway").first)
            #expect(gateway["vpcIdentifier"] as? String == existing.vpcID.value)
            #expect(gateway["subnetIds"] as? [String] == existing.gatewaySubnets.map(\.value))
        }
        for database in plan.databases {
            guard let existing = database.existing else { continue }
            #expect(calls("CreateDBInstance").allSatisfy { ($0["DBInstanceIdentifier"] as? String)?.hasPrefix(existing.rdsIdentifier) != true },
                    "an existing database is used, not created")
            #expect(calls("AuthorizeSecurityGroupIngress").contains { $0["GroupId"] as? String == existing.securityGroupID.value },
                    "the existing database's group lets the gateway in")
        }
        for database in plan.databases {
            if let settings = database.new { try checkCreated(database, settings, calls) }
            let configuration = try #require(calls("CreateResourceConfiguration").first { $0["name"] as? String == database.resourceConfigurationName.value })
            #expect(configuration["portRanges"] as? [String] == [String(database.port)])
        }
        #expect(calls("CreateResourceGateway").map { $0["name"] as? String } == [plan.sharing.resourceGatewayName.value])
        #expect(calls("CreateServiceNetwork").map { $0["name"] as? String } == [plan.sharing.serviceNetworkName.value])
        #expect(calls("CreateFlowLogs").count == (plan.network.flowLogs == nil ? 0 : 1), "sharec's own flow log, whatever else logs the VPC")
        #expect(calls("CreateServiceNetworkVpcAssociation").isEmpty, "the owner's VPC is no client of its service network")
        #expect(calls("CreateAccessLogSubscription").count == plan.databases.count, "each resource configuration logs its own connections")
        let share = try #require(calls("CreateResourceShare").first)
        #expect(share["name"] as? String == plan.sharing.resourceShareName)
        #expect(share["principals"] as? [String] == plan.sharing.consumers.map(\.principal.value))
        #expect(share["allowExternalPrincipals"] as? Bool == plan.sharing.allowExternalPrincipals)
        for consumer in plan.sharing.consumers {
            guard let role = consumer.role else { continue }
            let created = try #require(calls("CreateRole").first { $0["RoleName"] as? String == role.name.value }, "no role \(role.name.value)")
            let trust = try #require(created["AssumeRolePolicyDocument"] as? String)
            let externalID = try #require(role.externalID, "every example's role has an external id")
            #expect(trust.contains("\"sts:ExternalId\":\"\(externalID.value)\""), "\(trust)")
        }
        // The VPC carries the tags, or with an existing network the first security group sharec makes.
        let vpcTags = (calls("CreateVpc").first ?? calls("CreateSecurityGroup").first).map(LocalAWS.ec2Tags) ?? []
        let tags = Dictionary(vpcTags) { first, _ in first }
        for tag in plan.tags { #expect(tags[tag.key] == tag.value, "tag \(tag.key)") }
        #expect(calls("PutDashboard").map { $0["DashboardName"] as? String } == [plan.monitoring.dashboardName.value])
    }

    /// A new database is created as the spec says, encrypted, private, its password kept by RDS.
    private func checkCreated(_ database: Database, _ settings: NewDatabase, _ calls: (String) -> [[String: Any]]) throws {
        let instances = calls("CreateDBInstance").filter { ($0["DBInstanceIdentifier"] as? String)?.hasPrefix(database.identifier.value) == true }
        let instance = try #require(instances.first)
        #expect(instance["DBInstanceClass"] as? String == settings.instanceClass.value)
        #expect(instance["Engine"] as? String == database.engine.rawValue)
        #expect(instance["PubliclyAccessible"] as? String == "false")
        // An Aurora cluster holds the storage and the credentials; its instances join it.
        let holder: [String: Any]
        if database.engine.isAurora {
            holder = try #require(calls("CreateDBCluster").first { $0["DBClusterIdentifier"] as? String == database.identifier.value })
            #expect(holder["Engine"] as? String == database.engine.rawValue)
            #expect(instances.count == settings.instances.value)
            #expect(instances.allSatisfy { $0["DBClusterIdentifier"] as? String == database.identifier.value })
        } else {
            holder = instance
            #expect(instance["DBInstanceIdentifier"] as? String == database.identifier.value)
            #expect(instance["AllocatedStorage"] as? String == String(settings.storageGiB.value))
        }
        #expect(holder["ManageMasterUserPassword"] as? String == "true")
        #expect(holder["StorageEncrypted"] as? String == "true")
        #expect(holder["MasterUserPassword"] == nil)
    }

    /// The script prints each output the CloudFormation template declares, once.
    func checkOutputs(_ output: String) {
        let names = output.split(separator: "\n").map { String($0.prefix { $0 != "=" }) }
        let template = CloudFormationEmitter().emit(plan, into: DiagnosticSink()).contents
        let json = try? JSONSerialization.jsonObject(with: Data(template.utf8)) as? [String: Any]
        let declared = Set((json?["Outputs"] as? [String: Any] ?? [:]).keys)
        #expect(Set(names) == declared && names.count == declared.count, "\(names) against \(declared.sorted())")
        #expect(names.first == "VpcId")
        #expect(output.split(separator: "\n").allSatisfy { !$0.hasSuffix("=") }, "every output has a value:\n\(output)")
    }

    func checkDestroy(_ requests: [LocalAWS.Request]) {
        let operations = Set(requests.map(\.operation))
        let network = ["DeleteVpc", "DeleteSubnet"]
        let createsADatabase = plan.databases.contains { $0.new != nil }
        for operation in (createsADatabase ? ["DeleteDBInstance"] : []) + ["DeleteResourceShare", "DeleteResourceGateway", "DeleteServiceNetwork",
                          "DeleteResourceConfiguration", "DeleteSecurityGroup", "DeleteDashboards"] + (plan.network.new == nil ? [] : network) {
            #expect(operations.contains(operation), "destroy did not call \(operation)")
        }
        if plan.network.existing != nil {
            #expect(operations.isDisjoint(with: network), "an existing network stays as it was found")
        }
        for database in plan.databases {
            guard let existing = database.existing else { continue }
            let deleted = requests.filter { ["DeleteDBInstance", "DeleteDBCluster"].contains($0.operation) }.compactMap {
                ($0.params["DBInstanceIdentifier"] ?? $0.params["DBClusterIdentifier"]) as? String
            }
            #expect(!deleted.contains(existing.rdsIdentifier), "an existing database stays as it was found")
            #expect(!requests.contains { $0.operation == "DeleteSecurityGroup" && $0.params["GroupId"] as? String == existing.securityGroupID.value },
                    "an existing database keeps its security group")
            #expect(requests.contains { $0.operation == "RevokeSecurityGroupIngress" && $0.params["GroupId"] as? String == existing.securityGroupID.value },
                    "destroy takes back the rule it added to the existing group")
        }
    }
}
