import Foundation

/// A JSON document as a value tree. Emitters build these; `rendered` prints them with sorted
/// keys, so the same plan always gives the same bytes.
public indirect enum JSONValue: Equatable, Sendable, Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .bool(value): try container.encode(value)
        case let .array(values): try container.encode(values)
        case let .object(members): try container.encode(members)
        case .null: try container.encodeNil()
        }
    }

    /// Pretty-printed with sorted keys and a final newline: the form sharec writes files in.
    public var rendered: String { render([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) + "\n" }

    /// One line with sorted keys: for JSON documents embedded as strings (policies, dashboard bodies).
    public var compact: String { render([.sortedKeys, .withoutEscapingSlashes]) }

    private func render(_ formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        // Encoding a tree of strings, numbers and booleans cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self)
    }
}
