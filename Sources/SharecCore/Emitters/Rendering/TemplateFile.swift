import Foundation

/// A file of templates/ with `{{name}}` placeholders. In JSON, values are substituted into the
/// parsed structure, never into the raw text, so no value can change the document's shape.
struct TemplateFile {
    let path: String

    private var contents: String {
        guard let text = Templates.files[path] else {
            preconditionFailure("templates/\(path) is missing; the embedding test catches this")
        }
        return text
    }

    /// The template as text with its placeholders replaced: the values must already be safe where they
    /// land (the script target passes shell-quoted words).
    func text(_ values: [String: String]) -> String {
        JSONValue.fill(contents, values)
    }

    /// The template parsed as JSON, with every placeholder in its strings replaced.
    func json(_ values: [String: String]) -> JSONValue {
        guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(contents.utf8)) else {
            preconditionFailure("templates/\(path) is not JSON; the embedding test catches this")
        }
        return parsed.replacingPlaceholders(values)
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

extension JSONValue {
    func replacingPlaceholders(_ values: [String: String]) -> JSONValue {
        switch self {
        case let .string(text): .string(Self.fill(text, values))
        case let .array(items): .array(items.map { $0.replacingPlaceholders(values) })
        case let .object(members): .object(members.mapValues { $0.replacingPlaceholders(values) })
        default: self
        }
    }

    /// One pass from left to right: a value that itself contains `{{...}}` is left as it is.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += rest[..<open.lowerBound]
            result += values[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
