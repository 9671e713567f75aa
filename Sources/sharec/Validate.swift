import ArgumentParser
import Foundation
import SharecCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check sharing specs and report every finding, without compiling.",
        discussion: """
            text prints each finding as FILE:LINE:COL: severity: message [rule-id] on standard error; json and \
            sarif print one document on standard output. A summary line always goes to standard error.

            Examples:
              sharec validate specs/*.yaml                        every finding of every spec
              sharec validate --strict --color always spec.yaml   in CI: warnings fail too, in colour
              sharec validate --format sarif spec.yaml > sharec.sarif
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "The spec files to check, or - for standard input.")
    var specs: [String]

    @Option(help: "How to report findings: text (for people; see --color), json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors, so that any warning exits 1.")
    var strict = false

    @Option(name: .customLong("docs-url"), help: ArgumentHelp(
        "Where docs/diagnostics.md is published, for SARIF's links: each rule's is URL#rule-id (default: SHAREC_DOCS_URL, else \(RuleCatalogue.documentationURL)).",
        valueName: "url"))
    var documentation: String = ProcessInfo.processInfo.environment["SHAREC_DOCS_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? RuleCatalogue.documentationURL

    @OptionGroup var findingsOptions: FindingsOptions

    func validate() throws {
        if specs.isEmpty { throw ValidationError("Name at least one spec file.") }
        // Code scanning follows helpUri as it is: a relative or schemeless one would be a dead link.
        guard let url = URL(string: documentation), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil, url.fragment == nil else {
            throw ValidationError("--docs-url '\(documentation)' is not an http or https URL without a #fragment (from --docs-url or SHAREC_DOCS_URL).")
        }
    }

    func run() throws {
        var files = SpecFiles(colored: findingsOptions.color.appliesToStandardError)
        let findings = DiagnosticSink()
        let sources = specs.compactMap { files.load($0, diagnostics: findings) }
        for result in SharecCore.validate(sources) {
            findings.absorb(result)
        }
        if strict { findings.promoteWarnings() }
        switch format {
        case .text:
            files.print(findings, listingSuppressed: true)
        case .json:
            try Console.output(JSONReport.render(findings.sorted, suppressed: findings.sortedSuppressed))
        case .sarif:
            try Console.output(SARIFReport.render(findings.sorted, suppressed: findings.sortedSuppressed,
                                              sources: files.sources, toolVersion: Sharec.configuration.version, documentation: documentation))
        }
        let plural = { (count: Int, noun: String) in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let suppressed = findings.suppressed.isEmpty ? "" : ", \(findings.suppressed.count) suppressed"
        Console.error("\(plural(specs.count, "file")), \(plural(findings.errorCount, "error")), \(plural(findings.warningCount, "warning"))\(suppressed)")
        // A file that could not be read outranks spec errors: the check did not cover it.
        if !files.unreadable.isEmpty { throw Exit.cannotRead }
        if findings.hasErrors { throw Exit.specErrors }
    }
}
