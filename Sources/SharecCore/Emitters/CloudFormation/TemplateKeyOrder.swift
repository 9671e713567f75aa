/// Keys in the order people write templates in, and AWS's guide shows them: the sections from the format
/// version down to Resources and Outputs, and in a resource its type first and its properties before its
/// policies. Everything else, properties included, stays sorted, so the order is still one per template.
enum TemplateKeyOrder {
    static let sections = ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Conditions", "Mappings", "Resources", "Outputs"]
    static let resource = ["Type", "DependsOn", "Condition", "Properties", "Metadata", "CreationPolicy", "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy"]
    static let output = ["Description", "Condition", "Value", "Export"]
    static let parameter = ["Type", "Description", "Default", "AllowedPattern", "AllowedValues", "ConstraintDescription", "MinLength", "MaxLength", "NoEcho"]

    static func order(path: [String], keys: [String]) -> [String] {
        switch (path.count, path.first) {
        case (0, _): leading(sections, keys)
        case (2, "Resources"): leading(resource, keys)
        case (2, "Outputs"): leading(output, keys)
        case (2, "Parameters"): leading(parameter, keys)
        default: keys
        }
    }

    /// `keys` (sorted) with those `order` names first, in its order; the rest after them, still sorted.
    private static func leading(_ order: [String], _ keys: [String]) -> [String] {
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let known = keys.filter { rank[$0] != nil }.sorted { rank[$0]! < rank[$1]! }
        return known + keys.filter { rank[$0] == nil }
    }
}
