/// The text of one spec and the name diagnostics use for it.
public struct SpecSource: Sendable {
    public var fileName: String
    public var text: String

    public init(fileName: String, text: String) {
        self.fileName = fileName
        self.text = text
    }
}
