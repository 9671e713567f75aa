import ArgumentParser
import SharecCore

struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the SQL that creates each consumer's database user.",
        discussion: "One file per database, which the owner runs once as the master user: no back end reaches inside a database. Nothing is written when the spec has errors.")

    @Argument(help: "The spec file, or - for standard input.")
    var spec: String

    @Option(help: "Only this database (its name in the spec).")
    var database: String?

    @Option(name: .shortAndLong, help: "Write here instead of standard output; a directory receives one file per database.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Do not name the files written.")
    var quiet = false

    @OptionGroup var findingsOptions: FindingsOptions

    func run() throws {
        try SpecFiles.produce(spec, to: output, quiet: quiet, color: findingsOptions.color, several: ", or choose one with --database NAME") { source, diagnostics in
            SharecCore.databaseUsers(source, database: database, diagnostics: diagnostics)
        }
    }
}
