import ArgumentParser
import Foundation
import SharecCore

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile a sharing spec for one back end.",
        discussion: """
            Nothing is written when the spec has errors.

            Examples:
              sharec compile spec.yaml                               the CloudFormation template, on standard output
              sharec compile spec.yaml -o out/                       out/database-sharing.template.json (out/ is made)
              sharec compile spec.yaml --target terraform -o tf/     tf/main.tf.json, then: cd tf && terraform init
              sharec compile spec.yaml --target cli -o deploy.sh     then: bash deploy.sh deploy (or destroy)
              sharec compile spec.yaml --side consumer -o consumers/ one file per consumer account with a network
            """)

    @Argument(help: "The spec file to compile, or - for standard input.")
    var spec: String

    @Option(help: "The back end to emit.")
    var target: Target = .cfn

    @Option(help: "Whose side to emit: the owner's, or the consumers' (each consumer account with a network in the spec).")
    var side: Side = .owner

    @Option(help: "With --side consumer: the one consumer account to emit.")
    var consumer: String?

    @Option(name: .shortAndLong, help: "Write here instead of standard output; a directory receives the target's file name (one per consumer with --side consumer).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Do not name the files written.")
    var quiet = false

    @OptionGroup var findingsOptions: FindingsOptions

    func validate() throws {
        if consumer != nil && side != .consumer { throw ValidationError("--consumer needs --side consumer") }
    }

    func run() throws {
        try SpecFiles.produce(spec, to: output, quiet: quiet, color: findingsOptions.color, several: ", or choose one with --consumer ACCOUNT") { source, diagnostics in
            switch side {
            case .owner: SharecCore.compile(source, target: target, diagnostics: diagnostics).map { [$0] }
            case .consumer: SharecCore.compileConsumers(source, target: target, account: consumer, diagnostics: diagnostics)
            }
        }
    }
}

enum Side: String, CaseIterable, ExpressibleByArgument {
    case owner, consumer
}
