import ArgumentParser
import Foundation
import SharecCore

/// Writes emitted files so that a reader never sees half a file: a temporary file beside the
/// destination, renamed over it once complete.
enum OutputFile {
    /// Where `write` puts the file: `path` itself, or inside it when it is a directory; nil for standard output.
    static func destination(for file: EmittedFile, at path: String?) -> URL? {
        guard let path, path != "-" else { return nil }
        return isDirectory(path) ? URL(fileURLWithPath: path).appendingPathComponent(file.name) : URL(fileURLWithPath: path)
    }

    static func isDirectory(_ path: String?) -> Bool {
        var isDirectory: ObjCBool = false
        return path.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue } ?? false
    }

    /// `write`, or an error message and exit code 73 when the file cannot be written.
    static func writeOrExit(_ file: EmittedFile, to path: String?) throws {
        do {
            try write(file, to: path)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("sharec: error: cannot write '\(path ?? "-")': \(error.localizedDescription)")
            throw Exit.cannotWrite
        }
    }

    static func write(_ file: EmittedFile, to path: String?) throws {
        guard let destination = destination(for: file, at: path) else {
            try Console.output(file.contents)
            return
        }
        // Renaming over a device (/dev/null, as root) or a socket would replace it with a regular file.
        if let kind = try? FileManager.default.attributesOfItem(atPath: destination.path)[.type] as? FileAttributeType,
           kind != .typeRegular {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "it is neither a regular file nor a directory"])
        }
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // Inside an output directory, a file name may hold a folder of its own (a Terraform configuration is one).
            if file.name.contains("/") && isDirectory(path) {
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try Data(file.contents.utf8).write(to: temporary)
            if file.isExecutable {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary.path)
            }
            if rename(temporary.path, destination.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
