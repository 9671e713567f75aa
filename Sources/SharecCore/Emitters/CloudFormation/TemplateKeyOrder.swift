/// Keys in the order people write templates in, and AWS's guide shows them: the sections from the format
/// version down to Resources and Outputs, and in a resource its type first and its properties before its
/// policies. Everything else, properties included, stays sorted, so the order is still one per template.
enum TemplateKeyOrder {
    static let sections = ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Conditions", "Mappings", "Resources", "Outputs"]
    static let resource = ["Type", "DependsOn", "Condition", "Properties", "Metadata", "CreationPolicy", "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy"]
    static let output = ["Description", "Condition", "Value", "Export"]
    static let parameter = ["Type", "Description", "Default", "AllowedPattern", "AllowedValues", "ConstraintDescription", "MinLength", "MaxLength", "NoEcho"]

    // Each order as ranks, made once: the writer asks for every resource of every template.
    private static let sectionRanks = ranks(sections), resourceRanks = ranks(resource), outputRanks = ranks(output), parameterRanks = ranks(parameter)

    static func order(path: [String], keys: [String]) -> [String] {
        switch (path.count, path.first) {
        case (0, _): leading(sectionRanks, keys)
        case (2, "Resources"): leading(resourceRanks, keys)
        case (2, "Outputs"): leading(outputRanks, keys)
        case (2, "Parameters"): leading(parameterRanks, keys)
        default: keys
        }
    }

    private static func ranks(_ order: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// `keys` (sorted) with the ranked ones first, by rank; the rest after them, still sorted.
    private static func leading(_ rank: [String: Int], _ keys: [String]) -> [String] {
        let known = keys.filter { rank[$0] != nil }.sorted { rank[$0]! < rank[$1]! }
        return known + keys.filter { rank[$0] == nil }
    }
}
