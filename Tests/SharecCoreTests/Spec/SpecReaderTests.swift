import Foundation
@testable import SharecCore
import Testing

@Suite struct SpecReaderTests {
    private func read(_ text: String) -> (SpecNode?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let node = SpecReader().read(SpecSource(fileName: "s.yaml", text: text), into: sink)
        return (node, sink.sorted)
    }

    @Test func syntaxErrorsKeepLibyamlsPosition() throws {
        let (node, diagnostics) = read("a: [1, 2\nb: 3\n")
        #expect(node == nil)
        let first = try #require(diagnostics.first)
        #expect(first.rule == "yaml-syntax")
        #expect(first.location?.line == 2)
        #expect(first.notes.first?.location?.line == 1, "the context note points at the opening bracket")
    }

    @Test func duplicateKeysAreNamedWithoutQuotingTheDocument() throws {
        let (_, diagnostics) = read("a: 1\nsecret: x\na: 2\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == "duplicate-key")
        #expect(diagnostic.message.contains("'a'"))
        #expect(!diagnostic.message.contains("secret"))
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        // 9^9 strings if expanded; the walk must stop at each alias instead.
        let (node, diagnostics) = read(text)
        #expect(node == nil)
        #expect(diagnostics.count == 8)
        #expect(diagnostics.allSatisfy { $0.rule == "yaml-anchor" })
    }

    @Test func mergeKeysAreRefused() {
        let (_, diagnostics) = read("a: 1\n<<: {b: 2}\n")
        #expect(diagnostics.map(\.rule) == ["yaml-anchor"])
    }

    @Test func oneDocumentPerFile() throws {
        let (node, diagnostics) = read("a: 1\n---\nb: 2\n")
        #expect(node == nil)
        #expect(diagnostics.map(\.rule) == ["yaml-syntax"])
        #expect(try #require(diagnostics.first).message.contains("one YAML document"))
    }

    @Test func nulCharactersAreLocated() throws {
        let (_, diagnostics) = read("a: 1\nb: x\0y\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "s.yaml", line: 2, column: 5))
    }

    @Test func invalidUTF8IsLocatedAtTheBadByte() throws {
        let sink = DiagnosticSink()
        let bytes = Array("name: ok\nowner: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(SpecReader.source(fileName: "s.yaml", bytes: bytes, into: sink) == nil)
        let diagnostic = try #require(sink.diagnostics.first)
        #expect(diagnostic.rule == "invalid-encoding")
        #expect(diagnostic.location == SourceLocation(file: "s.yaml", line: 2, column: 11))
    }

    @Test func oversizedFilesAreRefusedBeforeParsing() {
        let sink = DiagnosticSink()
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: SpecReader.maximumBytes + 1)
        #expect(SpecReader.source(fileName: "s.yaml", bytes: bytes, into: sink) == nil)
        #expect(sink.diagnostics.map(\.rule) == ["spec-too-large"])
    }

    @Test func anEmptyFileNamesWhatASpecNeeds() {
        let (node, diagnostics) = read("# nothing here\n")
        #expect(node == nil)
        #expect(diagnostics.map(\.rule) == ["missing-key"])
    }
}
