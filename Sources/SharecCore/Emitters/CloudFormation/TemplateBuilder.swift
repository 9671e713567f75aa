/// Collects a template's parameters, resources and outputs; logical ids are unique by construction.
struct TemplateBuilder {
    private(set) var parameters: [String: JSONValue] = [:]
    private(set) var resources: [String: JSONValue] = [:]
    private(set) var outputs: [String: JSONValue] = [:]

    mutating func add(_ logicalID: String, _ resource: JSONValue) {
        precondition(resources[logicalID] == nil, "logical id \(logicalID) emitted twice")
        resources[logicalID] = resource
    }

    /// A string the stack is given at deployment: what CloudFormation cannot look up itself.
    mutating func parameter(_ name: String, _ description: String, minLength: Int?, maxLength: Int?, pattern: String? = nil) {
        var parameter: [String: JSONValue] = ["Type": "String", "Description": .string(description)]
        if let minLength { parameter["MinLength"] = .integer(minLength) }
        if let maxLength { parameter["MaxLength"] = .integer(maxLength) }
        if let pattern { parameter["AllowedPattern"] = .string(pattern) }
        parameters[name] = .object(parameter)
    }

    mutating func output(_ name: String, _ description: String, _ value: JSONValue) {
        outputs[name] = [
            "Description": .string(description),
            "Value": value,
            "Export": ["Name": CFN.sub("${AWS::StackName}-\(name)")],
        ]
    }
}
