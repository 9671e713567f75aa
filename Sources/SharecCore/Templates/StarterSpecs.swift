/// The starter specs `sharec init` writes: templates/specs/<name>.yaml, carried inside the binary.
public enum StarterSpecs {
    static let folder = "specs/"

    /// Every starter's name, sorted.
    public static var names: [String] {
        Templates.files.keys.filter { $0.hasPrefix(folder) && $0.hasSuffix(".yaml") }
            .map { String($0.dropFirst(folder.count).dropLast(".yaml".count)) }
            .sorted()
    }

    public static let defaultName = "seed"

    public static func text(_ name: String) -> String? {
        Templates.files[folder + name + ".yaml"]
    }

    /// The starter's first comment line, which says what it is for.
    public static func summary(_ name: String) -> String {
        let first = text(name)?.split(separator: "\n").first ?? ""
        return String(first.drop { $0 == "#" || $0 == " " })
    }
}
