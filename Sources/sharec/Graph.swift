import ArgumentParser
import SharecCore

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw what a spec builds: the accounts, the network, the gateway, service network, resource configurations, share and roles.",
        discussion: "mermaid renders in GitHub and many editors; dot renders with Graphviz: sharec graph SPEC --format dot | dot -Tsvg > spec.svg")

    @Argument(help: "The spec file to draw, or - for standard input.")
    var spec: String

    @Option(help: "The diagram language.")
    var format: GraphFormat = .mermaid

    @Option(name: .shortAndLong, help: "Write here instead of standard output; a directory receives <name>.mmd or <name>.dot.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Do not name the files written.")
    var quiet = false

    @OptionGroup var findingsOptions: FindingsOptions

    func run() throws {
        try SpecFiles.produce(spec, to: output, quiet: quiet, color: findingsOptions.color) { source, diagnostics in
            SharecCore.graph(source, format: format, diagnostics: diagnostics).map { [$0] }
        }
    }
}

extension GraphFormat: ExpressibleByArgument {}
