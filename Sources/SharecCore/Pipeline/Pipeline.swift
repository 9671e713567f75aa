import Foundation

/// Spec text → located tree → checked document → validated plan → emitted file.
/// Stages report into `diagnostics` and keep going; the pipeline stops only between stages.
public func compile(_ source: SpecSource, target: Target, diagnostics: DiagnosticSink) -> EmittedFile? {
    guard let plan = validate(source, diagnostics: diagnostics) else { return nil }
    let file = target.emitter.emit(plan, into: diagnostics)
    return diagnostics.hasErrors ? nil : file
}

/// What consumer accounts create, one file each: every account the spec gives a network, or only
/// `account`. Nothing when the spec has errors or describes no such account.
public func compileConsumers(_ source: SpecSource, target: Target, account: String?, diagnostics: DiagnosticSink) -> [EmittedFile]? {
    guard let plan = validate(source, diagnostics: diagnostics) else { return nil }
    let sides = plan.sharing.consumerSides
    let place = plan.sharing.consumers.first?.principal.location
    if sides.isEmpty {
        diagnostics.error(ConsumerNetworksAreTakenOnTrust.id, "no consumer has a network, so there is no consumer side to emit; give an account consumer (or a member of an organizational unit) a network",
                          at: place)
        return nil
    }
    let chosen = sides.filter { account == nil || $0.account.value == account }
    if chosen.isEmpty, let account {
        diagnostics.error(ConsumerNetworksAreTakenOnTrust.id, "account \(account) has no network in the spec; these do: \(sides.map(\.account.value).joined(separator: ", "))",
                          at: place)
        return nil
    }
    let files = chosen.map { target.emitter.emit(plan, consumer: $0, into: diagnostics) }
    return diagnostics.hasErrors ? nil : files
}

/// The SQL that creates the consumers' database users, one file per database (or only `database`'s). Nothing when the
/// spec has errors or gives no consumer a role.
public func databaseUsers(_ source: SpecSource, database name: String?, diagnostics: DiagnosticSink) -> [EmittedFile]? {
    guard let plan = validate(source, diagnostics: diagnostics) else { return nil }
    let place = plan.sharing.consumers.first?.principal.location
    guard !plan.sharing.roles.isEmpty else {
        diagnostics.error(TenantsStayIsolated.id, "no consumer has a role, so no consumer signs in to a database; give an account consumer a role", at: place)
        return nil
    }
    let chosen = plan.databases.filter { name == nil || $0.identifier.value == name }
    if chosen.isEmpty, let name {
        diagnostics.error(TenantsStayIsolated.id, "the spec has no database \(name); it has \(plan.databases.map(\.identifier.value).joined(separator: ", "))",
                          at: plan.databases.first?.identifier.location)
        return nil
    }
    return chosen.map { DatabaseUsersSQL.file(plan, $0) }
}

/// A diagram of what the spec builds, for `sharec graph`; nothing when the spec has errors.
public func graph(_ source: SpecSource, format: GraphFormat, diagnostics: DiagnosticSink) -> EmittedFile? {
    guard let plan = validate(source, diagnostics: diagnostics) else { return nil }
    let fileExtension = switch format {
    case .mermaid: "mmd"
    case .dot: "dot"
    }
    return EmittedFile(name: "\(plan.name).\(fileExtension)", contents: format.render(ArchitectureGraph(plan)))
}

/// The note that the second round of checks did not run, or not on every part.
let skippedChecksID = "checks-skipped"

/// The front half of `compile`; `sharec validate` calls only this.
public func validate(_ source: SpecSource, diagnostics: DiagnosticSink) -> SharingPlan? {
    guard let tree = SpecReader().read(source, into: diagnostics) else { return nil } // YAML syntax errors end here
    let suppressions = SuppressionComments.scan(source, into: diagnostics)
    // Said after the last error, so that fixing these errors is not taken for the end of the list.
    func noteSkippedChecks(on parts: String = "") {
        let last = DiagnosticSink.inSourceOrder(diagnostics.diagnostics.filter { $0.severity == .error }) { $0.location }.last?.location
        diagnostics.note(skippedChecksID, "the checks of how values relate and of what AWS allows (instance classes, engine versions, storage, CIDR overlaps, names) run\(parts) once the errors above are fixed",
                         at: last ?? SourceLocation(file: source.fileName, line: 1, column: 1))
    }
    guard let document = SpecDocument.check(tree, into: diagnostics),                  // every key and value is checked
          let plan = Lowering.lower(document, into: diagnostics)
    else {
        noteSkippedChecks()
        return nil
    }
    Validator.run(plan, into: diagnostics)                                              // every rule runs, none stops the others
    ResourceNames.check(plan, into: diagnostics)                                        // no two resources of one name, in any target
    let omitted = plan.omitted.count
    if omitted > 0 { noteSkippedChecks(on: omitted == 1 ? " on the database or consumer with errors" : " on the \(omitted) databases and consumers with errors") }
    // Only now has every warning had its chance to appear, so an unmatched suppression is stale; unless a part was left out.
    diagnostics.apply(suppressions, reportUnused: omitted == 0)
    return diagnostics.hasErrors ? nil : plan
}

/// What validating one spec found.
public struct SpecFindings: Equatable, Sendable {
    public var diagnostics: [Diagnostic]
    public var suppressed: [SuppressedFinding]
}

/// Validates many specs at once, on every core, and returns each spec's findings in the order given.
/// `sharec validate` over a repository's specs calls this.
public func validate(_ sources: [SpecSource]) -> [SpecFindings] {
    let results = FindingsBySpec(count: sources.count)
    DispatchQueue.concurrentPerform(iterations: sources.count) { index in
        let sink = DiagnosticSink()
        _ = validate(sources[index], diagnostics: sink)
        results.store(SpecFindings(diagnostics: sink.diagnostics, suppressed: sink.suppressed), at: index)
    }
    return results.all
}

/// The per-spec results of a concurrent validation; each slot is written once, under a lock.
private final class FindingsBySpec: @unchecked Sendable {
    private let lock = NSLock()
    private var findings: [SpecFindings]

    init(count: Int) {
        findings = Array(repeating: SpecFindings(diagnostics: [], suppressed: []), count: count)
    }

    func store(_ diagnostics: SpecFindings, at index: Int) {
        lock.lock()
        findings[index] = diagnostics
        lock.unlock()
    }

    var all: [SpecFindings] {
        lock.lock()
        defer { lock.unlock() }
        return findings
    }
}
