import Yams

/// Reads spec text into a located node tree, enforcing sharec's YAML policy:
/// one document, no anchors or aliases (they hide where a value came from and allow
/// exponential fan-out), no merge keys, and a size cap.
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
        let root: Node?
        do {
            // `.utf8` explicitly: the default reads YAMS_DEFAULT_ENCODING and may print to stdout.
            root = try Parser(yaml: source.text, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            diagnostics.report(Self.diagnostic(for: error, file: file))
            return nil
        } catch {
            diagnostics.error("yaml-syntax", "\(error)", at: start)
            return nil
        }
        guard let root else {
            diagnostics.error("missing-key", "spec is empty; it needs at least 'version', 'name', 'owner', 'databases' and 'sharing'", at: start)
            return nil
        }
        var walk = TreeWalk(file: file, diagnostics: diagnostics)
        let node = walk.convert(root)
        return walk.foundAlias ? nil : node
    }

    /// Converts Yams nodes, refusing aliases. Yams resolves an alias to the anchored node itself, mark
    /// included, so a node met a second time at the same place and of the same kind is an alias; stopping
    /// there also stops the exponential fan-out of a "billion laughs" document.
    private struct TreeWalk {
        let file: String
        let diagnostics: DiagnosticSink
        private var seen = Set<String>()
        private var reported = Set<SourceLocation>()
        var foundAlias: Bool { !reported.isEmpty }

        init(file: String, diagnostics: DiagnosticSink) {
            self.file = file
            self.diagnostics = diagnostics
        }

        mutating func convert(_ node: Node) -> SpecNode {
            let location = SpecReader.location(node.mark, file: file)
            guard firstVisit(node, at: location) else {
                return .scalar(.init(text: "", isPlain: true, location: location))
            }
            switch node {
            case let .scalar(scalar):
                return .scalar(.init(text: scalar.string, isPlain: scalar.style == .plain, location: location))
            case let .sequence(sequence):
                return .sequence(.init(items: sequence.map { convert($0) }, location: location))
            case let .mapping(mapping):
                var entries: [(key: Located<String>, value: SpecNode)] = []
                for (key, value) in mapping {
                    let keyLocation = SpecReader.location(key.mark, file: file)
                    guard case let .scalar(keyScalar) = key, firstVisit(key, at: keyLocation) else {
                        diagnostics.error("wrong-type", "mapping keys must be plain names", at: keyLocation)
                        continue
                    }
                    if keyScalar.string == "<<" && keyScalar.style == .plain {
                        diagnostics.error("yaml-anchor", "YAML merge keys ('<<') are not allowed in a spec; write the keys out", at: keyLocation)
                        continue
                    }
                    entries.append((Located(keyScalar.string, at: keyLocation), convert(value)))
                }
                return .mapping(.init(entries: entries, location: location))
            case .alias:
                return .scalar(.init(text: "", isPlain: true, location: location))
            }
        }

        private mutating func firstVisit(_ node: Node, at location: SourceLocation) -> Bool {
            let kind = switch node {
            case .scalar: "s"
            case .mapping: "m"
            case .sequence: "q"
            case .alias: "a"
            }
            if seen.insert("\(kind)\(location.line):\(location.column)").inserted { return true }
            if reported.insert(location).inserted {
                diagnostics.error("yaml-anchor", "YAML anchors and aliases are not allowed in a spec; the value anchored here is used again through an alias: write it out", at: location)
            }
            return false
        }
    }

    static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func location(of index: String.UnicodeScalarView.Index, in source: SpecSource) -> SourceLocation {
        let before = source.text.unicodeScalars[..<index]
        let line = before.count { $0 == "\n" } + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return SourceLocation(file: source.fileName, line: line, column: column)
    }

    /// Builds sharec's own message from a Yams error: Yams's descriptions quote the whole document.
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func context(_ context: YamlError.Context?) -> [Diagnostic.Note] {
            guard let context, !context.text.isEmpty else { return [] }
            return [.init(context.text, at: location(context.mark, file: file))]
        }
        switch error {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _):
            return Diagnostic(.error, rule: "yaml-syntax", problem, at: location(mark, file: file), notes: context(ctx))
        case let .composer(ctx, problem, mark, _):
            if problem.contains("another document") {
                return Diagnostic(.error, rule: "yaml-syntax", "a spec file holds one YAML document; found a second one", at: location(mark, file: file))
            }
            return Diagnostic(.error, rule: "yaml-syntax", problem, at: location(mark, file: file), notes: context(ctx))
        case let .duplicatedKeysInMapping(duplicates, ctx):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, rule: "duplicate-key", "key \(keys) appears more than once in this mapping", at: location(ctx.mark, file: file))
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, rule: "yaml-syntax", "cannot read the spec: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic(.error, rule: "yaml-syntax", "cannot read the spec", at: SourceLocation(file: file, line: 1, column: 1))
        }
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
