/// Renders the spec language's declarations as the Markdown key reference in docs/spec-reference.md.
public enum SpecReference {
    public static func markdown() -> String {
        var text = """
            # Spec language reference (version \(SpecLanguage.version))

            Generated from `Sources/SharecCore/Spec/SpecLanguage.swift`; do not edit by hand.
            Run `SHAREC_RECORD=1 swift test` after changing the language, and review the diff.

            Every key is listed under the mapping it belongs to, with its type, its default and an example.
            A key the table does not list is an error (`unknown-key`), with a suggestion when it looks like a known key.


            """
        var visited = Set<String>()
        render(SpecLanguage.root, path: "", into: &text, visited: &visited)
        return text
    }

    private static func render(_ object: ObjectShape, path: String, into text: inout String, visited: inout Set<String>) {
        let title = path.isEmpty ? "Top level" : "`\(path)`"
        text += "## \(title)\n\n\(object.summary)\n\n| Key | Type | Default | Meaning | Example |\n|---|---|---|---|---|\n"
        var nested: [(ObjectShape, String)] = []
        for field in object.fields {
            let keyPath = path.isEmpty ? field.key : "\(path).\(field.key)"
            text += "| `\(field.key)` | \(cell(field.shape.summary)) | \(cell(defaultText(field.defaultValue))) | \(cell(field.summary)) | `\(field.example)` |\n"
            switch field.shape {
            case let .object(child): nested.append((child, keyPath))
            case let .list(.object(child), _): nested.append((child, "\(keyPath)[]"))
            default: break
            }
        }
        text += "\n" + combinations(object)
        for (child, childPath) in nested where visited.insert(childPath).inserted {
            render(child, path: childPath, into: &text, visited: &visited)
        }
    }

    /// The key combinations the structure check enforces (`key-combination`), in words.
    private static func combinations(_ object: ObjectShape) -> String {
        let quoted = { (keys: [String]) in keys.map { "`\($0)`" }.joined(separator: ", ") }
        var lines: [String] = []
        if !object.exactlyOneOf.isEmpty { lines.append("Give exactly one of \(quoted(object.exactlyOneOf)).") }
        for (key, other, reason) in object.requires { lines.append("`\(key)` needs `\(other)`: \(reason).") }
        for (key, others, reason) in object.excludes { lines.append("`\(key)` rules out \(quoted(others)): \(reason).") }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n"
    }

    private static func defaultText(_ value: Field.Default) -> String {
        switch value {
        case .required: "required"
        case .none: "absent"
        case let .value(text): "`\(text)`"
        case let .derived(description): description
        }
    }

    /// Table cells cannot hold a bare `|`.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
