/// A place in a spec file: 1-based line and column, columns counted in Unicode scalars as libyaml counts them.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    /// Just past the located text, when it is known: machine-readable reports give editors a span.
    public var endLine: Int?
    public var endColumn: Int?

    public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// This place, spanning to the end of `last`.
    func ending(at last: SourceLocation) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column,
                       endLine: last.endLine ?? last.line, endColumn: last.endColumn ?? last.column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A value read from a spec, with the place it was written.
public struct Located<Value> {
    public var value: Value
    /// Where the value is written; for a default, where the mapping that omits it is.
    public var location: SourceLocation
    /// True when the spec does not write the value and the language's default applies.
    public var isDefault: Bool

    public init(_ value: Value, at location: SourceLocation, isDefault: Bool = false) {
        self.value = value
        self.location = location
        self.isDefault = isDefault
    }

    /// A note pointing at where the value is written, or saying it is the default (which is written nowhere).
    public func note(_ what: String) -> Diagnostic.Note {
        isDefault ? .init("\(what) is \(value) by default") : .init("\(what) set here", at: location)
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
