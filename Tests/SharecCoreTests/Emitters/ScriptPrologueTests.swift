import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// The generated script's shared functions (templates/cli/prologue.sh) against an `aws` that answers what each case gives, in order:
/// how waits, lookups and creates take what a real account answers when it fails.
@Suite struct ScriptPrologueTests {
    /// Runs `body` after the prologue, as `deploy`; `answers` are the fake `aws`'s, one per call: text, or `err:Code`.
    static func run(_ body: String, answers: [String]) throws -> (result: Tool.Result, calls: [String]) {
        let bash = try #require(Tool.find("bash", override: "BASH"))
        let scratch = try TemporaryFolder()
        let answerFile = try scratch.write("answers", answers.map { $0 + "\n" }.joined())
        let callFile = try scratch.write("calls", "")
        let prologue = TemplateFile(path: "cli/prologue.sh").text(["name": "orders", "region": "us-east-1", "account": "111122223333", "role": "owner"])
        let fake = """
            aws() {
                local answer
                answer="$(head -n 1 \(BashScript.quote(answerFile.path)))"
                sed -i 1d \(BashScript.quote(answerFile.path))
                printf '%s\\n' "$*" >>\(BashScript.quote(callFile.path))
                case "$answer" in
                    err:*) printf '\\nAn error occurred (%s) when calling the Operation operation: refused\\n' "${answer#err:}" >&2; return 254 ;;
                    *) printf '%s\\n' "$answer" ;;
                esac
            }

            """
        let script = try scratch.write("script.sh", prologue + "\n" + fake + body + "\n")
        let result = try bash.run([script.path, "deploy"], in: scratch.url, environment: ["SHAREC_POLL_SECONDS": "0", "SHAREC_WAIT_SECONDS": "5"])
        let calls = try String(contentsOf: callFile, encoding: .utf8).split(separator: "\n").map(String.init)
        return (result, calls)
    }

    @Test func aWaitStopsOnAStateThatNeverEnds() throws {
        let removal = try Self.run("wait_for 'removal of the gateway' '' vpc-lattice get-resource-gateway --query status",
                                   answers: ["DELETE_IN_PROGRESS", "DELETE_FAILED", "never asked"])
        #expect(removal.result.status == 1)
        #expect(removal.result.stderr.contains("removal of the gateway is DELETE_FAILED, not gone"), "\(removal.result.stderr)")
        #expect(removal.calls.count == 2)
        let endpoint = try Self.run("wait_for 'VPC endpoint' available ec2 describe-vpc-endpoints", answers: ["pendingAcceptance"])
        #expect(endpoint.result.status == 1 && endpoint.result.stderr.contains("is pendingAcceptance"), "\(endpoint.result.stderr)")
        let database = try Self.run("wait_for 'database orders' available rds describe-db-instances", answers: ["creating", "deleting"])
        #expect(database.result.status == 1 && database.result.stderr.contains("is being deleted"), "\(database.result.stderr)")
    }

    @Test func aWaitTakesTheStateInAnyCase() throws {
        let run = try Self.run("wait_for 'VPC endpoint' available ec2 describe-vpc-endpoints && echo ready", answers: ["pending", "Available"])
        #expect(run.result.status == 0 && run.result.stdout == "ready\n", "\(run.result.stderr)")
    }

    /// A group just made may not be listed yet: `known` asks again, where `lookup` would take it for absent.
    @Test func aResourceTheScriptHoldsIsAskedForAgain() throws {
        let run = try Self.run("printf '[%s]' \"$(known ec2 describe-security-groups --group-ids sg-1)\"", answers: ["err:InvalidGroup.NotFound", "sg-1"])
        #expect(run.result.status == 0 && run.result.stdout == "[sg-1]", "\(run.result.stdout)\(run.result.stderr)")
        let absent = try Self.run("printf '[%s]' \"$(lookup ec2 describe-security-groups --group-ids sg-1)\"", answers: ["err:InvalidGroup.NotFound"])
        #expect(absent.result.status == 0 && absent.result.stdout == "[]")
    }

    /// A failed lookup inside a test ends only its subshell: nothing after it reaches AWS, and its error stays the last one said.
    @Test func theFirstFailureIsTheLastWord() throws {
        let run = try Self.run("""
            if [[ -z "$(lookup ec2 describe-vpcs)" ]]; then log "would go on"; fi
            vpc="$(create Vpc ec2 create-vpc)"
            """, answers: ["err:AccessDenied", "vpc-1"])
        #expect(run.result.status == 1)
        #expect(run.calls.count == 1, "\(run.calls)")
        let lines = run.result.stderr.split(separator: "\n")
        #expect(lines.last?.contains("aws ec2 describe-vpcs failed (AccessDenied)") == true, "\(run.result.stderr)")
        #expect(lines.last?.contains("check the credentials") == true)
        #expect(!run.result.stderr.contains("would go on"))
    }

    @Test func aCreateThatAnswersNoIdStops() throws {
        let run = try Self.run("vpc=\"$(create Vpc ec2 create-vpc)\"\nrun ec2 modify-vpc-attribute", answers: ["None", "never asked"])
        #expect(run.result.status == 1 && run.result.stderr.contains("answered no id for Vpc"), "\(run.result.stderr)")
        #expect(run.calls.count == 1)
    }
}
