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
        var files = SpecFiles()
        let diagnostics = DiagnosticSink()
        let source = files.load(spec, diagnostics: diagnostics)
        if !files.unreadable.isEmpty { throw Exit.cannotRead }
        let emitted = source.flatMap { SharecCore.compile($0, target: target, diagnostics: diagnostics) }
        files.print(diagnostics)
        guard let emitted else { throw Exit.specErrors }
        do {
            try OutputFile.write(emitted, to: output)
        } catch {
            Console.error("sharec: error: cannot write '\(output ?? "-")': \(error.localizedDescription)")
            throw Exit.cannotWrite
        }
    }
}
