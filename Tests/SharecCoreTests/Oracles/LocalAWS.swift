import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Tests/Stubs/aws_stub.py running on a loopback port, and an `aws` shim that sends the real AWS
/// CLI there with `--endpoint-url` (the CLI v1 ignores AWS_ENDPOINT_URL for some services).
///
/// The shim goes through Tests/Stubs/aws_warm.py, which loads the CLI once and forks it for each call:
/// a fresh CLI costs 0.3-0.5 s a call, and a deploy makes hundreds. SHAREC_WARM_AWS=0 makes the shim
/// run the plain CLI instead; `plain/aws` in the folder always does (WarmAWSCLITests compares the two).
final class LocalAWS {
    struct Request {
        let service: String
        let operation: String
        let params: [String: Any]
    }

    let folder: URL
    let region: String
    /// What the runs are of, as the progress lines name it.
    let label: String
    /// The stub's address, for clients given an endpoint rather than the shim (Terraform's AWS provider).
    let url: String
    private let process = Process()
    private let warm: Process?
    private let log: URL
    /// What the calls run with, besides the test process's own environment.
    let environment: [String: String]

    /// `sharer` owns the resource configurations and shares made here, as the owner of a consumer's share does; with
    /// `rdsHoldSeconds`, databases take that long to be created, modified or deleted (the stub's SHAREC_STUB_RDS_HOLD_SECONDS).
    init(_ label: String, account: String, sharer: String? = nil, region: String, rdsHoldSeconds: Int = 0) throws {
        self.label = label
        self.region = region
        folder = try TemporaryFolder(keep: true).url
        log = folder.appendingPathComponent("requests.jsonl")
        try Data().write(to: log)
        let python = try #require(Tool.find("python3", override: "PYTHON3"))
        let aws = try #require(Tool.find("aws", override: "AWS_CLI"))
        process.executableURL = python.executable
        process.arguments = [Repository.url("Tests/Stubs/aws_stub.py").path, "--account", account, "--region", region, "--log", log.path]
            + (sharer.map { ["--sharer", $0] } ?? [])
        process.environment = ProcessInfo.processInfo.environment.merging(["SHAREC_STUB_RDS_HOLD_SECONDS": String(rdsHoldSeconds)]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let bin = folder.appendingPathComponent("bin")
        environment = [
            "PATH": "\(bin.path):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")",
            "AWS_ACCESS_KEY_ID": "sharec-test", "AWS_SECRET_ACCESS_KEY": "sharec-test",
            "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            // Held databases are polled once a second, not in a loop that would take a core for the hold's length.
            "AWS_MAX_ATTEMPTS": "1", "SHAREC_POLL_SECONDS": rdsHoldSeconds > 0 ? "1" : "0", "SHAREC_WAIT_SECONDS": "30",
        ]
        // Started beside the stub, whose start-up takes longer; it stops by itself if this process dies.
        let warmScript = Repository.url("Tests/Stubs/aws_warm.py").path, socket = folder.appendingPathComponent("aws.sock").path
        let warmLog = folder.appendingPathComponent("aws_warm.log"), warmOutput = Pipe()
        warm = ProcessInfo.processInfo.environment["SHAREC_WARM_AWS"] == "0" ? nil : Process()
        if let warm {
            try Data().write(to: warmLog)
            warm.executableURL = python.executable
            warm.arguments = [warmScript, "serve", socket, "--parent", String(getpid()), "--aws", aws.executable.path]
            warm.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            warm.standardInput = FileHandle.nullDevice
            warm.standardOutput = warmOutput
            warm.standardError = try FileHandle(forWritingTo: warmLog)
            try warm.run()
        }
        let stub = Self.firstLine(output.fileHandleForReading)
        let port = try #require(stub.hasPrefix("PORT ") ? Int(stub.dropFirst("PORT ".count)) : nil, "the stub did not start: \(stub)")
        url = "http://127.0.0.1:\(port)"
        let plain = BashScript.quote(aws.executable.path)
        var shims = ["plain": plain, "bin": plain]
        if warm != nil {
            let ready = Self.firstLine(warmOutput.fileHandleForReading)
            let reason = (try? String(contentsOf: warmLog, encoding: .utf8)) ?? ""
            let interpreter = try #require(ready.hasPrefix("READY ") ? String(ready.dropFirst("READY ".count)) : nil,
                                           "the warm AWS CLI did not start (SHAREC_WARM_AWS=0 runs without it): \(ready)\(reason)")
            // -E -S: the client imports nothing but C modules, so neither PYTHONPATH nor site-packages matter to it.
            shims["bin"] = [interpreter, "-E", "-S", warmScript, socket].map(BashScript.quote).joined(separator: " ")
        }
        for (name, command) in shims {
            let shim = folder.appendingPathComponent("\(name)/aws")
            try FileManager.default.createDirectory(at: shim.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.writeExecutable("#!/usr/bin/env bash\nexec \(command) --endpoint-url \(url) \"$@\"\n", to: shim)
        }
    }

