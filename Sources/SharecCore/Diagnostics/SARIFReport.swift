import Foundation

/// `sharec validate --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule of the
/// catalogue is described, so that a result's rule has its help even when it was suppressed.
public enum SARIFReport {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        /// sharec counts columns in Unicode scalars; SARIF's default would be UTF-16 code units.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "sharec"
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var fullDescription: Text
        /// The rule's section of the documentation: code scanning links each result to it.
        var helpUri: String
        var help: Help
        var defaultConfiguration: Configuration
    }

    struct Text: Encodable {
        var text: String
    }

    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [SuppressionRecord]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?
    }

    struct SuppressionRecord: Encodable {
        var kind = "inSource"
        var justification: String
        var location: Location
    }

    /// - Parameters:
    ///   - sources: each spec's text by file name, for fingerprints that survive lines moving.
    ///   - documentation: where docs/diagnostics.md is published; each rule's help is its section there.
    public static func render(_ diagnostics: [Diagnostic], suppressed: [SuppressedFinding], sources: [String: String], toolVersion: String,
                              documentation: String = RuleCatalogue.documentationURL) -> String {
        let catalogue = RuleCatalogue.rules
        let index = Dictionary(uniqueKeysWithValues: catalogue.enumerated().map { ($1.id, $0) })
        let rules = catalogue.map { rule in
            Rule(id: rule.id, shortDescription: Text(text: rule.summary), fullDescription: Text(text: rule.summary),
                 helpUri: RuleCatalogue.helpURL(rule.id, documentation: documentation),
                 help: Help(text: rule.help, markdown: rule.help), defaultConfiguration: Configuration(level: rule.severity.rawValue))
        }
        var fingerprints = Fingerprints(sources: sources)
        let results = SuppressedFinding.merged(diagnostics, suppressed).map { diagnostic, suppression in
            let related = diagnostic.notes.enumerated().compactMap { number, note in
                note.location.map { Location(id: number + 1, physicalLocation: physical($0), message: Text(text: note.message)) }
            }
            // Notes without a place (about defaults) have no related location to carry them.
            let unplacedNotes = diagnostic.notes.filter { $0.location == nil }.map { "\nnote: \($0.message)" }.joined()
            return Result(
                ruleId: diagnostic.rule, ruleIndex: index[diagnostic.rule] ?? -1, level: diagnostic.severity.rawValue,
                message: Text(text: diagnostic.message + unplacedNotes),
                locations: diagnostic.location.map { [Location(physicalLocation: physical($0))] } ?? [],
                relatedLocations: related.isEmpty ? nil : related,
                partialFingerprints: ["sharecFinding/v1": fingerprints.next(for: diagnostic)],
                suppressions: suppression.map {
                    [SuppressionRecord(justification: $0.reason, location: Location(physicalLocation: physical($0.location)))]
                })
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(semanticVersion: toolVersion, rules: rules)), results: results)])
        return JSONReport.encode(log)
    }

    static func physical(_ location: SourceLocation) -> PhysicalLocation {
        PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri(location.file)),
                         region: Region(startLine: location.line, startColumn: location.column,
                                        endLine: location.endLine, endColumn: location.endColumn))
    }

    /// A relative path stays relative (code scanning resolves it against the repository); an
    /// absolute one becomes a file URI; either is percent-encoded.
    static func uri(_ path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Fingerprints from the rule, the file and the text of the finding's line, not its number, so
    /// that code scanning keeps tracking a finding when lines are added above it. Identical ones are
    /// told apart by their order.
    struct Fingerprints {
        let lines: [String: [Substring]]
        var seen: [String: Int] = [:]

        init(sources: [String: String]) {
            lines = sources.mapValues { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        }

        mutating func next(for diagnostic: Diagnostic) -> String {
            let place = diagnostic.location
            let text = place.flatMap { place in
                lines[place.file].flatMap { $0.indices.contains(place.line - 1) ? $0[place.line - 1] : nil }
            }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            let key = [diagnostic.rule, place?.file ?? "", text, diagnostic.message].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return "\(Self.fnv1a(key)):\(occurrence)"
        }

        /// 64-bit FNV-1a in hex: stable across runs and machines, unlike Swift's seeded Hasher.
        static func fnv1a(_ text: String) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
    }
}
