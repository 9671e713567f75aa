@testable import SharecCore
import Testing

@Suite struct StructureCheckTests {
    @Test func misspeltKeysGetASuggestionAndTheList() throws {
        let diagnostic = try #require(SpecFixtures.diagnose(SpecFixtures.minimal(replacing: "engine:", with: "engnie:")).first)
        #expect(diagnostic.rule == "unknown-key")
        #expect(diagnostic.message.contains("did you mean 'engine'?"))
        #expect(diagnostic.location?.line == 6)
    }

    /// A pattern holds to the true end of a value: ICU's `$` alone would let a final line break through.
    @Test(arguments: ["\\n", "\\r", "\\N", "\\L", "\\P", "\\v", "\\f"])
    func aTrailingLineBreakFailsThePattern(_ escape: String) {
        let yaml = SpecFixtures.minimal(replacing: "- account: \"444455556666\"", with: "- account: \"444455556666\(escape)\"")
        #expect(SpecFixtures.rules(yaml) == ["account-id"], "\(escape)")
        let name = SpecFixtures.minimal(replacing: "name: orders\nowner", with: "name: \"orders\(escape)\"\nowner")
        #expect(SpecFixtures.rules(name) == ["name-constraint"], "\(escape)")
    }

    /// CloudFormation counts a description's bytes; the check is a first-round one, so other errors do not hide it.
    @Test func anOverlongDescriptionIsReportedBesideOtherErrors() {
        let description = String(repeating: "é", count: 513)  // 1,026 bytes of UTF-8
        let yaml = SpecFixtures.minimal(replacing: "name: orders\nowner", with: "name: \(String(repeating: "a", count: 40))\ndescription: \(description)\nowner")
        #expect(SpecFixtures.rules(yaml) == ["name-constraint", "out-of-range"])
    }

    @Test func yaml11BooleansAreNotBooleans() {
        for spelling in ["yes", "on", "True", "\"true\""] {
            let yaml = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    multiAZ: \(spelling)")
            #expect(SpecFixtures.rules(yaml) == ["wrong-type"], "\(spelling)")
        }
    }

    @Test func integersMustBeDecimalAndUnquoted() {
        for spelling in ["0x10", "\"10\"", "1_0", "10.0"] {
            let yaml = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    backupRetentionDays: \(spelling)")
            #expect(SpecFixtures.rules(yaml) == ["wrong-type"], "\(spelling)")
        }
    }

    @Test func everyMissingKeyIsReported() {
        let diagnostics = SpecFixtures.diagnose("version: 1\n")
        #expect(diagnostics.map(\.rule) == Array(repeating: "missing-key", count: 4))
    }

    @Test func nullCountsAsAbsentForOptionalKeys() {
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: "network:\ndatabases:")
        #expect(SpecFixtures.rules(yaml) == [])
    }

    @Test func wrongShapesSayWhatWasFound() throws {
        let diagnostic = try #require(SpecFixtures.diagnose(SpecFixtures.minimal(replacing: "owner: { account: \"111122223333\", region: us-east-1 }", with: "owner: [1, 2]")).first)
        #expect(diagnostic.message == "owner: expected a mapping (owner), found a list")
    }
}
