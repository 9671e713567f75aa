import Foundation

/// An external program a test runs: an oracle such as cfn-lint, or the built sharec binary.
public struct Tool: Sendable {
    public let executable: URL

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// True when the program was stopped because it ran past its timeout.
        public var timedOut = false
    }

    public init(executable: URL) {
        self.executable = executable
    }

    /// The program named by the environment variable `override`, else the first `name` on PATH.
    public static func find(_ name: String, override: String) -> Tool? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment[override], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? Tool(executable: URL(fileURLWithPath: path)) : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return Tool(executable: candidate) }
        }
        return nil
    }

    /// Runs the program to completion. Output is read while it runs, so a full pipe cannot stall it.
    /// - Parameters:
    ///   - environment: variables set on top of this process's environment.
    ///   - unsetting: variables of this process's environment the program must not see.
    ///   - timeout: seconds after which the program is killed (and `timedOut` set).
    public func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:], unsetting: Set<String> = [], timeout: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty || !unsetting.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.filter { !unsetting.contains($0.key) }.merging(environment) { $1 }
        }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        nonisolated(unsafe) var killed = false
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { killed = true; process.terminate() }
            }
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = errors.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      timedOut: killed)
    }
}

/// Why an oracle test cannot run: outside CI it is skipped visibly, in CI it fails.
public enum OracleAvailability {
    /// Swift Testing's `.enabled(if:)` value: run when the tool exists, and always in CI (where its absence fails the test).
    public static func shouldRun(_ tool: Tool?) -> Bool { tool != nil || Repository.isCI }
}
