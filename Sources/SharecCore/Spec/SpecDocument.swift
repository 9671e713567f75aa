/// A spec whose shape follows the grammar: later stages read it without type errors.
public struct SpecDocument: Sendable {
    public let root: ObjectView
    /// Where the databases and consumers are written that this document leaves out because they have errors;
    /// empty for a spec without errors.
    public let omitted: [SourceLocation]

    /// Checks `node` against the language, reporting every violation, and returns the document. When every
    /// violation lies inside some databases or consumers, the document is the rest of the spec, whose checks
    /// can then run: a mistake in one database hides nothing of another's. Otherwise nil.
    public static func check(_ node: SpecNode, into diagnostics: DiagnosticSink) -> SpecDocument? {
        let before = diagnostics.errorCount
        StructureCheck(diagnostics: diagnostics).check(node, against: .object(SpecLanguage.root), path: "")
        guard case let .mapping(mapping) = node else { return nil }
        guard diagnostics.errorCount != before else { return SpecDocument(mapping, omitted: []) }
        var omitted: [SourceLocation] = []
        var rest = mapping
        rest.update("databases") { withoutFaultyItems($0, shape: SpecLanguage.database, omitted: &omitted) }
        rest.update("sharing") { sharing in
            guard case var .mapping(sharingMapping) = sharing else { return sharing }
            sharingMapping.update("consumers") { withoutFaultyItems($0, shape: SpecLanguage.consumer, omitted: &omitted) }
            return .mapping(sharingMapping)
        }
        // Whatever is left must hold on its own, list sizes included.
        guard !omitted.isEmpty, !violates(.mapping(rest), .object(SpecLanguage.root)) else { return nil }
        return SpecDocument(rest, omitted: omitted)
    }

    private init(_ mapping: SpecNode.Mapping, omitted: [SourceLocation]) {
        root = ObjectView(mapping: mapping, shape: SpecLanguage.root, location: mapping.location)
        self.omitted = omitted
    }

    private static func withoutFaultyItems(_ list: SpecNode, shape: ObjectShape, omitted: inout [SourceLocation]) -> SpecNode {
        guard case var .sequence(sequence) = list else { return list }
        let faulty = sequence.items.filter { violates($0, .object(shape)) }.map(\.location)
        omitted += faulty
        sequence.items.removeAll { faulty.contains($0.location) }
        return .sequence(sequence)
    }

    /// Whether `node` breaks the grammar; what it breaks has been reported already.
    private static func violates(_ node: SpecNode, _ shape: ValueShape) -> Bool {
        let scratch = DiagnosticSink()
        StructureCheck(diagnostics: scratch).check(node, against: shape, path: "")
        return scratch.hasErrors
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
