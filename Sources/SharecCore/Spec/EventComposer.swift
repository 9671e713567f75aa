// libyaml's event parser, which Yams wraps. Yams's own composer stops at the first duplicate key
// without saying where the second one is, expands aliases, and keeps no end positions, so sharec
// builds its tree from the events itself.
import CYaml

/// Composes one YAML document from libyaml's events into a `SpecNode` tree, enforcing sharec's YAML
/// policy as it goes: no anchors or aliases, no merge keys, no duplicate keys, bounded nesting, one
/// document. Policy findings are all reported; a syntax error ends the read where libyaml stops.
struct EventComposer {
    /// The spec language nests five levels; anything far deeper is a mistake or an attack.
    static let maximumDepth = 32

    private let source: SpecSource
    private let diagnostics: DiagnosticSink
    private var parser = yaml_parser_t()
    private var anchors: [(name: String, location: SourceLocation)] = []
    private var firstAlias: [String: SourceLocation] = [:]
    private var refused = false

    private enum Stop: Error { case syntax }

    enum Result {
        case document(SpecNode)
        case empty
        /// The text breaks YAML or the policy; every finding is in the diagnostics.
        case refused
    }

    static func compose(_ source: SpecSource, into diagnostics: DiagnosticSink) -> Result {
        var composer = EventComposer(source: source, diagnostics: diagnostics)
        var bytes = Array(source.text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard yaml_parser_initialize(&composer.parser) == 1 else { return .refused }
            defer { yaml_parser_delete(&composer.parser) }
            yaml_parser_set_encoding(&composer.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&composer.parser, buffer.baseAddress, buffer.count)
            return composer.composeStream()
        }
    }

    private init(source: SpecSource, diagnostics: DiagnosticSink) {
        self.source = source
        self.diagnostics = diagnostics
    }

    private mutating func composeStream() -> Result {
        do {
            var event = try next()                       // stream start
            event = try next()
            guard event.type == YAML_DOCUMENT_START_EVENT else { return .empty }
            let root = try node(from: try next(), depth: 1)
            _ = try next()                               // document end
            let after = try next()
            if after.type == YAML_DOCUMENT_START_EVENT {
                diagnostics.error("yaml-syntax", "a spec file holds one YAML document; found a second one", at: after.start)
                return .refused
            }
            reportAnchors()
            return refused ? .refused : .document(root)
        } catch {
            return .refused
        }
    }

