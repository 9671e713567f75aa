import Foundation
import SharecCore

/// Writes emitted files so that a reader never sees half a file: a temporary file beside the
/// destination, renamed over it once complete.
enum OutputFile {
    static func write(_ file: EmittedFile, to path: String?) throws {
        guard let path, path != "-" else {
            Console.output(file.contents)
            return
        }
        var isDirectory: ObjCBool = false
        let destination = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? URL(fileURLWithPath: path).appendingPathComponent(file.name)
            : URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
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
