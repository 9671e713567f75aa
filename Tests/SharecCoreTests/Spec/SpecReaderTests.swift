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

    @Test func duplicateKeysAreNamedAtBothPlacesWithoutQuotingTheDocument() throws {
        let (_, diagnostics) = read("a: 1\nsecret: x\na: 2\nb: {c: 1, c: 2}\n")
        #expect(diagnostics.map(\.rule) == ["duplicate-key", "duplicate-key"], "every duplicate, not only the first")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message.contains("'a'"))
        #expect(!diagnostic.message.contains("secret"))
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.notes.first?.location?.line == 1, "the note points at the first 'a'")
        #expect(diagnostics.last?.location?.column == 11)
        #expect(diagnostics.last?.notes.first?.location?.column == 5)
    }

    @Test func nestingIsBoundedWhereverItIsDeep() throws {
        let block = (0...EventComposer.maximumDepth).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        let (_, blockDiagnostics) = read(block)
        #expect(blockDiagnostics.map(\.rule) == ["yaml-depth"])
        #expect(blockDiagnostics.first?.location?.line == EventComposer.maximumDepth + 1)
        // libyaml scans deep flow collections ahead and stops them itself; the finding is the same.
        let (_, flowDiagnostics) = read(String(repeating: "[", count: 200_000))
        #expect(flowDiagnostics.map(\.rule) == ["yaml-depth"])
    }

    @Test func valuesKnowWhereTheyEnd() throws {
        let (node, _) = read("key: 'quoted value'\nlist: [a, bc]\n")
        guard case let .mapping(mapping) = try #require(node) else { Issue.record("not a mapping"); return }
        let quoted = try #require(mapping["key"]).location
        #expect((quoted.line, quoted.column, quoted.endLine, quoted.endColumn) == (1, 6, 1, 20))
        let list = try #require(mapping["list"]).location
        #expect((list.column, list.endLine, list.endColumn) == (7, 2, 14))
        #expect(mapping.entries.first?.key.location.endColumn == 4)
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        // 9^9 strings if expanded; the walk must stop at each alias instead.
        #expect(text.utf8.count < 400)
        let started = ContinuousClock.now
        let (node, diagnostics) = read(text)
        #expect(ContinuousClock.now - started < .milliseconds(500), "aliases are never expanded")
        #expect(node == nil)
        #expect(diagnostics.count == 9, "one finding per anchor")
        #expect(diagnostics.allSatisfy { $0.rule == "yaml-anchor" })
        #expect(diagnostics.dropLast().allSatisfy { $0.notes.count == 1 }, "each used anchor points at its first alias")
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

extension SpecReaderTests {
    /// libyaml ends lines at these too; sharec would count lines differently from it and from editors.
    @Test func lineBreaksOtherThanLFAndCRLFAreRefusedWhereTheyAre() throws {
        for odd in ["\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            let (node, diagnostics) = read("a: 1\nb: x\(odd)y\n")
            #expect(node == nil)
            #expect(diagnostics.first?.location == SourceLocation(file: "s.yaml", line: 2, column: 5), "\(odd.unicodeScalars.first!.value)")
        }
        let (node, diagnostics) = read("a: 1\r\nb: 2\r\n")
        #expect(node != nil && diagnostics.isEmpty, "CRLF is fine")
    }

    @Test func anErrorAtTheEndOfAFileWithoutFinalNewlinePointsAtItsLastLine() throws {
        let (_, diagnostics) = read("a: 1\nb: {c")
        #expect(diagnostics.first?.location?.line == 2)
    }
}

/// Hostile values: tags of every kind are refused, and a value of any length is quoted as a bounded excerpt.
@Suite struct HostileValueTests {
    @Test(arguments: ["!!str false", "!!binary aGVsbG8=", "!!python/object:os.system x", "!custom x", "! x"])
    func everyYAMLTagIsRefused(_ value: String) {
        let yaml = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    multiAZ: \(value)")
        #expect(SpecFixtures.rules(yaml).contains("yaml-tag"), "\(value)")
    }

    @Test func aLongValueIsQuotedAsAnExcerpt() throws {
        let long = String(repeating: "x", count: 500_000)
        let diagnostic = try #require(SpecFixtures.diagnose(SpecFixtures.minimal(replacing: "\"444455556666\"", with: "\"\(long)\"")).first)
        #expect(diagnostic.rule == "account-id")
        #expect(diagnostic.message.count < 400, "\(diagnostic.message.count) characters")
        #expect(diagnostic.message.contains("(500000 characters)"))
    }

    /// STS's and IAM's `\w` is ASCII, where ICU's is any letter.
    @Test func externalIDsAndRoleNamesAreASCIIAsSTSAndIAMRequire() {
        let externalID = SpecFixtures.minimal(replacing: "    - account: \"444455556666\"\n",
                                              with: "    - account: \"444455556666\"\n      role: { externalId: \"f3a9c1d2-é-7b6e5d4c3b2a\" }\n")
        #expect(SpecFixtures.rules(externalID) == ["external-id"])
        let roleName = SpecFixtures.minimal(replacing: "    - account: \"444455556666\"\n",
                                            with: "    - account: \"444455556666\"\n      role: { name: rôle, externalId: f3a9c1d27b6e5d4c3b2a }\n")
        #expect(SpecFixtures.rules(roleName) == ["name-constraint"])
    }

    @Test func tagKeysAreSharecsOrDistinctWithoutRegardToCase() throws {
        let reserved = SpecFixtures.minimal(replacing: "databases:", with: "tags: { \"sharec:resource\": x }\ndatabases:")
        #expect(SpecFixtures.rules(reserved) == ["tag-key"])
        // A spec's own managedby stands for sharec's ManagedBy, which is then not added a second time.
        let plan = try #require(SpecFixtures.plan(SpecFixtures.minimal(replacing: "databases:", with: "tags: { managedby: platform }\ndatabases:")))
        #expect(plan.tags.map(\.key) == ["managedby"])
    }
}
