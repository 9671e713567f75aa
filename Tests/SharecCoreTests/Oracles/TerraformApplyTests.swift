import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Every side's Terraform, the owner's and each consumer's, applied with the real hashicorp/aws provider
/// against the local endpoint (Tests/Stubs/aws_stub.py): `apply`, a refreshing `plan` that finds nothing
/// to change, `destroy`; and for the rebuilt owners and every consumer side, all of it a second time, as when a configuration is
/// torn down and rebuilt. several-databases is changed between its apply and its destroy as the script's convergence chain changes
/// it (a database's class, Multi-AZ, storage, backups, monitoring, logs and a parameter), and must be modified in place. A consumer's second apply accepts the invitation its owner sends again, which no owner's run shows.
@Suite struct TerraformApplyTests {
    static var available: Bool { TerraformValidateTests.available && AWSCLIScriptTests.aws != nil && AWSCLIScriptTests.python != nil }

    /// What went wrong in one side's run, and how long each step took.
    struct Outcome: Sendable {
        var problems: [String] = []
        var timings: [String] = []
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @Test("every side applies, plans no change and destroys against a local endpoint",
          .enabled(if: OracleAvailability.shouldRun(available ? TerraformValidateTests.terraform : nil),
                   "terraform, its AWS provider mirror, the AWS CLI or python3 is missing"),
          .timeLimit(.minutes(30)))
    func everySideAppliesAndDestroysTwice() async throws {
        let workspace = try TerraformValidateTests.Workspace()
        defer { workspace.remove() }
        let initialised = try workspace.initialised()
        // The provider waits a fixed minute or more on each database it creates or deletes, so the sides run side by side, each on
        // a thread of its own: their waits then hold none of Swift concurrency's threads, which are only as many as the cores.
        let outcomes = await withTaskGroup(of: (String, Outcome).self) { group in
            for side in AWSCLIScriptTests.Script.all {
                group.addTask {
                    let outcome = await withCheckedContinuation { continuation in
                        Thread.detachNewThread { continuation.resume(returning: Self.run(side, workspace: workspace, initialised: initialised)) }
                    }
                    return (side.testDescription, outcome)
                }
            }
            return await group.reduce(into: [String: Outcome]()) { $0[$1.0] = $1.1 }
        }
        #expect(outcomes.count == AWSCLIScriptTests.Script.all.count)
        for (side, outcome) in outcomes.sorted(by: { $0.key < $1.key }) {
            #expect(outcome.problems.isEmpty, "\(side):\n\(outcome.problems.joined(separator: "\n"))")
        }
        Attachment.record(outcomes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.timings.joined(separator: ", "))" }.joined(separator: "\n"),
                          named: "terraform-apply-timings.txt")
    }

    /// One side's run, on its own stub. What goes wrong is kept in the outcome, so that every side reports.
    static func run(_ side: AWSCLIScriptTests.Script, workspace: TerraformValidateTests.Workspace, initialised: URL) -> Outcome {
        var outcome = Outcome()
        do {
            try run(side, workspace: workspace, initialised: initialised, into: &outcome)
        } catch {
            outcome.problems.append("\(error)")
        }
        return outcome
    }

