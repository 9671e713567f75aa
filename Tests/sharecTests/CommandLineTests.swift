import Foundation
import Testing
import TestSupport

/// Runs the built `sharec` as a user would: exit codes, the diagnostic format, and where output goes.
@Suite struct CommandLineTests {
    static let seed = Repository.url("specs/examples/seed.yaml").path
    static let fiveMistakes = """
        version: 1
        name: orders
        colour: blue
        owner: { account: "1111", region: us-east-9 }
        databases:
          - name: orders
            engine: postgress
            instanceClass: db.t3.micro
            multiAZ: maybe
        sharing:
          consumers:
            - account: "444455556666"

        """

    @Test func compilesTheSeedToStandardOutput() throws {
        let result = try SharecBinary.run(["compile", Self.seed, "--target", "cfn"])
        #expect(result.status == 0)
        // The seed's db.t3.micro has no Performance Insights, which a note says; nothing else.
        #expect(!result.stderr.contains(": error:") && !result.stderr.contains(": warning:"), "\(result.stderr)")
        let template = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(template?["AWSTemplateFormatVersion"] as? String == "2010-09-09")
    }

    @Test func fiveMistakesGiveFiveLocatedErrorsAndExitOne() throws {
        let scratch = try TemporaryFolder()
        let spec = try scratch.write("bad.yaml", Self.fiveMistakes)
        let result = try SharecBinary.run(["validate", spec.path])
        #expect(result.status == 1)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errorLines.count == 5, "\(result.stderr)")
        let format = /^.+\/bad\.yaml:\d+:\d+: error: .+ \[[a-z0-9-]+\]$/
        #expect(errorLines.allSatisfy { (try? format.wholeMatch(in: String($0))) != nil }, "\(errorLines)")
        #expect(result.stderr.contains("\n    colour: blue\n    ^\n"), "the source line and a caret follow each error")
        #expect(result.stderr.hasSuffix("1 file, 5 errors, 0 warnings\n"))
    }

