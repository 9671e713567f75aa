/// A JSON document as a value tree. Emitters build these; `rendered` prints them with sorted
/// keys, so the same plan always gives the same bytes. Encodable, so Foundation's JSONEncoder can
/// check the writer below.
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
    public var rendered: String {
        var writer = JSONWriter(pretty: true)
        writer.write(self)
        return writer.output + "\n"
    }

    /// Pretty-printed like `rendered`, but each object's keys in the order `keyOrder` gives, from the keys on the way
    /// to that object and its own keys, sorted.
    func rendered(keyOrder: @escaping JSONWriter.KeyOrder) -> String {
        var writer = JSONWriter(pretty: true)
        writer.keyOrder = keyOrder
        writer.write(self)
        return writer.output + "\n"
    }

    /// One line with sorted keys: for JSON documents embedded as strings (policies, dashboard bodies).
    public var compact: String {
        var writer = JSONWriter(pretty: false)
        writer.write(self)
        return writer.output
    }
}

/// Prints JSON in exactly the form Foundation's JSONEncoder gives with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes` (a test compares the two on every example). It exists because
/// JSONEncoder's per-value overhead made large specs miss their time budget.
struct JSONWriter {
    let pretty: Bool
    /// Rewrites each string's content before it is encoded (Terraform's template escaping).
    var transformText: ((String) -> String)?
    /// Strings written as the given raw JSON instead of being encoded (Terraform policy holes).
    var verbatim: [String: String] = [:]
    typealias KeyOrder = (_ path: [String], _ sortedKeys: [String]) -> [String]
    /// Another order of an object's keys than sorted; nil keeps them sorted, as JSONEncoder does.
    var keyOrder: KeyOrder?
    private(set) var output = ""
    private var depth = 0
    /// The keys from the top to the object being written, kept only for `keyOrder`.
    private var path: [String] = []

    init(pretty: Bool) {
        self.pretty = pretty
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case let .string(text): writeString(text)
        case let .integer(number): output += String(number)
        case let .bool(flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case let .array(items):
            writeContainer("[", "]", items.count) { writer, index in writer.write(items[index]) }
        case let .object(members):
            let sorted = members.keys.sorted()
            let keys = keyOrder?(path, sorted) ?? sorted
            writeContainer("{", "}", keys.count) { writer, index in
                writer.writeString(keys[index])
                writer.output += writer.pretty ? " : " : ":"
                guard writer.keyOrder != nil else { return writer.write(members[keys[index]]!) }
                writer.path.append(keys[index])
                writer.write(members[keys[index]]!)
                writer.path.removeLast()
            }
        }
    }

    private mutating func writeContainer(_ open: String, _ close: String, _ count: Int, _ element: (inout JSONWriter, Int) -> Void) {
        output += open
        depth += 1
        for index in 0..<count {
            if index > 0 { output += "," }
            newline()
            element(&self, index)
        }
        depth -= 1
        if pretty {
            // JSONEncoder prints an empty container on three lines, the middle one empty.
            if count == 0 { output += "\n" }
            newline()
        }
        output += close
    }

    private mutating func newline() {
        guard pretty else { return }
        output += "\n"
        for _ in 0..<depth { output += "  " }
    }

    private mutating func writeString(_ original: String) {
        if let raw = verbatim[original] {
            output += raw
            return
        }
        let text = transformText?(original) ?? original
        output += "\""
        // Most strings need no escape at all: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
