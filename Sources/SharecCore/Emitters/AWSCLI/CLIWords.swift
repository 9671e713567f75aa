/// Shorthands for the words of an AWS CLI call.
enum CLIWords {
    static func q(_ text: String) -> String { BashScript.quote(text) }
    static func v(_ name: String) -> String { BashScript.variable(name) }
    static func json(_ value: JSONValue) -> String { BashScript.quote(value.compact) }

    /// The shell variable holding a resource's id: "PublicSubnet1" → "public_subnet_1_id".
    static func id(_ logicalName: String) -> String { "\(NameStem.snakeCase(logicalName))_id" }

    /// The `sharec:resource` tag value that lets a later run find a resource it created.
    static func marker(_ plan: SharingPlan, _ logicalName: String) -> String { "\(plan.name)/\(logicalName)" }
    static let markerKey = "sharec:resource"

    /// An EC2 describe filter on the marker tag (shorthand syntax; spec names and logical names hold no `,` or `=`).
    static func markerFilter(_ plan: SharingPlan, _ logicalName: String) -> String {
        q("Name=tag:\(markerKey),Values=\(marker(plan, logicalName))")
    }

    /// A JMESPath raw string literal. Only names whose AWS pattern excludes quotes reach here.
    static func jmesLiteral(_ text: String) -> String {
        precondition(!text.contains("'") && !text.contains("\\"), "\(text) cannot be a JMESPath literal")
        return "'\(text)'"
    }

    /// Any text as a JMESPath JSON literal (`"..."` between backquotes, a backquote escaped): for free
    /// text such as a share name, in a query that is one single-quoted shell word.
    static func jmesText(_ text: String) -> String { jmesJSON(.string(text)) }

    /// Any JSON value as a JMESPath literal (between backquotes, a backquote escaped).
    static func jmesJSON(_ value: JSONValue) -> String {
        "`" + value.compact.replacingOccurrences(of: "`", with: "\\`") + "`"
    }

    /// An idempotency token: the same within one run, so that a retried call never creates twice, and new
    /// in the next, since AWS remembers a token after its resource is deleted and would answer a deploy
    /// after a destroy with the deleted resource. The prologue's `run_token` and a hash of the logical
    /// name (unique within a spec) keep it under the 64 characters EC2 and VPC Lattice allow.
    static func clientToken(_ logicalName: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in logicalName.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3 }
        return "\"$run_token-\(String(hash, radix: 16))\""
    }

    /// EC2 tag specifications: the spec's tags, a Name, and the marker.
    static func ec2Tags(_ plan: SharingPlan, _ resourceType: String, _ logicalName: String, name: String?) -> String {
        let tags = (name.map { ResourceNaming.withName(plan.tags, $0) } ?? plan.tags) + [Tag(key: markerKey, value: marker(plan, logicalName))]
        return json([["ResourceType": .string(resourceType), "Tags": keyValueList(tags, key: "Key", value: "Value")]])
    }

    /// A JMESPath query over a resource's tag list (`list`, whose members have fields `key` and `value`) that answers, as three
    /// words of text, what the prologue's `claim` weighs: its marker and the CloudFormation stack that manages it (each `-`
    /// when absent), and how many of `tags` it carries. Keys and values are JSON literals, so any text is safe.
    static func ownershipQuery(_ tags: [Tag], list: String, key: String, value: String) -> String {
        func tag(_ name: String) -> String { "\(list)[?\(key)==\(jmesText(name))].\(value) | [0] || \(jmesText("-"))" }
        return "[\(tag(markerKey)), \(tag("aws:cloudformation:stack-name")), \(carriedQuery(tags, list: list, key: key, value: value))]"
    }

    /// A JMESPath query that counts how many of `tags` a resource's tag list carries, key and value alike.
    static func carriedQuery(_ tags: [Tag], list: String, key: String, value: String) -> String {
        guard !tags.isEmpty else { return "`0`" }
        let carried = tags.map { "(\(key)==\(jmesText($0.key)) && \(value)==\(jmesText($0.value)))" }.joined(separator: " || ")
        return "length(\(list)[?\(carried)])"
    }

    static func keyValueList(_ tags: [Tag], key: String, value: String) -> JSONValue {
        .array(tags.map { [key: .string($0.key), value: .string($0.value)] })
    }

    /// Tags as a JSON list of Key/Value pairs (IAM, RDS), one shell word.
    static func tagList(_ tags: [Tag]) -> String {
        json(keyValueList(tags, key: "Key", value: "Value"))
    }

    /// Tags as a JSON map (CloudWatch Logs, VPC Lattice).
    static func tagMap(_ tags: [Tag]) -> String {
        json(.object(Dictionary(tags.map { ($0.key, JSONValue.string($0.value)) }) { _, last in last }))
    }

    /// A JSON document with `%s` holes for `printf`: `%` in the encoded text is doubled first.
    static func jsonTemplate(_ value: JSONValue) -> String {
        q(value.compact.replacingOccurrences(of: "%", with: "%%").replacingOccurrences(of: JSONValue.string(hole).compact, with: "\"%s\""))
    }

    /// The placeholder `jsonTemplate` turns into a `%s` hole. NUL cannot occur in a spec.
    static let hole = "\u{0}hole\u{0}"
}
