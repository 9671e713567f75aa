import Foundation
import TestSupport

/// The built `sharec` executable: beside this test bundle in SwiftPM's products folder, or `SHAREC_BINARY`.
enum SharecBinary {
    static let tool: Tool? = {
        if let path = ProcessInfo.processInfo.environment["SHAREC_BINARY"] {
            return Tool(executable: URL(fileURLWithPath: path))
        }
        let products = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("sharec")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return Tool(executable: binary) }
        }
        return nil
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, timeout: Double? = nil) throws -> Tool.Result {
        guard let tool else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "sharec binary not found; build it first"]) }
        return try tool.run(arguments, stdin: stdin, in: directory, timeout: timeout)
    }
}
