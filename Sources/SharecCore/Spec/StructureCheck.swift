/// Checks a node tree against the grammar: known keys, required keys, types and per-value
/// constraints. It reports every violation and never stops early.
struct StructureCheck {
    let diagnostics: DiagnosticSink
    static let unquotedAccountID = "unquoted-account-id"

    func check(_ node: SpecNode, against shape: ValueShape, path: String) {
        switch shape {
        case let .text(rule):
            guard let scalar = scalarText(node, path: path, expected: rule.summary) else { return }
            if let problem = TextMatcher.shared.violation(of: rule, by: scalar.text) {
                diagnostics.error(rule.rule, "\(path): \(problem)", at: scalar.location)
            } else if rule.rule == SpecLanguage.accountID.rule, scalar.isPlain {
                // sharec reads the text, but every other YAML reader (an editor's JSON Schema check among them) sees a number.
                diagnostics.warning(Self.unquotedAccountID, "\(path): write the account id quoted, \"\(scalar.text)\": unquoted, YAML reads a number, which the spec's JSON Schema refuses and other tools may change", at: scalar.location)
            }
        case let .integer(range):
            guard let scalar = scalarText(node, path: path, expected: shape.summary) else { return }
            guard scalar.isPlain, let value = Self.integer(scalar.text) else {
                let hint = scalar.isPlain ? "" : " (write it without quotes)"
                diagnostics.error("wrong-type", "\(path): expected \(shape.summary), found '\(scalar.text)'\(hint)", at: scalar.location)
                return
            }
            if !range.contains(value) {
                diagnostics.error("out-of-range", "\(path): \(value) is out of range: expected \(shape.summary)", at: scalar.location)
            }
        case .boolean:
            guard let scalar = scalarText(node, path: path, expected: shape.summary) else { return }
            if !(scalar.isPlain && Self.boolean(scalar.text) != nil) {
                diagnostics.error("wrong-type", "\(path): expected true or false, found '\(scalar.text)'", at: scalar.location)
            }
        case let .object(object):
            guard case let .mapping(mapping) = node else {
                return wrongType(node, path: path, expected: shape.summary)
            }
            checkObject(mapping, object, path: path)
        case let .list(item, count):
            guard case let .sequence(sequence) = node else {
                return wrongType(node, path: path, expected: shape.summary)
            }
            if !count.contains(sequence.items.count) {
                let expected = count.lowerBound == count.upperBound ? "exactly \(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
                diagnostics.error("list-size", "\(path): has \(sequence.items.count) items; expected \(expected)", at: sequence.location)
            }
            for (index, element) in sequence.items.enumerated() {
                check(element, against: item, path: "\(path)[\(index)]")
            }
        case let .dictionary(keyRule, valueRule, maximumCount):
            guard case let .mapping(mapping) = node else {
                return wrongType(node, path: path, expected: shape.summary)
            }
            if mapping.entries.count > maximumCount {
                diagnostics.error("list-size", "\(path): has \(mapping.entries.count) entries; at most \(maximumCount) are allowed", at: mapping.location)
            }
            for (key, value) in mapping.entries {
                if let problem = TextMatcher.shared.violation(of: keyRule, by: key.value) {
                    diagnostics.error(keyRule.rule, "\(path): \(problem)", at: key.location)
                }
                check(value, against: .text(valueRule), path: "\(path).\(key.value)")
            }
        case let .either(first, second):
            let isScalar = if case .scalar = node { true } else { false }
            let branch = [first, second].first { $0.acceptsScalar == isScalar }
            guard let branch else { return wrongType(node, path: path, expected: shape.summary) }
            check(node, against: branch, path: path)
        }
    }

    private func checkObject(_ mapping: SpecNode.Mapping, _ object: ObjectShape, path: String) {
        let prefix = path.isEmpty ? "" : "\(path)."
        let known = object.fields.map(\.key)
        // A misspelt required key is one mistake: the unknown-key error names it, so no missing-key error follows.
        var suggested = Set<String>()
        for (key, value) in mapping.entries {
            guard let field = object.field(key.value) else {
                if let suggestion = Suggestion.closest(to: key.value, among: known) { suggested.insert(suggestion) }
                diagnostics.error("unknown-key", "unknown key '\(prefix)\(key.value)' in \(object.name)\(Suggestion.hint(for: key.value, among: known))",
                                  at: key.location,
                                  notes: [Diagnostic.Note("\(object.name) takes \(known.map { "'\($0)'" }.joined(separator: ", "))")])
                continue
            }
            if value.isNull && !field.isRequired { continue }
            check(value, against: field.shape, path: "\(prefix)\(key.value)")
        }
        checkCombinations(mapping, object, path: path, suggested: suggested)
        for field in object.fields where field.isRequired && !suggested.contains(field.key) {
            let value = mapping[field.key]
            if value == nil || value?.isNull == true {
                let owner = path.isEmpty ? "the spec" : path
                diagnostics.error("missing-key", "\(owner) is missing the required key '\(field.key)': \(field.summary.prefix(1).lowercased())\(field.summary.dropFirst().dropLast())",
                                  at: value?.location ?? mapping.location)
            }
        }
    }

    /// The object's `exactlyOneOf` and `requires` constraints: which keys may stand together.
    private func checkCombinations(_ mapping: SpecNode.Mapping, _ object: ObjectShape, path: String, suggested: Set<String>) {
        let owner = path.isEmpty ? "the spec" : path
        let present = { (key: String) in mapping[key].map { !$0.isNull } ?? false }
        let place = { (key: String) in mapping.keyLocation(key) ?? mapping.location }
        if !object.exactlyOneOf.isEmpty {
            let given = object.exactlyOneOf.filter(present)
            let listed = object.exactlyOneOf.map { "'\($0)'" }.joined(separator: ", ")
            if given.isEmpty && suggested.isDisjoint(with: object.exactlyOneOf) {
                diagnostics.error("missing-key", "\(owner) needs one of \(listed)", at: mapping.location)
            }
            for extra in given.dropFirst() {
                diagnostics.error("key-combination", "\(owner) gives both '\(given[0])' and '\(extra)'; give exactly one of \(listed)", at: place(extra))
            }
        }
        for (key, other, reason) in object.requires where present(key) && !present(other) {
            diagnostics.error("key-combination", "\(owner).\(key) needs '\(other)': \(reason)", at: place(key))
        }
        for (key, others, reason) in object.excludes where present(key) {
            for other in others where present(other) {
                diagnostics.error("key-combination", "\(owner) gives '\(other)' beside '\(key)': \(reason)", at: place(other))
            }
        }
    }

    private func scalarText(_ node: SpecNode, path: String, expected: String) -> SpecNode.Scalar? {
        guard case let .scalar(scalar) = node, !node.isNull else {
            wrongType(node, path: path, expected: expected)
            return nil
        }
        return scalar
    }

    private func wrongType(_ node: SpecNode, path: String, expected: String) {
        diagnostics.error("wrong-type", "\(path.isEmpty ? "the spec" : path): expected \(expected), found \(node.kindDescription)", at: node.location)
    }

    /// Decimal integers only: YAML 1.1's octal, hex and sexagesimal forms are surprises in a spec.
    static func integer(_ text: String) -> Int? {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else { return nil }
        return Int(text)
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
