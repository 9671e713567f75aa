import Foundation

/// A scratch folder, removed when the value goes away unless `keep` is set (the owner removes it then).
public final class TemporaryFolder {
    public let url: URL
    private let keep: Bool

    public init(keep: Bool = false) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sharec-test-\(UUID().uuidString)")
        self.keep = keep
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        if !keep { try? FileManager.default.removeItem(at: url) }
    }
}
