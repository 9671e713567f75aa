import Foundation
import Testing
import TestSupport

/// Tests/Stubs/aws_warm.py, through which LocalAWS's shim runs the AWS CLI, against the plain CLI: call
/// for call the same standard output, standard error and status, whatever the call does with its
/// arguments, input, environment, working directory and signals.
@Suite struct WarmAWSCLITests {
    static let bash = Tool.find("bash", override: "BASH")
    static let python = Tool.find("python3", override: "PYTHON3")
    static let aws = Tool.find("aws", override: "AWS_CLI")
    static let isOn = ProcessInfo.processInfo.environment["SHAREC_WARM_AWS"] != "0"

    /// A bash command line that runs the CLI as `aws`, and the status the plain CLI ends it with, so
    /// that each call checks what it says.
    struct Call {
        let what: String
        let line: String
        var stdin = ""
        /// Foundation starts programs with the test thread's signals blocked (bash keeps them so); a call
        /// that sends signals needs them unblocked, as a terminal's shell has them.
        var unblocksSignals = false
        let status: Int32
    }

    // A FIFO nobody writes to keeps the CLI reading a parameter until the signal comes; opening it for
    // writing returns once the CLI has opened it.
    static let waitingForInput = "rm -f fifo; mkfifo fifo; aws iam get-role --role-name file://fifo & exec 3>fifo;"

    static let calls = [
        Call(what: "a call that succeeds", line: "aws sts get-caller-identity", status: 0),
        Call(what: "text output from AWS_DEFAULT_OUTPUT, then JSON again",
             line: "AWS_DEFAULT_OUTPUT=text aws sts get-caller-identity && aws sts get-caller-identity", status: 0),
        Call(what: "a value botocore's validation refuses", line: "aws ec2 describe-vpcs --max-results 1", status: 255),
        Call(what: "an unknown operation", line: "aws ec2 frobnicate", status: 2),
        Call(what: "an unknown option", line: "aws sts get-caller-identity --frobnicate", status: 255),
        Call(what: "an error the stub answers", line: "aws iam get-role --role-name nobody", status: 255),
        Call(what: "a parameter read from standard input", line: "aws ec2 describe-vpcs --filters file:///dev/stdin",
             stdin: #"[{"Name": "cidr", "Values": ["10.9.0.0/16"]}]"#, status: 0),
        Call(what: "a file named from the working directory", line: "printf nobody > role && aws iam get-role --role-name file://role", status: 255),
        Call(what: "no region", line: "env -u AWS_DEFAULT_REGION aws ec2 describe-vpcs", status: 255),
        Call(what: "retry and pager settings",
             line: "AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=3 AWS_PAGER=cat aws ec2 describe-vpcs --query 'length(Vpcs)'", status: 0),
        Call(what: "a Python setting read at start-up (the warm server hands the call to the CLI itself)",
             line: "PYTHONIOENCODING=latin-1 aws sts get-caller-identity --query Arn", status: 0),
        Call(what: "closed standard output", line: "aws sts get-caller-identity >&-", status: 255),
        Call(what: "the version, so both are one CLI", line: "aws --version", status: 0),
        Call(what: "a profile of its own (the warm server builds the call a driver of its own)",
             line: "AWS_PROFILE=sharec-nobody aws sts get-caller-identity", status: 255),
        Call(what: "a setting the configuration does not have", line: "aws configure get sharec_nothing", status: 1),
        Call(what: "an interrupt while the CLI reads", line: "set -m; \(waitingForInput) kill -INT $!; wait $!", unblocksSignals: true, status: 130),
        Call(what: "an interrupt the caller ignores", line: "\(waitingForInput) kill -INT $!; exec 3>&-; wait $!", unblocksSignals: true, status: 255),
        Call(what: "a termination while the CLI reads", line: "\(waitingForInput) kill -TERM $!; wait $!", unblocksSignals: true, status: 143),
    ]

    @Test("each call through the warm server answers as the plain AWS CLI does",
          .enabled(if: isOn, "SHAREC_WARM_AWS=0: every call runs the plain CLI"),
          .enabled(if: OracleAvailability.shouldRun(aws != nil && python != nil ? aws : nil), "the AWS CLI or python3 is missing"))
    func answersAsThePlainCLI() throws {
        let endpoint = try LocalAWS("warm AWS CLI", account: "111122223333", region: "us-east-1")
        defer { endpoint.stop() }
        let bash = try #require(Self.bash), python = try #require(Self.python)
        let unblocking = [python.executable.path, "-c",
                          "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])"]
        let shim = try String(contentsOf: endpoint.folder.appendingPathComponent("bin/aws"), encoding: .utf8)
        #expect(shim.contains("aws_warm.py"), "\(shim)")
        // One call after another on one server: a call that leaked state into the server would change the next.
        for call in Self.calls {
            func run(_ path: String) throws -> Tool.Result {
                let command = (call.unblocksSignals ? unblocking : []) + [bash.executable.path, "-c", call.line]
                return try Tool(executable: URL(fileURLWithPath: command[0]))
                    .run(Array(command.dropFirst()), stdin: Data(call.stdin.utf8), in: endpoint.folder,
                         environment: endpoint.environment.merging(["PATH": path, "AWS_DEFAULT_REGION": endpoint.region]) { $1 },
                         unsetting: ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_REGION"], timeout: 120)
            }
            let warm = try run(endpoint.environment["PATH"] ?? "")
            let plain = try run("\(endpoint.folder.path)/plain:\(endpoint.environment["PATH"] ?? "")")
            #expect(!plain.timedOut && !warm.timedOut, "\(call.what)")
            #expect(plain.status == call.status, "\(call.what): the plain CLI exited \(plain.status)\n\(plain.stderr)")
            #expect(warm.status == plain.status, "\(call.what)")
            #expect(warm.stdout == plain.stdout, "\(call.what)")
            #expect(warm.stderr == plain.stderr, "\(call.what)")
        }
    }

    /// Started as LocalAWS starts it, by a bash that then ends it with SIGTERM or exits.
    @Test("the warm server stops on SIGTERM and when its parent goes away, and removes its socket",
          .enabled(if: OracleAvailability.shouldRun(aws != nil && python != nil ? aws : nil), "the AWS CLI or python3 is missing"),
          arguments: ["kill -TERM $! && wait $! && [ ! -e \"$2\" ]", "exit 0"])
    func stops(_ ending: String) throws {
        let scratch = try TemporaryFolder()
        let socket = scratch.url.appendingPathComponent("aws.sock").path
        let start = """
            "$0" "$1" serve "$2" --parent $$ --aws "$3" > "$2.out" 2>&1 &
            for _ in $(seq 600); do grep -q READY "$2.out" && break; sleep 0.1; done
            [ -S "$2" ] || { cat "$2.out"; exit 1; }
            """
        let result = try #require(Self.bash).run(["-c", "\(start)\n\(ending)", try #require(Self.python).executable.path,
                                                  Repository.url("Tests/Stubs/aws_warm.py").path, socket, try #require(Self.aws).executable.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let deadline = Date().addingTimeInterval(15)
        while FileManager.default.fileExists(atPath: socket) && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!FileManager.default.fileExists(atPath: socket), "the server still listens")
    }
}
