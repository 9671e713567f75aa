import ArgumentParser
import Foundation
import SharecCore

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile a sharing spec for one back end.",
        discussion: "Nothing is written when the spec has errors.")

    @Argument(help: "The spec file to compile, or - for standard input.")
    var spec: String

    @Option(help: "The back end to emit.")
    var target: Target = .cfn

    @Option(name: .shortAndLong, help: "Write here instead of standard output; a directory receives the target's file name.")
    var output: String?

    func run() throws {
        try SpecFiles.produce(spec, to: output) { source, diagnostics in
            SharecCore.compile(source, target: target, diagnostics: diagnostics)
        }
    }
}
