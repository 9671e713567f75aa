import ArgumentParser
import SharecCore

@main
struct Sharec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sharec",
        abstract: "Compile a cross-account database sharing spec to CloudFormation, Terraform or an AWS CLI script.",
        discussion: """
            Exit codes: 0 success; 1 the spec has errors; 64 a usage error (unknown option or target); \
            66 a spec file cannot be read (validate still checks the others); 73 the output cannot be written.
            """,
        version: "0.1.0",
        subcommands: [Compile.self, Validate.self, Schema.self, Graph.self, Init.self]
    )
}

extension Target: ExpressibleByArgument {}