    /// Written through a descriptor that no child process inherits: a process another test starts while the file
    /// is open would otherwise hold it open for writing, and running the shim would fail with "Text file busy".
    private static func writeExecutable(_ text: String, to file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// The first line a process printed: a stub's "PORT <n>", the warm server's "READY <python>".
    private static func firstLine(_ handle: FileHandle) -> String {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n") && Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return String(text.prefix { $0 != "\n" })
    }

    func run(_ script: URL, _ command: String, _ options: [String] = []) throws -> Tool.Result {
        let bash = try #require(Tool.find("bash", override: "BASH"))
        // Only the shim decides where requests go; nothing from the caller's AWS set-up may leak in.
        return try bash.run([script.path, command] + options, in: folder, environment: environment,
                            unsetting: ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION"])
    }

    /// The AWS CLI in the stub's region, as a user would call it by hand: the call must succeed; its text output, trimmed.
    func call(_ arguments: [String]) throws -> String {
        let result = try aws(arguments + ["--output", "text", "--region", region])
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A VPC of 10.`octet`.0.0/16 and one /24 subnet per given id, in alternating zones, made as their
    /// owner would have; `spec` gets their real ids in place of the given ones. Returns the VPC's id.
    func makeNetwork(replacing vpcID: String, subnets: [String], octet: Int, in spec: inout String) throws -> String {
        let vpc = try call(["ec2", "create-vpc", "--cidr-block", "10.\(octet).0.0/16", "--query", "Vpc.VpcId"])
        spec = spec.replacingOccurrences(of: vpcID, with: vpc)
        for (index, subnet) in subnets.enumerated() {
            let id = try call(["ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.\(octet).\(index).0/24",
                               "--availability-zone", "\(region)\(index % 2 == 0 ? "a" : "b")", "--query", "Subnet.SubnetId"])
            spec = spec.replacingOccurrences(of: subnet, with: id)
        }
        return vpc
    }

    /// What one command of a script asked AWS for, and printed.
    struct Phase {
        let command: String
        let requests: [Request]
        let output: String
    }

    /// Runs one command of a generated script: the AWS CLI must accept every call, and the command must succeed.
    func phase(_ script: URL, _ command: String, _ options: [String] = []) throws -> Phase {
        let before = try requests().count, start = ContinuousClock.now
        let result = try run(script, command, options)
        progress("\(command): \(try requests().count - before) calls", since: start)
        for complaint in ["Parameter validation failed", "Invalid choice", "Unknown options", "usage: aws"] {
            #expect(!result.stderr.contains(complaint), "\(command): \(result.stderr)")
        }
        try #require(result.status == 0, "\(command) exited \(result.status):\n\(result.stderr.suffix(3000))")
        return Phase(command: command, requests: Array(try requests().dropFirst(before)), output: result.stdout)
    }

    /// What `plan` printed and how it exited: 0 for nothing to do, 2 for changes. It may make no change.
    func plan(_ script: URL, _ options: [String] = []) throws -> (status: Int32, changes: [String]) {
        let before = try requests().count, start = ContinuousClock.now
        let result = try run(script, "plan", options)
        progress("plan: exit \(result.status)", since: start)
        let changing = try requests().dropFirst(before).map(\.operation).filter { !["Get", "List", "Describe"].contains(where: $0.hasPrefix) }
        #expect(changing.isEmpty, "plan made changes: \(changing)")
        try #require([0, 2].contains(result.status), "plan exited \(result.status):\n\(result.stderr.suffix(3000))")
        return (result.status, result.stdout.split(separator: "\n").map(String.init))
    }

    /// A line on standard error as each step ends: these runs take minutes, and the test's own report comes when all of them have.
    func progress(_ step: String, since start: ContinuousClock.Instant) {
        let seconds = (ContinuousClock.now - start).components.seconds
        FileHandle.standardError.write(Data("local AWS · \(label) · \(step) · \(seconds) s\n".utf8))
    }

    /// The AWS CLI itself, through the shim: what a user does by hand between two runs.
    func aws(_ arguments: [String]) throws -> Tool.Result {
        try Tool(executable: folder.appendingPathComponent("bin/aws")).run(arguments, in: folder, environment: environment,
                                                                          unsetting: ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"])
    }

    func requests() throws -> [Request] {
        try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return Request(service: object["service"] as? String ?? "", operation: object["operation"] as? String ?? "",
                           params: object["params"] as? [String: Any] ?? [:])
        }
    }

    /// Key/value pairs of an EC2 request's flattened TagSpecification.1.Tag.N.Key/Value parameters.
    static func ec2Tags(_ params: [String: Any]) -> [(String, String)] {
        (1...60).compactMap { index in
            guard let key = params["TagSpecification.1.Tag.\(index).Key"] as? String,
                  let value = params["TagSpecification.1.Tag.\(index).Value"] as? String else { return nil }
            return (key, value)
        }
    }

    func stop() {
        // The stub keeps nothing worth a clean shutdown, and werkzeug's server may not stop on SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // SIGTERM asks the warm server to end its calls and remove its socket.
        warm?.terminate()
        warm?.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}
