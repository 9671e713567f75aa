import ArgumentParser
import SharecCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check sharing specs and report every error, without compiling.",
        discussion: "Prints each finding as FILE:LINE:COL: severity: message [rule-id], then a summary.")

    @Argument(help: "The spec files to check, or - for standard input.")
    var specs: [String]

    func validate() throws {
        if specs.isEmpty { throw ValidationError("Name at least one spec file.") }
    }

    func run() throws {
        var files = SpecFiles()
        let diagnostics = DiagnosticSink()
        let sources = specs.compactMap { files.load($0, diagnostics: diagnostics) }
        for finding in SharecCore.validate(sources).joined() {
            diagnostics.report(finding)
        }
        files.print(diagnostics)
        let plural = { (count: Int, noun: String) in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        Console.error("\(plural(specs.count, "file")), \(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning"))")
        // A file that could not be read outranks spec errors: the check did not cover it.
        if !files.unreadable.isEmpty { throw Exit.cannotRead }
        if diagnostics.hasErrors { throw Exit.specErrors }
    }
}
