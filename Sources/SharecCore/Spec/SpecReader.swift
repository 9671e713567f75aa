/// Reads spec text into a located node tree, enforcing sharec's YAML policy: a size cap, no NUL,
/// one document, no anchors or aliases (they hide where a value came from and allow exponential
/// fan-out), no merge keys, no duplicate keys, bounded nesting.
public struct SpecReader {
    /// Real specs are a few kilobytes; the cap keeps a mistaken input from costing a slow parse.
    public static let maximumBytes = 1 << 20

    public init() {}

    public func read(_ source: SpecSource, into diagnostics: DiagnosticSink) -> SpecNode? {
        let file = source.fileName
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard source.text.utf8.count <= Self.maximumBytes else {
            diagnostics.error("spec-too-large", "spec is \(source.text.utf8.count) bytes; the limit is \(Self.maximumBytes)", at: start)
            return nil
        }
        if let nul = source.text.unicodeScalars.firstIndex(of: "\0") {
            diagnostics.error("yaml-syntax", "spec contains a NUL character", at: location(of: nul, in: source))
            return nil
        }
        // libyaml also ends lines at these (YAML 1.1 did); lines would then be counted two ways.
        if let odd = Self.oddLineBreak(in: source.text.unicodeScalars) {
            let name = odd.scalar == "\r" ? "a carriage return that is not followed by a line feed"
                : "the line separator U+\(String(odd.scalar.value, radix: 16, uppercase: true))"
            diagnostics.error("yaml-syntax", "spec contains \(name); end lines with LF or CRLF", at: location(of: odd.index, in: source))
            return nil
        }
        switch EventComposer.compose(source, into: diagnostics) {
        case let .document(root):
            return root
        case .empty:
            diagnostics.error("missing-key", "spec is empty; it needs at least 'version', 'name', 'owner', 'databases' and 'sharing'", at: start)
            return nil
        case .refused:
            return nil
        }
    }

    private static func oddLineBreak(in scalars: String.UnicodeScalarView) -> (scalar: Unicode.Scalar, index: String.UnicodeScalarView.Index)? {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\r" where next == scalars.endIndex || scalars[next] != "\n", "\u{85}", "\u{2028}", "\u{2029}":
                return (scalar, index)
            default:
                index = next
            }
        }
        return nil
    }

    private func location(of index: String.UnicodeScalarView.Index, in source: SpecSource) -> SourceLocation {
        let before = source.text.unicodeScalars[..<index]
        let line = before.count { $0 == "\n" } + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return SourceLocation(file: source.fileName, line: line, column: column)
    }
}

extension SpecReader {
    /// Decodes a file's bytes as UTF-8, reporting the first invalid byte with its line and column.
    public static func source(fileName: String, bytes: [UInt8], into diagnostics: DiagnosticSink) -> SpecSource? {
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        guard bytes.count <= maximumBytes else {
            diagnostics.error("spec-too-large", "spec is \(bytes.count) bytes; the limit is \(maximumBytes)", at: start)
            return nil
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return SpecSource(fileName: fileName, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        // Find the first byte where decoding fails, to point at it.
        var valid = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
                valid = offset
            case .emptyInput, .error:
                break loop
            }
        }
        let prefix = String(decoding: bytes[..<valid], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        let location = SourceLocation(file: fileName, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
        diagnostics.error("invalid-encoding", "spec is not valid UTF-8 (byte 0x\(String(bytes[valid], radix: 16)) at offset \(valid))", at: location)
        return nil
    }
}