    private static func run(_ side: AWSCLIScriptTests.Script, workspace: TerraformValidateTests.Workspace, initialised: URL,
                            into outcome: inout Outcome) throws {
        let (example, consumer): (String, ConsumerSides.Case?) = switch side {
        case let .owner(example): (example, nil)
        case let .consumer(consumer): (consumer.example, consumer)
        }
        guard let original = SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml")) else { throw Failure(description: "\(example) does not compile") }
        let owner = original.owner.account.value
        let endpoint = try LocalAWS("Terraform of \(side.testDescription)", account: consumer?.account ?? owner, sharer: consumer.map { _ in owner }, region: original.owner.region.value)
        defer { endpoint.stop() }

        // What the side is given, and what its owner does before each destroy and before the second apply.
        let configuration: String
        var mainTF = URL(fileURLWithPath: "/nonexistent")
        var variables: [String: String] = [:]
        var beforeDestroy: () throws -> Void = {}, beforeSecondApply: () throws -> Void = {}
        // Day two: the spec changed after the first apply, as ScriptConvergenceTests changes it for the script.
        var changed: String?
        if let consumer {
            let shared = try AWSCLIScriptTests.sharedBeforehand(consumer, original: original, endpoint: endpoint)
            configuration = TerraformEmitter().emit(shared.plan, consumer: shared.consumer, into: DiagnosticSink()).contents
            for database in shared.plan.databases {
                let arn = shared.configurations[database.resourceConfigurationName.value] ?? ""
                variables[NameStem.snakeCase(ConsumerNames.configurationInput(database, in: shared.plan))] = String(arn.split(separator: "/").last ?? "")
            }
            if shared.consumer.acceptsInvitation {
                variables["resource_share_arn"] = shared.share
                // The first destroy leaves the share; the owner shares with the account again, which invites it again.
                beforeSecondApply = {
                    _ = try endpoint.call(["ram", "associate-resource-share", "--resource-share-arn", shared.share, "--principals", consumer.account])
                }
            }
        } else {
            let plan = original.network.existing != nil
                ? try AWSCLIScriptTests.withExistingResourcesMadeBeforehand(example, plan: original, endpoint: endpoint) : original
            configuration = TerraformEmitter().emit(plan, into: DiagnosticSink()).contents
            if example == "several-databases", let after = SpecFixtures.plan(try ScriptConvergenceTests.changedDatabase(try Repository.read("specs/examples/\(example).yaml"))) {
                changed = TerraformEmitter().emit(after, into: DiagnosticSink()).contents
            }
            // As docs/operations.md tells an owner: deletion protection off, then the configuration without prevent_destroy.
            // Protection goes off through the CLI rather than an apply, which would wait on RDS's modify for nothing this test checks.
            let unprotected = TerraformEmitter().emit(Self.unprotected(plan), into: DiagnosticSink()).contents
            beforeDestroy = {
                try AWSCLIScriptTests.turnOffDeletionProtection(plan, endpoint: endpoint)
                try unprotected.write(to: mainTF, atomically: true, encoding: .utf8)
            }
            beforeSecondApply = { try configuration.write(to: mainTF, atomically: true, encoding: .utf8) }
        }

        let folder = try workspace.folder(consumer.map { "\($0.example)-\($0.account)" } ?? example, with: configuration, sharing: initialised)
        mainTF = folder.appendingPathComponent("main.tf.json")
        try endpointOverride.write(to: folder.appendingPathComponent("zz_local_endpoint_override.tf.json"), atomically: true, encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(configuration.utf8)) as? [String: Any] ?? [:]
        let declared = Set((json["variable"] as? [String: Any] ?? [:]).keys)
        if declared != Set(variables.keys) {
            outcome.problems.append("the configuration asks for \(declared.sorted()), what the owner shares gives \(variables.keys.sorted())")
        }
        let resources = Set((json["resource"] as? [String: [String: Any]] ?? [:]).flatMap { type, named in named.keys.map { "\(type).\($0)" } })
        let given = variables.sorted { $0.key < $1.key }.flatMap { ["-var", "\($0.key)=\($0.value)"] }
        func terraform(_ step: String, _ arguments: [String]) throws -> Tool.Result {
            let start = ContinuousClock.now
            let result = try workspace.run(arguments, in: folder, environment: stubOnly.merging(["AWS_ENDPOINT_URL": endpoint.url]) { $1 },
                                           unsetting: stubOnlyUnset, timeout: 900)
            outcome.timings.append("\(step) \((ContinuousClock.now - start).components.seconds)s")
            endpoint.progress(step, since: start)
            return result
        }
        /// The managed resources in the state (data sources are read again on each run, and are not sharec's).
        func state(_ step: String) throws -> Set<String> {
            let listed = try terraform(step, ["state", "list"])
            return Set(listed.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("data.") })
        }
        for cycle in 1...(consumer != nil || AWSCLIScriptTests.Script.rebuiltOwners.contains(example) ? 2 : 1) {
            if cycle == 2 { try beforeSecondApply() }
            let applied = try terraform("apply \(cycle)", ["apply", "-auto-approve", "-input=false", "-no-color", "-parallelism=20"] + given)
            guard applied.status == 0 else { throw Failure(description: "apply \(cycle) failed:\n\(applied.stderr.suffix(4000))") }
            let created = try state("state after apply \(cycle)")
            if created != resources {
                outcome.problems.append("apply \(cycle) did not make \(resources.subtracting(created).sorted()), and made \(created.subtracting(resources).sorted())")
            }
            let planned = try terraform("plan \(cycle)", ["plan", "-detailed-exitcode", "-refresh=true", "-input=false", "-no-color", "-parallelism=20"] + given)
            if planned.status != 0 {
                outcome.problems.append("plan \(cycle) after apply exited \(planned.status), not 0 (no changes):\n\(planned.stdout.suffix(4000))\(planned.stderr.suffix(2000))")
            }
            if cycle == 1, let changed {
                // The changed database is modified in place (only the new log's group is added), and a plan afterwards finds nothing to do.
                try changed.write(to: mainTF, atomically: true, encoding: .utf8)
                let planned = try terraform("plan of the change", ["plan", "-input=false", "-no-color", "-parallelism=20"] + given)
                if planned.stdout.contains("must be replaced") || !planned.stdout.contains("0 to destroy") {
                    outcome.problems.append("the change replaces or destroys:\n\(planned.stdout.suffix(4000))")
                }
                let reapplied = try terraform("apply of the change", ["apply", "-auto-approve", "-input=false", "-no-color", "-parallelism=20"] + given)
                guard reapplied.status == 0 else { throw Failure(description: "apply of the change failed:\n\(reapplied.stderr.suffix(4000))") }
                let settled = try terraform("plan after the change", ["plan", "-detailed-exitcode", "-refresh=true", "-input=false", "-no-color", "-parallelism=20"] + given)
                if settled.status != 0 {
                    outcome.problems.append("plan after the change exited \(settled.status), not 0:\n\(settled.stdout.suffix(4000))\(settled.stderr.suffix(2000))")
                }
            }
            try beforeDestroy()
            // The plan just refreshed the state; the destroy need not again.
            let destroyed = try terraform("destroy \(cycle)", ["destroy", "-auto-approve", "-refresh=false", "-input=false", "-no-color", "-parallelism=20"] + given)
            guard destroyed.status == 0 else { throw Failure(description: "destroy \(cycle) failed:\n\(destroyed.stderr.suffix(4000))") }
            let left = try state("state after destroy \(cycle)")
            if !left.isEmpty { outcome.problems.append("destroy \(cycle) left \(left.sorted()) in the state") }
        }
    }

    /// The plan with every new database's deletion protection off, which an owner compiles before destroying.
    static func unprotected(_ plan: SharingPlan) -> SharingPlan {
        var plan = plan
        for index in plan.databases.indices {
            guard var settings = plan.databases[index].new else { continue }
            settings.deletionProtection = Located(false, at: settings.deletionProtection.location)
            plan.databases[index].origin = .new(settings)
        }
        return plan
    }

    /// Merged into the configuration's provider block (a file ending in `_override.tf.json` overrides rather than adds): the stub's
    /// keys, and no instance metadata lookup. The provider still checks `allowed_account_ids` against STS, which the stub answers
    /// as the account it plays. The stub's address comes as AWS_ENDPOINT_URL, which sends every service there: an `endpoints`
    /// block would name only some, and the provider spends seconds validating one on each run.
    static let endpointOverride = (["provider": ["aws": ["access_key": "sharec-test", "secret_key": "sharec-test", "skip_metadata_api_check": true]]] as JSONValue).rendered

    /// No one's AWS settings reach the provider: no profile, no keys, and no endpoint of a service but the stub's.
    static let stubOnly = ["AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"]
    static let stubOnlyUnset = Set(["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
        + ProcessInfo.processInfo.environment.keys.filter { $0.hasPrefix("AWS_ENDPOINT_URL_") })
}
