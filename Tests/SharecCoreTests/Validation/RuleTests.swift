@testable import SharecCore
import Testing

/// The valid side of each rule's boundary: values just inside a limit must pass.
/// (The failing side of every rule is specs/invalid, checked by InvalidSpecTests.)
@Suite struct RuleBoundaryTests {
    @Test func adjacentSubnetsDoNotOverlap() {
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: """
            network:
              subnets: { database: [10.0.0.0/24, 10.0.1.0/24], gateway: [10.0.2.0/28, 10.0.2.16/28] }
            databases:
            """)
        #expect(SpecFixtures.rules(yaml) == [])
    }

    @Test func generatedSubnetsAvoidExplicitOnes() throws {
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: """
            network:
              subnets: { database: [10.0.0.0/24, 10.0.2.0/24], gateway: 24 }
            databases:
            """)
        let plan = try #require(SpecFixtures.plan(yaml))
        #expect(plan.network.new?.tier(.gateway)?.subnets.map(\.value.description) == ["10.0.1.0/24", "10.0.3.0/24"])
    }

    @Test func defaultLayoutFillsFromTheBottom() throws {
        let plan = try #require(SpecFixtures.plan(SpecFixtures.minimal))
        #expect(plan.network.new?.tier(.database)?.subnets.map(\.value.description) == ["10.0.0.0/24", "10.0.1.0/24"])
        #expect(plan.network.new?.tier(.gateway)?.subnets.map(\.value.description) == ["10.0.2.0/28", "10.0.2.16/28"])
        #expect(plan.network.new?.tier(.public) == nil)
    }

    @Test func smallestStorageForTheTypeIsAccepted() {
        let yaml = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    storage: { sizeGiB: 100, type: io1 }")
        #expect(SpecFixtures.rules(yaml) == [])
        let tooSmall = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    storage: { sizeGiB: 99, type: io1 }")
        #expect(SpecFixtures.rules(tooSmall) == ["storage-size"])
    }

    @Test func instanceClassDependsOnTheRegion() {
        // cfn-lint's data has db.m5.large for postgres in us-east-1; a made-up class is refused everywhere.
        #expect(SpecFixtures.rules(SpecFixtures.minimal(replacing: "db.t3.micro", with: "db.m5.large")) == [])
        #expect(SpecFixtures.rules(SpecFixtures.minimal(replacing: "db.t3.micro", with: "db.m5.huge")) == ["instance-class"])
    }

    @Test func shortestExternalIDIsAccepted() {
        let yaml = SpecFixtures.minimal(replacing: "    - account: \"444455556666\"\n",
                                        with: "    - account: \"444455556666\"\n      role: { externalId: \"a=\" }\n")
        #expect(SpecFixtures.rules(yaml) == ["weak-external-id"], "STS accepts it; sharec only warns that it is guessable")
        let short = yaml.replacingOccurrences(of: "\"a=\"", with: "\"a\"")
        #expect(SpecFixtures.rules(short) == ["external-id"])
    }

    @Test func unquotedAccountIDWithLeadingZeroKeepsItsDigits() throws {
        // YAML 1.1 reads 012345678901 as a float; sharec reads the text.
        let yaml = SpecFixtures.minimal(replacing: "\"444455556666\"", with: "012345678901")
        let plan = try #require(SpecFixtures.plan(yaml))
        #expect(plan.sharing.consumers.first?.principal.value == "012345678901")
    }

    @Test func aSupportedMajorVersionSuggestsItsNewestRelease() throws {
        let yaml = SpecFixtures.minimal(replacing: "engine: postgres", with: "engine: mysql\n    engineVersion: \"8.0\"")
        let diagnostic = try #require(SpecFixtures.diagnose(yaml).first)
        #expect(diagnostic.rule == "engine-version")
        #expect(diagnostic.message.contains("'8.0."))
    }

    @Test func derivedNamesAreCheckedLikeWrittenOnes() {
        // "rgw" + "-gateway" would start with the reserved "rgw-" prefix.
        let yaml = SpecFixtures.minimal(replacing: "name: orders\n", with: "name: rgw\n")
        #expect(SpecFixtures.rules(yaml) == ["name-constraint"])
    }

    @Test func natNeedsPublicSubnetsAndAcceptsThem() {
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: "network:\n  natGateways: single\n  subnets: { public: 26 }\ndatabases:")
        #expect(SpecFixtures.rules(yaml) == [])
        let publicOnly = SpecFixtures.minimal(replacing: "databases:", with: "network:\n  subnets: { public: 26 }\ndatabases:")
        #expect(SpecFixtures.rules(publicOnly) == ["public-subnets"])
    }

    @Test func cheapOverlapCheckFindsNestedRanges() {
        // A wide subnet followed by two it contains: both are reported against the wide one.
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: """
            network:
              subnets:
                public: [10.0.0.0/20, 10.0.16.0/24]
                database: [10.0.1.0/24, 10.0.17.0/24]
                gateway: [10.0.2.0/28, 10.0.32.0/28]
              natGateways: single
            databases:
            """)
        #expect(SpecFixtures.rules(yaml) == ["cidr-overlap", "cidr-overlap"])
    }
}
