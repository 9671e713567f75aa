/// Collects a template's resources and outputs; logical ids are unique by construction.
struct TemplateBuilder {
    private(set) var resources: [String: JSONValue] = [:]
    private(set) var outputs: [String: JSONValue] = [:]

    mutating func add(_ logicalID: String, _ resource: JSONValue) {
        precondition(resources[logicalID] == nil, "logical id \(logicalID) emitted twice")
        resources[logicalID] = resource
    }

    mutating func output(_ name: String, _ description: String, _ value: JSONValue) {
        outputs[name] = [
            "Description": .string(description),
            "Value": value,
            "Export": ["Name": CFN.sub("${AWS::StackName}-\(name)")],
        ]
    }
}
