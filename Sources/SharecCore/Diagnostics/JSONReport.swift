import Foundation

/// `sharec validate --format json`: one array of findings in source order, suppressed warnings
/// included and marked. docs/ci.md documents the shape; keys are only ever added to it.
public enum JSONReport {
    struct Finding: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var severity: String
        var rule: String
        var message: String
        var notes: [Note]
        var suppression: Suppressed?
    }

    struct Note: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }

    struct Suppressed: Encodable {
        var reason: String
        var file: String
        var line: Int
        var column: Int
    }

    public static func render(_ diagnostics: [Diagnostic], suppressed: [SuppressedFinding]) -> String {
        encode(SuppressedFinding.merged(diagnostics, suppressed).map { finding($0.diagnostic, $0.suppression) })
    }

    static func finding(_ diagnostic: Diagnostic, _ suppression: Suppression?) -> Finding {
        let place = diagnostic.location
        return Finding(
            file: place?.file, line: place?.line, column: place?.column, endLine: place?.endLine, endColumn: place?.endColumn,
            severity: diagnostic.severity.rawValue, rule: diagnostic.rule, message: diagnostic.message,
            notes: diagnostic.notes.map { Note(message: $0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column) },
            suppression: suppression.map {
                Suppressed(reason: $0.reason, file: $0.location.file, line: $0.location.line, column: $0.location.column)
            })
    }

    /// Pretty, sorted keys, no escaped slashes: the same findings give the same bytes.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
