import ArgumentParser
import Foundation
import SharecCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter spec to edit: the seed's shape, several consumers, several databases, an organization, Aurora or an existing network.",
        discussion: "The starters are carried inside the binary. Each validates; a placeholder external id is flagged until you replace it.")

    @Option(help: "The starter to write (see --list).")
    var template: String = StarterSpecs.defaultName

    @Flag(help: "List the starters and what each is for.")
    var list = false

    @Option(name: .shortAndLong, help: "Write here instead of standard output; a directory receives <template>.yaml. An existing file is kept unless --force.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Flag(name: .shortAndLong, help: "Do not name the file written.")
    var quiet = false

    func validate() throws {
        if !list && StarterSpecs.text(template) == nil {
            throw ValidationError("No starter '\(template)'; choose one of \(StarterSpecs.names.joined(separator: ", ")).")
        }
    }

    func run() throws {
        if list {
            let width = StarterSpecs.names.map(\.count).max() ?? 0
            try Console.output(StarterSpecs.names.map { $0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + StarterSpecs.summary($0) + "\n" }.joined())
            return
        }
        let file = EmittedFile(name: "\(template).yaml", contents: StarterSpecs.text(template) ?? "")
        if !force, let destination = OutputFile.destination(for: file, at: output), FileManager.default.fileExists(atPath: destination.path) {
            Console.error("sharec: error: '\(destination.path)' exists; choose another path or add --force")
            throw Exit.cannotWrite
        }
        try OutputFile.writeOrExit(file, to: output, quiet: quiet)
    }
}
