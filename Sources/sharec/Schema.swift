import ArgumentParser
import Foundation
import SharecCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the spec language as a JSON Schema (draft 2020-12) for editors.",
        discussion: "For yaml-language-server, save it and start a spec with: # yaml-language-server: $schema=PATH")

    func run() throws {
        try Console.output(SpecJSONSchema.document())
    }
}
