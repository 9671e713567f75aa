/// A value in Terraform's JSON syntax, where every string is a template. Text from a spec is a
/// `literal`, escaped on rendering so that `${` and `%{` in it stay text; only `reference`
/// produces an interpolation.
indirect enum TerraformValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case literal(String)
    /// A Terraform expression such as `aws_vpc.vpc.id`, rendered as `"${aws_vpc.vpc.id}"`.
    case reference(String)
    /// Text already in template form (escaped where it must be): see `TerraformPolicy`.
    case template(String)
    case integer(Int)
    case bool(Bool)
    case list([TerraformValue])
    /// Object keys are templates too, so they are escaped like literals.
    case object([String: TerraformValue])

    init(stringLiteral value: String) { self = .literal(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: TerraformValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TerraformValue)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }

    var json: JSONValue {
        switch self {
        case let .literal(text): .string(Self.escape(text))
        case let .reference(expression): .string("${\(expression)}")
        case let .template(text): .string(text)
        case let .integer(number): .integer(number)
        case let .bool(flag): .bool(flag)
        case let .list(items): .array(items.map(\.json))
        case let .object(members): .object(Dictionary(uniqueKeysWithValues: members.map { (Self.escape($0.key), $0.value.json) }))
        }
    }

    /// A string value as template text, for splicing into a larger template: a literal escaped, a reference interpolated.
    var templateText: String? {
        if case let .string(text) = json { text } else { nil }
    }

    /// `${` → `$${` and `%{` → `%%{`: Terraform's own escapes for a literal interpolation or directive.
    static func escape(_ text: String) -> String {
        // One pass over the bytes: this runs for every string of a configuration.
        var bytes: [UInt8] = []
        var previous: UInt8 = 0
        var changed = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") && (previous == UInt8(ascii: "$") || previous == UInt8(ascii: "%")) {
                bytes.append(previous)
                changed = true
            }
            bytes.append(byte)
            previous = byte
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    static func tags(_ tags: [Tag]) -> TerraformValue {
        .object(Dictionary(tags.map { ($0.key, .literal($0.value)) }) { _, last in last })
    }
}
