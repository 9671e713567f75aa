import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// The script under AWS faults, against the local endpoint: each AWS operation a deploy or a destroy
/// makes that changes something fails once (access denied, throttling, an outage), in turn, and so does
/// the first read of each service in a deploy: every read goes through the prologue's one `aws_answer`,
/// so one per service (and protocol) shows how all of them fail, and the run count does not grow with
/// every new comparison a deploy makes. Each time the script must stop with AWS's error code, change nothing after
/// the fault, and the next run must carry on; in the end a run without faults converges.
@Suite(.serialized) struct FaultInjectionTests {
    /// The smallest spec, with a database that destroy may delete.
    static let spec = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    deletionProtection: false")
    static let codes = ["AccessDenied", "ThrottlingException", "InternalFailure"]
    /// CloudWatch speaks CBOR, whose errors the stub does not shape.
    static let unshaped: Set = ["PutDashboard", "GetDashboard", "DeleteDashboards"]
    static let changing = ["Create", "Delete", "Put", "Authorize", "Revoke", "Modify", "Associate", "Disassociate", "Accept", "Tag",
                           "Untag", "Attach", "Detach", "Allocate", "Release", "Replace", "Update", "Enable", "Disable", "Start", "Stop"]

    @Test(.enabled(if: OracleAvailability.shouldRun(AWSCLIScriptTests.aws != nil && AWSCLIScriptTests.python != nil ? AWSCLIScriptTests.aws : nil),
                   "the AWS CLI or python3 is missing"),
          .timeLimit(.minutes(15)))
    func aFaultAtEveryStepStopsTheScriptAndTheNextRunCarriesOn() throws {
        let plan = try #require(SpecFixtures.plan(Self.spec))
        for command in ["deploy", "destroy"] {
            let endpoint = try LocalAWS("faults in \(command)", account: plan.owner.account.value, region: plan.owner.region.value)
            defer { endpoint.stop() }
            let script = endpoint.folder.appendingPathComponent("faults.sh")
            try AWSCLIEmitter().emit(plan, into: DiagnosticSink()).contents.write(to: script, atomically: true, encoding: .utf8)
            // A clean run lists the operations in the order they come; the endpoint is then set back.
            if command == "destroy" { _ = try endpoint.phase(script, "deploy") }
            let listed = try endpoint.phase(script, command).requests
            var services = Set<String>()
            let operations = listed.reduce(into: [String]()) { chosen, request in
                let name = request.operation, service = request.service
                guard !chosen.contains(name), !Self.unshaped.contains(name) else { return }
                if Self.changing.contains(where: name.hasPrefix) || (command == "deploy" && services.insert(service).inserted) { chosen.append(name) }
            }
            #expect(operations.count > 10, "\(command) makes the calls of a whole deployment: \(operations)")
            try Self.reset(command, script: script, endpoint: endpoint)
            for (index, operation) in operations.enumerated() {
                let code = Self.codes[index % Self.codes.count]
                try endpoint.fault(operation, code: code)
                let before = try endpoint.requests().count, start = ContinuousClock.now
                let result = try endpoint.run(script, command)
                endpoint.progress("\(operation) answers \(code)", since: start)
                let requests = Array(try endpoint.requests().dropFirst(before))
                try endpoint.clearFaults()
                guard let failed = requests.firstIndex(where: { $0.operation == operation }) else { continue }  // not reached on this run
                #expect(result.status != 0, "\(command) went on past \(code) from \(operation)")
                #expect(result.stderr.contains(code), "\(command) does not say what AWS answered to \(operation): \(result.stderr)")
                let after = requests[(failed + 1)...].map(\.operation).filter { name in Self.changing.contains { name.hasPrefix($0) } }
                #expect(after.isEmpty, "after \(code) from \(operation), \(command) still called \(after)")
            }
            // Without faults the work completes, and a second run finds nothing left to do.
            _ = try endpoint.phase(script, command)
            let again = try endpoint.phase(script, command).requests.map(\.operation)
            #expect(again.filter { name in Self.changing.contains(where: name.hasPrefix) }.isEmpty, "\(command) twice: \(again)")
        }
    }

    /// Back to where `command` starts: nothing for a deploy, everything for a destroy.
    private static func reset(_ command: String, script: URL, endpoint: LocalAWS) throws {
        _ = try endpoint.phase(script, "destroy")
        if command == "destroy" { _ = try endpoint.phase(script, "deploy") }
    }
}

extension LocalAWS {
    /// Arms the stub: the next call of `operation` answers `code` (Tests/Stubs/faults.py).
    func fault(_ operation: String, code: String, times: Int = 1) throws {
        try control("fault", ["operation": operation, "code": code, "times": times])
    }

    func clearFaults() throws {
        try control("faults/clear", [:])
    }

    private func control(_ path: String, _ body: [String: Any]) throws {
        let curl = try #require(Tool.find("curl", override: "CURL"), "curl is required to arm the local endpoint's faults")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        let result = try curl.run(["-sS", "-f", "-X", "POST", "-d", json, "\(url)/__sharec/\(path)"])
        try #require(result.status == 0, "arming the fault failed: \(result.stderr)")
    }
}
