import Foundation
@testable import SharecCore
import Testing

/// sharec's JSON writer must print exactly what Foundation's JSONEncoder prints, which is the oracle here.
@Suite struct JSONWriterTests {
    static func encoder(_ formatting: JSONEncoder.OutputFormatting) throws -> (JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting.union([.sortedKeys, .withoutEscapingSlashes])
        return { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }

    static let tricky: JSONValue = [
        "empty object": [:], "empty list": [], "null": .null, "flags": [true, false], "numbers": [0, -1, 9_007_199_254_740_993],
        "text": "quote \" backslash \\ slash / tab \t newline \n return \r \u{8}\u{C}\u{1}\u{1F}\u{7F} é 日本 \u{2028} 🙂 ${x} %{y}",
        "B": 1, "Z": 2, "_": 3, "a": [["nested": [[:], []]]], "aB": 4, "ab": 5, "é": 6, "Zoë": 7, "Zoe": 8,
    ]

    @Test func matchesJSONEncoderOnTrickyValues() throws {
        #expect(Self.tricky.rendered == (try Self.encoder(.prettyPrinted)(Self.tricky)) + "\n")
        #expect(Self.tricky.compact == (try Self.encoder([])(Self.tricky)))
    }

    @Test("matches JSONEncoder on every emitted document", arguments: GoldenOutputTests.examples)
    func matchesJSONEncoderOnExamples(_ example: String) throws {
        let terraform = try GoldenOutputTests.compiled(example, .terraform).contents
        let parsed = try JSONDecoder().decode(JSONValue.self, from: Data(terraform.utf8))
        #expect(terraform == (try Self.encoder(.prettyPrinted)(parsed)) + "\n", "terraform \(example)")
        // A template's keys are in the order people write them; sorted, the same document must print as JSONEncoder does.
        let template = try GoldenOutputTests.compiled(example, .cfn).contents
        let sorted = try JSONDecoder().decode(JSONValue.self, from: Data(template.utf8))
        #expect(sorted.rendered == (try Self.encoder(.prettyPrinted)(sorted)) + "\n", "cfn \(example)")
        #expect(sorted.rendered(keyOrder: TemplateKeyOrder.order) == template, "cfn \(example)")
    }

    /// The order a template's reader expects, read back from the text itself (JSONDecoder forgets order).
    @Test("templates put sections, and each resource's Type, where people write them", arguments: GoldenOutputTests.examples)
    func templateKeysInWritingOrder(_ example: String) throws {
        let template = try GoldenOutputTests.compiled(example, .cfn).contents
        let lines = template.split(separator: "\n")
        let sections = lines.filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(sections == TemplateKeyOrder.sections.filter(sections.contains), "\(example)")
        #expect(sections.last == "Outputs" && sections.first == "AWSTemplateFormatVersion", "\(example)")
        // Each resource opens at four spaces of indent; its first key, at six, is Type.
        for (index, line) in lines.enumerated() where line.hasPrefix("    \"") && line.hasSuffix("{") && index > 0 {
            guard let section = lines[..<index].last(where: { $0.hasPrefix("  \"") }), section.hasPrefix("  \"Resources\"") else { continue }
            #expect(lines[index + 1].hasPrefix("      \"Type\" : "), "\(example): \(line)")
        }
    }
}
