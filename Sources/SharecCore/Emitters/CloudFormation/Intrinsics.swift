/// CloudFormation's intrinsic functions as JSON values.
enum CFN {
    static func ref(_ logicalID: String) -> JSONValue { ["Ref": .string(logicalID)] }
    static func getAtt(_ logicalID: String, _ attribute: String) -> JSONValue { ["Fn::GetAtt": [.string(logicalID), .string(attribute)]] }
    static func sub(_ text: String) -> JSONValue { ["Fn::Sub": .string(text)] }
    static func availabilityZone(_ index: Int) -> JSONValue { ["Fn::Select": [.integer(index), ["Fn::GetAZs": ""]]] }

    static func tags(_ tags: [Tag]) -> JSONValue {
        .array(tags.map { ["Key": .string($0.key), "Value": .string($0.value)] })
    }

    /// A resource entry: type, properties, and any extra attributes (DependsOn, DeletionPolicy).
    static func resource(_ type: String, _ properties: [String: JSONValue], _ attributes: [String: JSONValue] = [:]) -> JSONValue {
        var entry = attributes
        entry["Type"] = .string(type)
        entry["Properties"] = .object(properties)
        return .object(entry)
    }
}
