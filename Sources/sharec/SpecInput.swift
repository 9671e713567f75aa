import ArgumentParser
import Foundation
import SharecCore

/// Reads spec files (or standard input for `-`) and prints findings with source excerpts.
struct SpecFiles {
    private(set) var sources: [String: String] = [:]

    /// Whether findings printed as text are in ANSI colour.
    let colored: Bool

    /// Paths that could not be read; their failure is an I/O error, not a spec error.
    private(set) var unreadable: [String] = []

    /// The spec at `path`, or nil: either its bytes are not a spec (reported to `diagnostics`)
    /// or it could not be read (printed at once and remembered in `unreadable`).
    mutating func load(_ path: String, diagnostics: DiagnosticSink) -> SpecSource? {
        let name = path == "-" ? "<stdin>" : path
        let data: Data
        do {
            data = try Self.read(path == "-" ? FileHandle.standardInput : FileHandle(forReadingFrom: URL(fileURLWithPath: path)))
        } catch {
            Console.error("sharec: error: cannot read '\(path)': \(Self.reason(for: error, path: path))")
            unreadable.append(path)
            return nil
        }
        let source = SpecReader.source(fileName: name, bytes: [UInt8](data), into: diagnostics)
        if let source { sources[name] = source.text }
        return source
    }

    /// Reads one spec, makes files from it, prints the findings and writes the files (each
    /// atomically, and none when the spec has errors): what `compile` and `graph` do. Several files
    /// need `output` to be a directory; `several` says what else the user can do.
    static func produce(_ path: String, to output: String?, quiet: Bool, color: ColorChoice, several: String = "",
                        making: (SpecSource, DiagnosticSink) -> [EmittedFile]?) throws {
        var files = SpecFiles(colored: color.appliesToStandardError)
        let diagnostics = DiagnosticSink()
        let source = files.load(path, diagnostics: diagnostics)
        if !files.unreadable.isEmpty { throw Exit.cannotRead }
        let made = source.flatMap { making($0, diagnostics) }
        files.print(diagnostics)
        guard let made else { throw Exit.specErrors }
        if made.count > 1 && !OutputFile.namesAFolder(output, for: made.first) {
            Console.error("sharec: error: this makes \(made.count) files (\(made.map(\.name).joined(separator: ", "))): give -o a folder (ending in / to have it made)\(several)")
            throw Exit.usage
        }
        for file in made { try OutputFile.writeOrExit(file, to: output, quiet: quiet) }
    }

    /// Findings as text on standard error, then (for a lint report) the warnings the specs suppressed.
    func print(_ diagnostics: DiagnosticSink, listingSuppressed: Bool = false) {
        let formatter = DiagnosticFormatter(sources: sources, colored: colored)
        let suppressed = listingSuppressed ? diagnostics.sortedSuppressed : []
        let text = formatter.format(diagnostics.sorted) + suppressed.map(formatter.format).joined()
        if !text.isEmpty { Console.error(text, terminator: "") }
    }

    /// At most one byte past the spec size limit, whatever the input is (a file, a pipe, a FIFO, a device
    /// such as /dev/zero): the reader refuses a larger spec, so nothing more is worth memory.
    private static func read(_ handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count <= SpecReader.maximumBytes {
            guard let chunk = try handle.read(upToCount: SpecReader.maximumBytes + 1 - data.count), !chunk.isEmpty else { break }
            data.append(chunk)
        }
        return data
    }

    private static func reason(for error: Error, path: String) -> String {
        if path == "-" { return "standard input is closed or unreadable" }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        return "permission denied or unreadable"
    }
}

enum Console {
    /// A closed or broken standard error loses the message, not the exit code.
    static func error(_ text: String, terminator: String = "\n") {
        try? FileHandle.standardError.write(contentsOf: Data((text + terminator).utf8))
    }

    /// Standard output closed, or a pipe whose reader is gone (with SIGPIPE ignored), is an output
    /// that cannot be written: exit code 73.
    static func output(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            Console.error("sharec: error: cannot write to standard output: \(String(cString: strerror(errno)))")
            throw Exit.cannotWrite
        }
    }

    /// Colour only for a person at a terminal, and never when NO_COLOR (no-color.org) is set and not empty.
    static var errorIsColourTerminal: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}

/// `--color`: CI logs render ANSI colour though standard error is no terminal there.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var appliesToStandardError: Bool {
        switch self {
        case .auto: Console.errorIsColourTerminal
        case .always: true
        case .never: false
        }
    }
}

/// The options of every command that prints findings.
struct FindingsOptions: ParsableArguments {
    @Option(help: "Colour the findings: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always (for CI logs) or never.")
    var color: ColorChoice = .auto
}
