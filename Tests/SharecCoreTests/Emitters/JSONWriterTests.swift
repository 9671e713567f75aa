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
        for target in [Target.cfn, .terraform] {
            let text = try GoldenOutputTests.compiled(example, target).contents
            let parsed = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            #expect(text == (try Self.encoder(.prettyPrinted)(parsed)) + "\n", "\(target) \(example)")
        }
    }
}
