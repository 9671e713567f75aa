import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Day two for the script: one deployment taken through a chain of spec changes against the local endpoint, each
/// step read back from the live state. It starts from a deployment made by the script of an earlier sharec.
@Suite struct ScriptConvergenceTests {
    static let example = "several-consumers"
    /// The example of the database chain, which likewise stands for its plain cycle.
    static let databaseExample = "several-databases"

    /// The example as deployed first: three consumers, external principals off.
    static func before() throws -> String { try Repository.read("specs/examples/\(example).yaml") }

    /// A tenant whose role name someone else's role has already.
    static let stranger = "stranger-reader"

    /// One consumer removed, another's role renamed, external principals allowed, and a tenant added whose role must be adopted.
    static func after() throws -> String {
        let before = try before()
        let spec = before
            .replacingOccurrences(of: "    - account: \"666677778888\"\n      role: { externalId: audit-7f3a9c21e4b05d18 }\n", with: "")
            .replacingOccurrences(of: "name: billing-analytics-reader,", with: "name: billing-analytics-reader-v2,")
            .replacingOccurrences(of: "allowExternalPrincipals: false", with: "allowExternalPrincipals: true")
            .replacingOccurrences(of: "monitoring:\n", with: """
                    - account: "444455556666"
                      role: { name: \(stranger), externalId: new-tenant-4f2a9c81 }
                monitoring:

                """)
        try #require(!spec.contains("666677778888") && spec.contains("reader-v2") && spec.contains("allowExternalPrincipals: true")
                     && spec.contains(stranger), "the example no longer has what the chain changes")
        return spec
    }

    @Test("a spec change converges: removed tenants lose their role and their place in the share, an earlier deployment's roles are adopted",
          .enabled(if: OracleAvailability.shouldRun(AWSCLIScriptTests.aws != nil && AWSCLIScriptTests.python != nil ? AWSCLIScriptTests.aws : nil),
                   "the AWS CLI or python3 is missing"),
          .timeLimit(.minutes(15)))
    func aChainOfChangesConverges() throws {
        let first = try #require(SpecFixtures.plan(try Self.before()))
        let endpoint = try LocalAWS("convergence of \(Self.example)", account: first.owner.account.value, region: first.owner.region.value)
        defer { endpoint.stop() }
        func script(_ spec: String, _ name: String) throws -> URL {
            let url = endpoint.folder.appendingPathComponent("\(name).sh")
            let plan = try #require(SpecFixtures.plan(spec))
            try AWSCLIEmitter().emit(plan, into: DiagnosticSink()).contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let previous = endpoint.folder.appendingPathComponent("previous.sh")
        try Repository.read("Tests/Fixtures/previous-main/\(Self.example).sh").write(to: previous, atomically: true, encoding: .utf8)
        _ = try endpoint.phase(previous, "deploy")

        // The current script takes over what the previous one made: it creates nothing, and tags each role as this spec's.
        let adopted = try endpoint.phase(try script(try Self.before(), "before"), "deploy")
        #expect(adopted.requests.filter { $0.operation.hasPrefix("Create") }.isEmpty, "\(adopted.requests.map(\.operation))")
        try expectRoles(of: first, endpoint)
        try expectShare(of: first, endpoint)
        let settled = try endpoint.plan(try script(try Self.before(), "before"))
        #expect(settled.status == 0, "after a deploy, plan finds nothing to do: \(settled.changes)")

        // A role of the spec's name that no sharec spec made stops the deploy before it changes anything, until --adopt takes it.
        _ = try endpoint.call(["iam", "create-role", "--role-name", Self.stranger, "--assume-role-policy-document",
                               #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#])
        let second = try #require(SpecFixtures.plan(try Self.after()))
        let after = try script(try Self.after(), "after")
        let before = try endpoint.requests().count
        let refused = try endpoint.run(after, "deploy")
        #expect(refused.status == 1 && refused.stderr.contains("role \(Self.stranger) exists and no sharec spec owns it"), "\(refused.stderr)")
        let changes = try endpoint.requests().dropFirst(before).map(\.operation).filter { !["Get", "List", "Describe"].contains(where: $0.hasPrefix) }
        #expect(changes.isEmpty, "a refused deploy changes nothing: \(changes)")
        #expect(try endpoint.call(["iam", "list-role-policies", "--role-name", Self.stranger, "--query", "PolicyNames"]).isEmpty,
                "a refused role is left as it was")

        let planned = try endpoint.plan(after, ["--adopt"])
        #expect(planned.status == 2)
        for change in ["- remove role billing-analytics-reader ", "- remove role billing-share-666677778888-access ", "+ create role billing-analytics-reader-v2",
                       "~ changed resource share", "~ adopted role \(Self.stranger)"] {
            #expect(planned.changes.contains { $0.hasPrefix(change) }, "plan does not say \(change): \(planned.changes)")
        }

        // Then: the removed tenant's role and principal go, the renamed role is replaced, the remaining tenant keeps its role.
        let changed = try endpoint.phase(after, "deploy", ["--adopt"])
        let removedPrincipals = changed.requests.filter { $0.operation == "DisassociateResourceShare" }.flatMap { $0.params["principals"] as? [String] ?? [] }
        #expect(removedPrincipals == ["666677778888"])
        #expect(changed.requests.filter { $0.operation == "DeleteRole" }.compactMap { $0.params["RoleName"] as? String }.sorted()
                == ["billing-analytics-reader", "billing-share-666677778888-access"])
        #expect(changed.requests.filter { $0.operation == "UpdateResourceShare" }.map { $0.params["allowExternalPrincipals"] as? Bool } == [true])
        try expectRoles(of: second, endpoint)
        try expectShare(of: second, endpoint)
        // Plan runs deploy's reads and comparisons: finding nothing, it shows that a second deploy would change nothing.
        let again = try endpoint.plan(after)
        #expect(again.status == 0, "after a deploy, plan finds nothing to do: \(again.changes)")

        let expectations = CLIExpectations(plan: second)
        expectations.checkOutputs(try endpoint.phase(after, "outputs").output)

        // Destroy of the last spec removes every role the spec ever made; a second destroy finds nothing.
        try AWSCLIScriptTests.turnOffDeletionProtection(second, endpoint: endpoint)
        expectations.checkDestroy(try endpoint.phase(after, "destroy").requests)
        let left = try endpoint.call(["iam", "list-roles", "--query", "Roles[].RoleName"])
        #expect(left.isEmpty, "roles left after destroy: \(left)")
        #expect(try endpoint.phase(after, "destroy").requests.allSatisfy { !$0.operation.hasPrefix("Delete") })
    }

    /// A database's settings changed in the spec: the archive of `several-databases` grows, becomes Multi-AZ, keeps backups
    /// longer, is monitored, exports one more log, and one of its parameters changes.
    static func changedDatabase(_ spec: String) throws -> String {
        let changed = spec.replacingOccurrences(of: """
                instanceClass: db.t3.medium
                port: 3307
                logExports: [error, slowquery]
                parameters: { slow_query_log: "1", long_query_time: "2",
            """, with: """
                instanceClass: db.r6g.large
                port: 3307
                storage: { sizeGiB: 100, type: gp3 }
                multiAZ: true
                backupRetentionDays: 35
                monitoringInterval: 30
                logExports: [error, slowquery, general]
                parameters: { slow_query_log: "1", long_query_time: "1",
            """)
        try #require(changed != spec, "several-databases no longer has what the chain changes")
        return changed
    }

    @Test("databases are created side by side, a deployed one is brought to a changed spec in place, a removed one is kept without its sharing layer; plan says so first",
          .enabled(if: OracleAvailability.shouldRun(AWSCLIScriptTests.aws != nil && AWSCLIScriptTests.python != nil ? AWSCLIScriptTests.aws : nil),
                   "the AWS CLI or python3 is missing"),
          .timeLimit(.minutes(15)))
    func databasesConverge() throws {
        // And the archive may no longer be shared onward.
        let spec = try Repository.read("specs/examples/\(Self.databaseExample).yaml")
        let after = try Self.changedDatabase(spec).replacingOccurrences(of: "allowOnwardSharing: true", with: "allowOnwardSharing: false")
        let first = try #require(SpecFixtures.plan(spec)), second = try #require(SpecFixtures.plan(after))
        // Each database takes a few seconds to create or change, as RDS takes minutes: the script must not wait on one before starting the next.
        let endpoint = try LocalAWS("databases of several-databases", account: first.owner.account.value, region: first.owner.region.value, rdsHoldSeconds: 4)
        defer { endpoint.stop() }
        func script(_ plan: SharingPlan, _ name: String) throws -> URL {
            let url = endpoint.folder.appendingPathComponent("\(name).sh")
            try AWSCLIEmitter().emit(plan, into: DiagnosticSink()).contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let (a, b) = (try script(first, "before"), try script(second, "after"))
        let before = try endpoint.requests().count
        let created = try endpoint.run(a, "deploy")
        try #require(created.status == 0, "\(created.stderr.suffix(3000))")
        // This chain stands for several-databases' plain deploy and destroy cycle (AWSCLIScriptTests), and checks what it did.
        let expectations = CLIExpectations(plan: first)
        try expectations.checkDeploy(Array(try endpoint.requests().dropFirst(before)))
        expectations.checkOutputs(try endpoint.phase(a, "outputs").output)
        let lines = created.stderr.split(separator: "\n").map(String.init)
        let started = lines.lastIndex { $0.hasPrefix("creating database ") }, waited = lines.firstIndex { $0.hasPrefix("waiting for database ") }
        #expect(started != nil && waited != nil && started! < waited!, "both databases are created before the script waits on one: \(lines)")
        #expect(try endpoint.plan(a).status == 0)

        let planned = try endpoint.plan(b)
        #expect(planned.status == 2)
        let expected = ["instanceClass db.t3.medium -> db.r6g.large", "multiAZ false -> true", "storage.sizeGiB 20 -> 100", "backupRetentionDays 7 -> 35",
                        "monitoringInterval 0 -> 30", "logExports error,slowquery -> error,general,slowquery"]
        for change in expected {
            #expect(planned.changes.contains("~ changed database ledger-archive: \(change)"), "plan does not say \(change): \(planned.changes)")
        }
        #expect(planned.changes.contains("~ changed parameter group ledger-archive-parameters: parameters"))
        #expect(planned.changes.contains("~ changed resource configuration ledger-archive-mysql: allowOnwardSharing true -> false"), "\(planned.changes)")
        // The monitoring role, the ledger's already, is trusted by the monitored databases only: the archive joins them.
        #expect(planned.changes.contains("~ changed role ledger-share-rds-monitoring: trust policy"))
        #expect(!planned.changes.contains { $0.contains("database ledger:") }, "the ledger is unchanged: \(planned.changes)")
        let changed = try endpoint.phase(b, "deploy")
        #expect(changed.requests.filter { $0.operation.hasPrefix("Create") }.map { $0.operation } == ["CreateLogGroup"], "only the new log's group is made")
        #expect(try endpoint.plan(b).status == 0, "after the deploy, plan finds nothing to do")

        let live = try endpoint.call(["rds", "describe-db-instances", "--db-instance-identifier", "ledger-archive", "--query",
                                      "DBInstances[0].[DBInstanceClass, MultiAZ, AllocatedStorage, BackupRetentionPeriod, MonitoringInterval, "
                                        + "PerformanceInsightsEnabled, join(',', sort(EnabledCloudwatchLogsExports)), DBParameterGroups[0].DBParameterGroupName]"])
        #expect(live.split(whereSeparator: \.isWhitespace) == ["db.r6g.large", "True", "100", "35", "30", "True", "error,general,slowquery", "ledger-archive-parameters"])
        let parameter = try endpoint.call(["rds", "describe-db-parameters", "--db-parameter-group-name", "ledger-archive-parameters", "--source", "user",
                                           "--query", "Parameters[?ParameterName=='long_query_time'].ParameterValue | [0]"])
        #expect(parameter == "1")

        // The archive leaves the spec: its sharing layer goes, the database and its data stay, no longer the spec's.
        let third = try #require(SpecFixtures.plan(try Self.withoutArchive(after)))
        let c = try script(third, "removed")
        let removal = try endpoint.plan(c)
        #expect(removal.status == 2)
        #expect(removal.changes.contains("- remove resource configuration ledger-archive-mysql (no longer in the spec)"), "\(removal.changes)")
        #expect(removal.changes.contains { $0.hasPrefix("~ kept database ledger-archive (no longer in the spec)") }, "\(removal.changes)")
        let removed = try endpoint.phase(c, "deploy")
        #expect(removed.requests.filter { $0.operation.hasPrefix("Delete") }.map(\.operation).sorted()
                == ["DeleteAccessLogSubscription", "DeleteResourceConfiguration", "DeleteServiceNetworkResourceAssociation"])
        #expect(removed.requests.filter { $0.operation.hasPrefix("Revoke") }.count == 2, "the gateway's rule to the archive, and the archive's from it")
        #expect(try endpoint.plan(c).status == 0, "after the deploy, plan finds nothing to do and no longer lists the archive")
        #expect(try endpoint.call(["rds", "describe-db-instances", "--db-instance-identifier", "ledger-archive", "--query",
                                   "DBInstances[0].TagList[?Key=='sharec:resource'] | length(@)"]) == "0", "the kept database is no longer the spec's")
        let configurations = try endpoint.call(["vpc-lattice", "list-resource-configurations", "--query", "items[].name"])
        #expect(configurations.split(whereSeparator: \.isWhitespace) == [Substring(third.databases[0].resourceConfigurationName.value)])

        try AWSCLIScriptTests.turnOffDeletionProtection(third, endpoint: endpoint)
        _ = try endpoint.phase(c, "destroy")
        #expect(try endpoint.call(["rds", "describe-db-instances", "--query", "DBInstances[].DBInstanceIdentifier"]) == "ledger-archive",
                "destroy deletes the spec's database and leaves the one it kept")
        #expect(try endpoint.phase(c, "destroy").requests.allSatisfy { !$0.operation.hasPrefix("Delete") }, "a second destroy deletes nothing")
    }

    /// `spec` without the archive database.
    static func withoutArchive(_ spec: String) throws -> String {
        let start = try #require(spec.range(of: "  - name: ledger-archive\n")), end = try #require(spec.range(of: "sharing:\n"))
        return spec.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    }

    /// The account's roles are the plan's (its consumers' and the flow logs'), each tagged as the spec's and trusting its tenant.
    private func expectRoles(of plan: SharingPlan, _ endpoint: LocalAWS) throws {
        let names = try endpoint.call(["iam", "list-roles", "--query", "Roles[].RoleName"]).split(whereSeparator: \.isWhitespace).map(String.init)
        let expected = plan.sharing.roles.map(\.name.value) + ["\(plan.name)-flow-logs"]
        #expect(Set(names) == Set(expected))
        for role in plan.sharing.roles {
            let name = role.name.value
            let marker = try endpoint.call(["iam", "list-role-tags", "--role-name", name, "--query", "Tags[?Key=='sharec:resource'].Value | [0]"])
            #expect(marker == "\(plan.name)/\(LogicalName.consumerRole(role))")
            let trust = try endpoint.call(["iam", "get-role", "--role-name", name, "--query", "Role.AssumeRolePolicyDocument.Statement[0].Principal.AWS"])
            #expect(trust == "arn:aws:iam::\(role.account.value):root")
            let policies = try endpoint.call(["iam", "list-role-policies", "--role-name", name, "--query", "PolicyNames"])
            #expect(policies == Descriptions.credentialsPolicyName)
        }
    }

    /// The share's principals and resources are the plan's, and it admits external principals as the plan says.
    private func expectShare(of plan: SharingPlan, _ endpoint: LocalAWS) throws {
        let share = try endpoint.call(["ram", "get-resource-shares", "--resource-owner", "SELF", "--resource-share-status", "ACTIVE",
                                       "--query", "resourceShares[0].resourceShareArn"])
        let principals = try endpoint.call(["ram", "get-resource-share-associations", "--association-type", "PRINCIPAL", "--resource-share-arns", share,
                                            "--association-status", "ASSOCIATED", "--query", "resourceShareAssociations[].associatedEntity"])
        #expect(Set(principals.split(whereSeparator: \.isWhitespace).map(String.init)) == Set(plan.sharing.consumers.map(\.principal.value)))
        let external = try endpoint.call(["ram", "get-resource-shares", "--resource-owner", "SELF", "--resource-share-arns", share,
                                          "--query", "resourceShares[0].allowExternalPrincipals"])
        #expect(external == (plan.sharing.allowExternalPrincipals ? "True" : "False"))
        let marker = try endpoint.call(["ram", "get-resource-shares", "--resource-owner", "SELF", "--resource-share-arns", share,
                                        "--query", "resourceShares[0].tags[?key=='sharec:resource'].value | [0]"])
        #expect(marker == "\(plan.name)/\(LogicalName.resourceShare)", "the share an earlier sharec made is adopted")
    }
}
