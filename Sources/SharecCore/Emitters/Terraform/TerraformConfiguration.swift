/// Collects a configuration's blocks: resources and data sources by type and name, and outputs.
struct TerraformConfiguration {
    private(set) var resources: [String: [String: TerraformValue]] = [:]
    private(set) var dataSources: [String: [String: TerraformValue]] = [:]
    private(set) var outputs: [String: TerraformValue] = [:]

    /// Adds a resource named after its shared logical name; returns its address for references.
    @discardableResult
    mutating func resource(_ type: String, _ logicalName: String, _ arguments: [String: TerraformValue]) -> String {
        let name = LogicalName.snakeCase(logicalName)
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

    static func address(_ type: String, _ logicalName: String) -> String {
        "\(type).\(LogicalName.snakeCase(logicalName))"
    }

    var json: [String: JSONValue] {
        [
            "resource": .object(resources.mapValues { TerraformValue.object($0).json }),
            "data": .object(dataSources.mapValues { TerraformValue.object($0).json }),
            "output": TerraformValue.object(outputs).json,
        ]
    }
}