    @Test func validSpecsExitZero() throws {
        let result = try SharecBinary.run(["validate", Self.seed])
        #expect(result.status == 0)
        // The seed keeps the CDK app's sample external id, and says why next to it.
        #expect(result.stderr.hasSuffix("note: suppressed here: the CDK app's own value, kept so that this example matches it; generate a real one before deploying\n1 file, 0 errors, 0 warnings, 1 suppressed\n"),
                "\(result.stderr)")
    }

    @Test func aMissingFileIsAnInputErrorNotASpecError() throws {
        let result = try SharecBinary.run(["validate", "/nonexistent/spec.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("cannot read '/nonexistent/spec.yaml': no such file"))
    }

    @Test func usageErrorsExit64() throws {
        let unknownTarget = try SharecBinary.run(["compile", Self.seed, "--target", "pulumi"])
        #expect(unknownTarget.status == 64)
        #expect(unknownTarget.stderr.contains("cfn"))
        let noFiles = try SharecBinary.run(["validate"])
        #expect(noFiles.status == 64)
    }

    @Test func readsStandardInput() throws {
        let result = try SharecBinary.run(["validate", "-"], stdin: Data(Self.fiveMistakes.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:3:1: error: unknown key 'colour'"))
    }

    @Test func writesTheFileAtomicallyAndNotAtAllOnErrors() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.url.appendingPathComponent("out.json")
        let good = try SharecBinary.run(["compile", Self.seed, "-o", output.path])
        #expect(good.status == 0)
        let first = try String(contentsOf: output, encoding: .utf8)
        #expect(first.hasPrefix("{"))

        let bad = try scratch.write("bad.yaml", Self.fiveMistakes)
        let failed = try SharecBinary.run(["compile", bad.path, "-o", output.path])
        #expect(failed.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == first, "a failed compile leaves the previous output alone")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aDirectoryReceivesTheTargetsFileName() throws {
        let scratch = try TemporaryFolder()
        let result = try SharecBinary.run(["compile", Self.seed, "-o", scratch.url.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("database-sharing.template.json").path))
    }

    /// `-o DIR/` makes the folder; Terraform's `-o` is always a folder, made when missing; a missing folder otherwise is named.
    /// Each file written is named on standard error, unless --quiet.
    @Test func outputFoldersAreMadeWhereMeant() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.url.appendingPathComponent("new/deeper/")
        let made = try SharecBinary.run(["compile", Self.seed, "-o", folder.path + "/"])
        #expect(made.status == 0, "\(made.stderr)")
        let template = folder.appendingPathComponent("database-sharing.template.json")
        #expect(FileManager.default.fileExists(atPath: template.path))
        #expect(made.stderr.contains("sharec: wrote \(template.path)"), "\(made.stderr)")
        let terraform = scratch.url.appendingPathComponent("seed-tf")
        let quiet = try SharecBinary.run(["compile", Self.seed, "--target", "terraform", "-o", terraform.path, "--quiet"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("wrote"), "\(quiet.stderr)")
        #expect(FileManager.default.fileExists(atPath: terraform.appendingPathComponent("main.tf.json").path))
        let file = try scratch.write("taken", "")
        let onAFile = try SharecBinary.run(["compile", Self.seed, "--target", "terraform", "-o", file.path])
        #expect(onAFile.status == 73 && onAFile.stderr.contains("give -o a folder"), "\(onAFile.stderr)")
        let missing = try SharecBinary.run(["compile", Self.seed, "-o", scratch.url.appendingPathComponent("nowhere/out.json").path])
        #expect(missing.status == 73 && missing.stderr.contains("there is no folder") && missing.stderr.contains("end -o with /"), "\(missing.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).isEmpty)
    }

    @Test func aMisspeltCommandGetsTheNearestOne() throws {
        let result = try SharecBinary.run(["compil", Self.seed])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'compil'; did you mean 'compile'?"), "\(result.stderr)")
    }

    /// Each consumer with a network gets a file; Terraform's goes in a folder of its own, a configuration being a folder.
    @Test func theConsumerSideWritesOneFilePerConsumerIntoADirectory() throws {
        let spec = Repository.url("specs/examples/aurora-and-existing-mysql.yaml").path
        let accounts = ["444455556666", "777788889999", "222233334444"]
        for (target, suffix) in [("cfn", ".template.json"), ("terraform", "/main.tf.json"), ("cli", ".sh")] {
            let scratch = try TemporaryFolder()
            let result = try SharecBinary.run(["compile", spec, "--target", target, "--side", "consumer", "-o", scratch.url.path])
            #expect(result.status == 0, "\(result.stderr)")
            for account in accounts {
                #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("ledger-estate-\(account)\(suffix)").path), "\(target) \(account)")
            }
        }
        let one = try SharecBinary.run(["compile", spec, "--side", "consumer", "--consumer", "777788889999"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("\"Consumer side of ledger-estate for account 777788889999"))
    }

    @Test func theConsumerSideRefusesWhatItCannotGive() throws {
        let spec = Repository.url("specs/examples/aurora-and-existing-mysql.yaml").path
        let several = try SharecBinary.run(["compile", spec, "--side", "consumer"])
        #expect(several.status == 64)
        #expect(several.stderr.contains("this makes 3 files") && several.stderr.contains("--consumer ACCOUNT"), "\(several.stderr)")
        #expect(several.stdout.isEmpty)
        let unknown = try SharecBinary.run(["compile", spec, "--side", "consumer", "--consumer", "999999999999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("account 999999999999 has no network in the spec; these do: 444455556666, 777788889999, 222233334444"), "\(unknown.stderr)")
        let ownerWithConsumer = try SharecBinary.run(["compile", spec, "--consumer", "444455556666"])
        #expect(ownerWithConsumer.status == 64)
        let none = try SharecBinary.run(["compile", Self.seed, "--side", "consumer"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no consumer has a network"), "\(none.stderr)")
    }

    @Test func anUnwritableOutputExits73() throws {
        let result = try SharecBinary.run(["compile", Self.seed, "-o", "/nonexistent/dir/out.json"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot write"))
    }

    /// Closed or broken standard streams end in a documented exit code, never a trap. Bash sets the streams up.
    @Test(arguments: [
        ("compile SEED >&-", Int32(73)),                                 // standard output closed
        ("trap '' PIPE; compile SEED | true; exit ${PIPESTATUS[0]}", 73), // a pipe with no reader, SIGPIPE ignored
        ("compile SEED 2>&- >/dev/null", 0),                             // standard error closed: nothing to say it on
        ("compile - <&-", 66),                                           // standard input closed
    ])
    func closedStreamsExitWithDocumentedCodes(_ line: String, _ status: Int32) throws {
        let binary = try #require(SharecBinary.tool).executable.path
        let command = line.replacingOccurrences(of: "compile", with: "'\(binary)' compile").replacingOccurrences(of: "SEED", with: "'\(Self.seed)'")
        let result = try #require(Tool.find("bash", override: "BASH")).run(["-c", command], timeout: 60)
        #expect(result.status == status, "\(line): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Illegal instruction"), "\(result.stderr)")
    }

    /// The 1 MiB limit holds while reading: from an endless device, a FIFO or standard input alike.
    @Test func endlessInputIsCutAtTheSizeLimit() throws {
        let binary = try #require(SharecBinary.tool).executable.path
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("spec.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let bash = try #require(Tool.find("bash", override: "BASH"))
        for command in ["ulimit -v 1000000; '\(binary)' compile - < /dev/zero",
                        "ulimit -v 1000000; (head -c 50000000 /dev/zero > '\(fifo)' &) ; '\(binary)' validate '\(fifo)'"] {
            let result = try bash.run(["-c", command], timeout: 60)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("[spec-too-large]"), "\(result.stderr)")
        }
    }

    /// Renaming over /dev/null (as root) would replace the device with a regular file.
    @Test func anOutputThatIsNeitherAFileNorADirectoryIsRefused() throws {
        let result = try SharecBinary.run(["compile", Self.seed, "-o", "/dev/null"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("neither a regular file nor a directory"))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
    }

    @Test func theBinaryWorksCopiedAloneToAnotherFolder() throws {
        let scratch = try TemporaryFolder()
        let binary = try #require(SharecBinary.tool).executable
        let copy = scratch.url.appendingPathComponent("sharec")
        try FileManager.default.copyItem(at: binary, to: copy)
        let spec = try scratch.write("seed.yaml", try Repository.read("specs/examples/seed.yaml"))
        let result = try Tool(executable: copy).run(["compile", spec.lastPathComponent], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try SharecBinary.run(["compile", Self.seed])).stdout)
        // init carries its starters and graph its renderers inside the binary too.
        let copied = Tool(executable: copy)
        for starter in StarterSpecsList.all {
            let written = try copied.run(["init", "--template", starter, "-o", "starter-\(starter).yaml"], in: scratch.url)
            #expect(written.status == 0, "\(written.stderr)")
            let checked = try copied.run(["validate", "starter-\(starter).yaml"], in: scratch.url)
            #expect(checked.status == 0, "\(checked.stderr)")
            let drawn = try copied.run(["graph", "starter-\(starter).yaml", "--format", "dot"], in: scratch.url)
            #expect(drawn.status == 0 && drawn.stdout.hasPrefix("digraph"), "\(drawn.stderr)")
        }
    }

    @Test func initWritesAStarterAndKeepsAnExistingFile() throws {
        let scratch = try TemporaryFolder()
        let list = try SharecBinary.run(["init", "--list"])
        #expect(list.status == 0 && list.stdout.contains("seed ") && list.stdout.contains("organization "))
        let first = try SharecBinary.run(["init", "-o", scratch.url.path])
        #expect(first.status == 0)
        let written = scratch.url.appendingPathComponent("seed.yaml")
        #expect(FileManager.default.fileExists(atPath: written.path))
        try "mine\n".write(to: written, atomically: true, encoding: .utf8)
        let again = try SharecBinary.run(["init", "-o", written.path])
        #expect(again.status == 73 && again.stderr.contains("--force"))
        #expect(try String(contentsOf: written, encoding: .utf8) == "mine\n", "an existing file is kept")
        #expect(try SharecBinary.run(["init", "-o", written.path, "--force"]).status == 0)
        #expect(try SharecBinary.run(["init", "--template", "nope"]).status == 64)
    }

    @Test func helpListsTheCommandsAndExitCodes() throws {
        let result = try SharecBinary.run(["--help"])
        #expect(result.status == 0)
        for word in ["compile", "validate", "schema", "graph", "init", "66", "73"] {
            #expect(result.stdout.contains(word), "help mentions \(word)")
        }
        // Compile and validate show examples, as a newcomer reads them first.
        let compileHelp = try SharecBinary.run(["compile", "--help"])
        #expect(compileHelp.stdout.contains("Examples:") && compileHelp.stdout.contains("sharec compile spec.yaml --target terraform -o tf/"))
        #expect(try SharecBinary.run(["validate", "--help"]).stdout.contains("sharec validate --format sarif"))
    }
}

extension CommandLineTests {
    @Test func anUnreadableFileDoesNotHideTheOthersFindings() throws {
        let scratch = try TemporaryFolder()
        let bad = try scratch.write("bad.yaml", Self.fiveMistakes)
        let result = try SharecBinary.run(["validate", bad.path, "/nonexistent/spec.yaml", Self.seed])
        #expect(result.status == 66)
        #expect(result.stderr.contains("bad.yaml:3:1: error: unknown key 'colour'"))
        #expect(result.stderr.contains("cannot read '/nonexistent/spec.yaml'"))
        #expect(result.stderr.hasSuffix("3 files, 5 errors, 0 warnings, 1 suppressed\n"), "the seed suppresses one warning")
    }
}

extension CommandLineTests {
    @Test func schemaPrintsAJSONSchema() throws {
        let result = try SharecBinary.run(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((schema?["required"] as? [String])?.contains("owner") == true)
    }
}

extension CommandLineTests {
    @Test func graphDrawsAValidSpecAndRefusesABrokenOne() throws {
        let mermaid = try SharecBinary.run(["graph", Self.seed])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
        let scratch = try TemporaryFolder()
        let written = try SharecBinary.run(["graph", Self.seed, "--format", "dot", "-o", scratch.url.path])
        #expect(written.status == 0)
        let dot = try String(contentsOf: scratch.url.appendingPathComponent("database-sharing.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("digraph sharec {"))
        let bad = try scratch.write("bad.yaml", Self.fiveMistakes)
        let refused = try SharecBinary.run(["graph", bad.path])
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("error:"))
    }
}

/// The starters the issue asks `sharec init` for, named here because this target does not link the library.
enum StarterSpecsList {
    static let all = ["seed", "several-consumers", "several-databases", "organization", "aurora-postgresql", "existing-network", "existing-database"]
}
