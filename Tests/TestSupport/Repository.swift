import Foundation

/// Paths inside this repository, found from this file's own location so tests run from anywhere.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    public static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The files of a folder with the given extension, sorted by name.
    public static func files(in folder: String, withExtension ext: String) -> [URL] {
        let entries = (try? FileManager.default.contentsOfDirectory(at: url(folder), includingPropertiesForKeys: nil)) ?? []
        return entries.filter { $0.pathExtension == ext }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Whether golden files and generated docs should be rewritten instead of compared (`SHAREC_RECORD=1 swift test`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["SHAREC_RECORD"] == "1" }

    /// Whether this run is CI's, where a missing oracle tool is a failure rather than a skip.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