    private mutating func node(from event: Event, depth: Int) throws -> SpecNode {
        let location = event.location
        if let anchor = event.anchor { anchors.append((anchor, location)) }
        // A tag would change what a value means (`!!str false`, `!!binary`) or ask for an object (`!!python/object`);
        // sharec reads every value by its key's declared type instead.
        if let tag = event.tag {
            diagnostics.error("yaml-tag", "YAML tags are not allowed in a spec; remove the tag '\(tag)' and write the value as its key expects",
                              at: event.start)
        }
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = event.aliasName
            if firstAlias[name] == nil { firstAlias[name] = location }
            refused = true
            return .scalar(.init(text: "", isPlain: true, location: location))
        case YAML_SCALAR_EVENT:
            return .scalar(.init(text: event.scalarText, isPlain: event.isPlainScalar, location: location))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard depth <= Self.maximumDepth else {
                reportTooDeep(at: location)
                throw Stop.syntax
            }
            return event.type == YAML_SEQUENCE_START_EVENT
                ? try sequence(from: event, depth: depth)
                : try mapping(from: event, depth: depth)
        default:
            diagnostics.error("yaml-syntax", "unexpected YAML event", at: location)
            throw Stop.syntax
        }
    }

    private mutating func sequence(from start: Event, depth: Int) throws -> SpecNode {
        var items: [SpecNode] = []
        var event = try next()
        while event.type != YAML_SEQUENCE_END_EVENT {
            items.append(try node(from: event, depth: depth + 1))
            event = try next()
        }
        let end = start.isFlow ? event.location : items.last?.location ?? start.location
        return .sequence(.init(items: items, location: start.location.ending(at: end)))
    }

    private mutating func mapping(from start: Event, depth: Int) throws -> SpecNode {
        var entries: [(key: Located<String>, value: SpecNode)] = []
        var firstPlace: [String: SourceLocation] = [:]
        var last = start.location
        var event = try next()
        while event.type != YAML_MAPPING_END_EVENT {
            let keyNode = try node(from: event, depth: depth + 1)
            let value = try node(from: try next(), depth: depth + 1)
            last = value.location
            event = try next()
            guard case let .scalar(key) = keyNode else {
                diagnostics.error("wrong-type", "mapping keys must be plain names", at: keyNode.location)
                refused = true
                continue
            }
            if key.text == "<<" && key.isPlain {
                diagnostics.error("yaml-anchor", "YAML merge keys ('<<') are not allowed in a spec; write the keys out", at: key.location)
                refused = true
                continue
            }
            if let first = firstPlace[key.text] {
                diagnostics.error("duplicate-key", "key '\(key.text)' appears more than once in this mapping", at: key.location,
                                  notes: [.init("first written here", at: first)])
                refused = true
                continue
            }
            firstPlace[key.text] = key.location
            entries.append((Located(key.text, at: key.location), value))
        }
        let end = start.isFlow ? event.location : last
        return .mapping(.init(entries: entries, location: start.location.ending(at: end)))
    }

    /// One finding per anchor, at the anchor, pointing at its first alias: the value should be written out.
    private mutating func reportAnchors() {
        let anchored = Set(anchors.map(\.name))
        for (name, location) in anchors {
            let notes = firstAlias[name].map { [Diagnostic.Note("used again through an alias here", at: $0)] } ?? []
            diagnostics.error("yaml-anchor", "YAML anchors and aliases are not allowed in a spec; write out the value anchored as '&\(name)'",
                              at: location, notes: notes)
            refused = true
        }
        for (name, location) in firstAlias.sorted(by: { $0.value < $1.value }) where !anchored.contains(name) {
            diagnostics.error("yaml-anchor", "alias '*\(name)' refers to no anchor; YAML anchors and aliases are not allowed in a spec", at: location)
            refused = true
        }
    }

    private mutating func next() throws -> Event {
        let event = Event()
        guard yaml_parser_parse(&parser, &event.raw) == 1 else {
            reportSyntaxError()
            throw Stop.syntax
        }
        event.file = source.fileName
        return event
    }

    private func reportTooDeep(at location: SourceLocation) {
        diagnostics.error("yaml-depth", "the spec nests deeper than \(Self.maximumDepth) levels; the spec language needs five at most", at: location)
    }

    private func reportSyntaxError() {
        let problem = parser.problem.map { String(cString: $0) } ?? "cannot read the YAML"
        // libyaml's own nesting limit (1000) trips first on deep flow collections, which it scans ahead.
        if problem.hasPrefix("Maximum nesting level") {
            reportTooDeep(at: Event.location(parser.context_mark, file: source.fileName))
            return
        }
        if parser.error == YAML_READER_ERROR {
            // libyaml gives reader errors as a byte offset only.
            let before = String(decoding: source.text.utf8.prefix(parser.problem_offset), as: UTF8.self)
            diagnostics.error("yaml-syntax", problem, at: SpecReader.location(after: before, file: source.fileName))
            return
        }
        var notes: [Diagnostic.Note] = []
        if let context = parser.context {
            notes.append(.init(String(cString: context), at: withinText(Event.location(parser.context_mark, file: source.fileName))))
        }
        diagnostics.error("yaml-syntax", problem, at: withinText(Event.location(parser.problem_mark, file: source.fileName)), notes: notes)
    }

    /// libyaml places an error at the end of a file that lacks a final line break on the line after
    /// the last; point at the end of the last line instead, which has text to show.
    private func withinText(_ location: SourceLocation) -> SourceLocation {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line > lines.count, let last = lines.last else { return location }
        return SourceLocation(file: location.file, line: lines.count, column: last.unicodeScalars.count + 1)
    }
}

/// One libyaml event, freed when the wrapper goes.
private final class Event {
    var raw = yaml_event_t()
    var file = ""

    deinit { yaml_event_delete(&raw) }

    var type: yaml_event_type_t { raw.type }

    /// libyaml counts lines and columns from 0, in characters; sharec from 1.
    static func location(_ mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    var start: SourceLocation { Self.location(raw.start_mark, file: file) }

    var location: SourceLocation {
        let end = Self.location(raw.end_mark, file: file)
        return start.ending(at: end)
    }

    var isFlow: Bool {
        switch raw.type {
        case YAML_SEQUENCE_START_EVENT: raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }

    var anchor: String? {
        nodeText(raw.data.scalar.anchor, raw.data.sequence_start.anchor, raw.data.mapping_start.anchor)
    }

    /// The tag written before a node, if any (libyaml resolves `!!str` to `tag:yaml.org,2002:str`).
    var tag: String? {
        nodeText(raw.data.scalar.tag, raw.data.sequence_start.tag, raw.data.mapping_start.tag)
    }

    /// A text field that scalars, sequences and mappings each carry in their part of the event's union:
    /// only the part of this event's type is read.
    private func nodeText(_ scalar: @autoclosure () -> UnsafeMutablePointer<yaml_char_t>?,
                          _ sequence: @autoclosure () -> UnsafeMutablePointer<yaml_char_t>?,
                          _ mapping: @autoclosure () -> UnsafeMutablePointer<yaml_char_t>?) -> String? {
        let pointer = switch raw.type {
        case YAML_SCALAR_EVENT: scalar()
        case YAML_SEQUENCE_START_EVENT: sequence()
        case YAML_MAPPING_START_EVENT: mapping()
        default: nil as UnsafeMutablePointer<yaml_char_t>?
        }
        return pointer.map { String(cString: $0) }
    }

    var aliasName: String { String(cString: raw.data.alias.anchor) }

    var scalarText: String {
        let scalar = raw.data.scalar
        return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
    }

    var isPlainScalar: Bool { raw.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }
}
