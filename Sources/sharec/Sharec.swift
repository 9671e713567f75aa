import ArgumentParser
import SharecCore

@main
struct Sharec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sharec",
        abstract: "Compile a cross-account database sharing spec to CloudFormation, Terraform or an AWS CLI script.",
        discussion: """
            Examples:
              sharec init -o spec.yaml                           a starter spec to edit (--list for others)
              sharec validate spec.yaml                          every finding, located
              sharec compile spec.yaml -o out/                   CloudFormation, into out/
              sharec compile spec.yaml --target terraform -o tf/
              sharec compile spec.yaml --target cli -o deploy.sh

            Exit codes: 0 success; 1 the spec has errors; 64 a usage error (unknown option or target); \
            66 a spec file cannot be read (validate still checks the others); 73 the output cannot be written.
            """,
        version: "0.1.0",
        subcommands: [Compile.self, Validate.self, Users.self, Schema.self, Graph.self, Init.self]
    )

    /// A misspelt command gets the one it is closest to, as a misspelt key does; the parser itself would only call it unexpected.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) {
            let hint = Suggestion.closest(to: first, among: commands).map { "; did you mean '\($0)'?" } ?? "."
            Console.error("sharec: error: unknown command '\(first)'\(hint) The commands are \(commands.dropLast().joined(separator: ", ")).")
            Self.exit(withError: Exit.usage)
        }
        main(arguments)
    }
}

extension Target: ExpressibleByArgument {}
