/// Spec text → located tree → checked document → validated plan → emitted file.
/// Stages report into `diagnostics` and keep going; the pipeline stops only between stages.
public func compile(_ source: SpecSource, target: Target, diagnostics: DiagnosticSink) -> EmittedFile? {
    guard let plan = validate(source, diagnostics: diagnostics) else { return nil }
    return target.emitter.emit(plan)
}

/// The front half of `compile`; `sharec validate` calls only this.
public func validate(_ source: SpecSource, diagnostics: DiagnosticSink) -> SharingPlan? {
    guard let tree = SpecReader().read(source, into: diagnostics),   // YAML syntax errors end here
          let document = SpecDocument.check(tree, into: diagnostics), // every key and value is checked
          let plan = Lowering.lower(document, into: diagnostics)
    else { return nil }
    Validator.run(plan, into: diagnostics)                            // every rule runs, none stops the others
    return diagnostics.hasErrors ? nil : plan
}
