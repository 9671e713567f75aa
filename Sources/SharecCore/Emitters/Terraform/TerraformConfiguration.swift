/// Collects a configuration's blocks: resources and data sources by type and name, and outputs.
struct TerraformConfiguration {
    private(set) var resources: [String: [String: TerraformValue]] = [:]
    private(set) var dataSources: [String: [String: TerraformValue]] = [:]
    private(set) var outputs: [String: TerraformValue] = [:]
    private(set) var variables: [String: TerraformValue] = [:]

    /// Adds a resource named after its shared logical name; returns its address for references.
    @discardableResult
    mutating func resource(_ type: String, _ logicalName: String, _ arguments: [String: TerraformValue]) -> String {
        let name = NameStem.snakeCase(logicalName)
        precondition(resources[type, default: [:]][name] == nil, "\(type).\(name) emitted twice")
        resources[type, default: [:]][name] = .object(arguments)
        return "\(type).\(name)"
    }

    @discardableResult
    mutating func data(_ type: String, _ name: String, _ arguments: [String: TerraformValue]) -> String {
        dataSources[type, default: [:]][name] = .object(arguments)
        return "data.\(type).\(name)"
    }

    mutating func output(_ name: String, _ description: String, _ value: TerraformValue) {
        outputs[name] = ["description": .literal(description), "value": value]
    }

    /// A string the caller supplies, checked against an RE2 `pattern` before any plan; returns its expression (`var.name`).
    mutating func variable(_ logicalName: String, _ description: String, pattern: String?) -> String {
        let name = NameStem.snakeCase(logicalName)
        guard let pattern else {
            variables[name] = ["type": "string", "description": .literal(description)]
            return "var.\(name)"
        }
        // The pattern becomes an HCL string literal inside the condition's template.
        let literal = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        variables[name] = [
            "type": "string",
            "description": .literal(description),
            "validation": [[
                "condition": .reference("can(regex(\"\(literal)\", var.\(name)))"),
                "error_message": .literal("\(name) must match \(pattern)."),
            ]],
        ]
        return "var.\(name)"
    }

    static func address(_ type: String, _ logicalName: String) -> String {
        "\(type).\(NameStem.snakeCase(logicalName))"
    }

    /// The blocks that have something in them.
    var json: [String: JSONValue] {
        var blocks: [String: JSONValue] = [
            "resource": .object(resources.mapValues { TerraformValue.object($0).json }),
            "output": TerraformValue.object(outputs).json,
        ]
        if !dataSources.isEmpty { blocks["data"] = .object(dataSources.mapValues { TerraformValue.object($0).json }) }
        if !variables.isEmpty { blocks["variable"] = TerraformValue.object(variables).json }
        return blocks
    }
}
