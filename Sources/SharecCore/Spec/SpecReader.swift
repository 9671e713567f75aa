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
        if let odd = Self.oddCharacter(in: source.text.unicodeScalars) {
            let problem = switch odd.scalar {
            case "\0": "spec contains a NUL character"
            case "\r": "spec contains a carriage return that is not followed by a line feed; end lines with LF or CRLF"
            default: "spec contains the line separator U+\(String(odd.scalar.value, radix: 16, uppercase: true)); end lines with LF or CRLF"
            }
            let before = Substring(source.text.unicodeScalars[..<odd.index])
            diagnostics.error("yaml-syntax", problem, at: Self.location(after: before, file: file))
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

    /// The first NUL, else the first line break other than LF and CRLF: libyaml also ends lines at a
    /// lone CR and at U+0085, U+2028 and U+2029 (YAML 1.1 did), so lines would be counted two ways.
    private static func oddCharacter(in scalars: String.UnicodeScalarView) -> (scalar: Unicode.Scalar, index: String.UnicodeScalarView.Index)? {
        var firstBreak: (scalar: Unicode.Scalar, index: String.UnicodeScalarView.Index)?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\0":
                return (scalar, index)
            case "\r" where next == scalars.endIndex || scalars[next] != "\n", "\u{85}", "\u{2028}", "\u{2029}":
                if firstBreak == nil { firstBreak = (scalar, index) }
            default:
                break
            }
            index = next
        }
        return firstBreak
    }

    /// The place just after `text`, which is how a file begins: for problems sharec finds by position.
    static func location(after text: some StringProtocol, file: String) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(file: file, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }
}

extension SpecReader {
    /// Decodes a file's bytes as UTF-8, reporting the first invalid byte with its line and column.
    public static func source(fileName: String, bytes: [UInt8], into diagnostics: DiagnosticSink) -> SpecSource? {
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        // A reader stops one byte past the limit, so the size beyond it is not known.
        guard bytes.count <= maximumBytes else {
            diagnostics.error("spec-too-large", "spec is more than \(maximumBytes) bytes, the limit", at: start)
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
        let location = location(after: String(decoding: bytes[..<valid], as: UTF8.self), file: fileName)
        diagnostics.error("invalid-encoding", "spec is not valid UTF-8 (byte 0x\(String(bytes[valid], radix: 16)) at offset \(valid))", at: location)
        return nil
    }
}
