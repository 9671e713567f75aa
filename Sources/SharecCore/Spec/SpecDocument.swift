/// A spec whose shape follows the grammar: later stages read it without type errors.
public struct SpecDocument: Sendable {
    public let root: ObjectView

    /// Checks `node` against the language and returns the document, or nil after reporting every violation.
    public static func check(_ node: SpecNode, into diagnostics: DiagnosticSink) -> SpecDocument? {
        let before = diagnostics.errorCount
        StructureCheck(diagnostics: diagnostics).check(node, against: .object(SpecLanguage.root), path: "")
        guard diagnostics.errorCount == before, case let .mapping(mapping) = node else { return nil }
        return SpecDocument(root: ObjectView(mapping: mapping, shape: SpecLanguage.root, location: mapping.location))
    }
}

/// Typed reading of a checked object; absent keys give their declared default.
public struct ObjectView: Sendable {
    let mapping: SpecNode.Mapping?
    let shape: ObjectShape
    /// Where the object is written, or where it would be when absent.
    public let location: SourceLocation

    private func value(_ key: String) -> SpecNode? {
        guard let node = mapping?[key], !node.isNull else { return nil }
        return node
    }

    private func defaultText(_ key: String) -> String? {
        guard let field = shape.field(key) else { preconditionFailure("\(shape.name) declares no '\(key)'") }
        if case let .value(text) = field.defaultValue { return text }
        return nil
    }

    public func has(_ key: String) -> Bool { value(key) != nil }

    /// Where `key` itself is written, when it is.
    public func keyLocation(_ key: String) -> SourceLocation? {
        mapping?.keyLocation(key)
    }

    public func text(_ key: String) -> Located<String>? {
        if case let .scalar(scalar)? = value(key) { return Located(scalar.text, at: scalar.location) }
        return defaultText(key).map { Located($0, at: location, isDefault: true) }
    }

    public func integer(_ key: String) -> Located<Int>? {
        guard let text = text(key), let number = StructureCheck.integer(text.value) else { return nil }
        return Located(number, at: text.location, isDefault: text.isDefault)
    }

    public func boolean(_ key: String) -> Located<Bool>? {
        guard let text = text(key), let flag = StructureCheck.boolean(text.value) else { return nil }
        return Located(flag, at: text.location, isDefault: text.isDefault)
    }

    public func object(_ key: String) -> ObjectView {
        guard case let .object(objectShape)? = shape.field(key)?.shape else { preconditionFailure("'\(key)' is not an object") }
        if case let .mapping(mapping)? = value(key) {
            return ObjectView(mapping: mapping, shape: objectShape, location: mapping.location)
        }
        return ObjectView(mapping: nil, shape: objectShape, location: location)
    }

    public func objects(_ key: String) -> [ObjectView] {
        guard case let .list(.object(objectShape), _)? = shape.field(key)?.shape,
              case let .sequence(sequence)? = value(key) else { return [] }
        return sequence.items.compactMap {
            guard case let .mapping(mapping) = $0 else { return nil }
            return ObjectView(mapping: mapping, shape: objectShape, location: mapping.location)
        }
    }

    /// A list of strings, each with its place.
    public func texts(_ key: String) -> [Located<String>] {
        guard case let .sequence(sequence)? = value(key) else { return [] }
        return sequence.items.compactMap {
            guard case let .scalar(scalar) = $0 else { return nil }
            return Located(scalar.text, at: scalar.location)
        }
    }

    /// A value that may be written as a scalar or as a list of scalars (a subnet tier).
    public func scalarOrList(_ key: String) -> Either<Located<String>, [Located<String>]>? {
        switch value(key) {
        case .sequence?:
            return .second(texts(key))
        case .scalar?, nil:
            return text(key).map(Either.first)
        case .mapping?:
            return nil
        }
    }

    public func dictionary(_ key: String) -> [(key: Located<String>, value: Located<String>)] {
        guard case let .mapping(mapping)? = value(key) else { return [] }
        return mapping.entries.compactMap { entry in
            guard case let .scalar(scalar) = entry.value else { return nil }
            return (entry.key, Located(scalar.text, at: scalar.location))
        }
    }
}

public enum Either<First, Second> {
    case first(First)
    case second(Second)
}

extension Either: Sendable where First: Sendable, Second: Sendable {}
