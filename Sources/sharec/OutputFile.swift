import ArgumentParser
import Foundation
import SharecCore

/// Writes emitted files so that a reader never sees half a file: a temporary file beside the
/// destination, renamed over it once complete.
enum OutputFile {
    /// Where `write` puts the file: `path` itself, or inside it when it names a folder; nil for standard output.
    static func destination(for file: EmittedFile, at path: String?) -> URL? {
        guard let path, path != "-" else { return nil }
        return namesAFolder(path, for: file) ? URL(fileURLWithPath: path).appendingPathComponent(file.name) : URL(fileURLWithPath: path)
    }

    /// An existing directory, a path ending in `/`, or any path for a file that lives in a folder of its own (Terraform reads a
    /// folder, so `-o seed-tf` is one): the folder is made when missing.
    static func namesAFolder(_ path: String?, for file: EmittedFile?) -> Bool {
        guard let path, path != "-" else { return false }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return exists ? isDirectory.boolValue : path.hasSuffix("/") || file?.isInAFolder == true
    }

    /// `write`, or an error message and exit code 73 when the file cannot be written. Unless `quiet`, a file written to a path
    /// is named on standard error: a successful compile is otherwise silent.
    static func writeOrExit(_ file: EmittedFile, to path: String?, quiet: Bool) throws {
        do {
            try write(file, to: path)
            if !quiet, let destination = destination(for: file, at: path) { Console.error("sharec: wrote \(destination.relativePath)") }
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
        let inAFolder = namesAFolder(path, for: file)
        if file.isInAFolder, !inAFolder {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "it is a file, and \(file.name) is read as part of a folder; give -o a folder"])
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // Inside an output folder, a file name may hold a folder of its own (a consumer's Terraform configuration is one).
            if inAFolder {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } else if !FileManager.default.fileExists(atPath: folder.path) {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "there is no folder '\(folder.relativePath)'; end -o with / to have it made"])
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
