/// The spec language as a JSON Schema (draft 2020-12), for editors such as yaml-language-server.
/// Built from the same declarations the structure check uses, so the two cannot drift apart.
/// One difference is inherent: the schema sees YAML's types, so an unquoted `012345678901` is a
/// number to an editor, while sharec reads the text as written.
public enum SpecJSONSchema {
    public static let identifier = "https://sharec.dev/schemas/spec-v\(SpecLanguage.version).json"

    public static func document() -> String {
        var schema = object(SpecLanguage.root)
        if case var .object(members) = schema {
            members["$schema"] = "https://json-schema.org/draft/2020-12/schema"
            members["$id"] = .string(identifier)
            members["title"] = .string("sharec sharing spec, version \(SpecLanguage.version)")
            schema = .object(members)
        }
        return schema.rendered
    }

    static func object(_ shape: ObjectShape) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in shape.fields {
            var property = value(field.shape)
            if case var .object(members) = property {
                members["description"] = .string(field.summary)
                if case let .value(text) = field.defaultValue { members["default"] = typed(text, field.shape) }
                property = .object(members)
            }
            properties[field.key] = property
        }
        var schema: [String: JSONValue] = [
            "type": "object",
            "description": .string(shape.summary),
            "properties": .object(properties),
            "required": .array(shape.fields.filter(\.isRequired).map { .string($0.key) }),
            "additionalProperties": false,
        ]
        // The key combinations the structure check enforces, in JSON Schema's words.
        if !shape.exactlyOneOf.isEmpty {
            schema["oneOf"] = .array(shape.exactlyOneOf.map { ["required": [.string($0)]] })
        }
        if !shape.requires.isEmpty {
            schema["dependentRequired"] = .object(Dictionary(shape.requires.map { ($0.key, [JSONValue.string($0.other)]) }) { first, _ in first })
        }
        if !shape.excludes.isEmpty {
            schema["dependentSchemas"] = .object(Dictionary(shape.excludes.map { exclusion in
                (exclusion.key, ["not": ["anyOf": .array(exclusion.others.map { ["required": [.string($0)]] })]] as JSONValue)
            }) { first, _ in first })
        }
        return .object(schema)
    }

    static func value(_ shape: ValueShape) -> JSONValue {
        switch shape {
        case let .text(rule): text(rule)
        case let .integer(range): ["type": "integer", "minimum": .integer(range.lowerBound), "maximum": .integer(range.upperBound)]
        case .boolean: ["type": "boolean"]
        case let .object(object): Self.object(object)
        case let .list(item, count): ["type": "array", "items": value(item), "minItems": .integer(count.lowerBound), "maxItems": .integer(count.upperBound)]
        case let .dictionary(key, valueRule, maximumCount):
            ["type": "object", "propertyNames": text(key), "additionalProperties": text(valueRule), "maxProperties": .integer(maximumCount)]
        case let .either(first, second): ["anyOf": [value(first), value(second)]]
        }
    }

    static func text(_ rule: TextRule) -> JSONValue {
        var members: [String: JSONValue] = ["type": "string"]
        if let choices = rule.choices { members["enum"] = .array(choices.map(JSONValue.string)) }
        if let minimum = rule.minLength { members["minLength"] = .integer(minimum) }
        if let maximum = rule.maxLength { members["maxLength"] = .integer(maximum) }
        if let pattern = rule.pattern { members["pattern"] = .string(pattern) }
        return .object(members)
    }

    /// A default written as YAML text, as the JSON value of the field's type.
    static func typed(_ text: String, _ shape: ValueShape) -> JSONValue {
        switch shape {
        case .integer: Int(text).map(JSONValue.integer) ?? .string(text)
        case .boolean: .bool(text == "true")
        case let .either(first, _): typed(text, first)
        default: .string(text)
        }
    }
}
