@testable import SharecCore
import Testing
import TestSupport

/// The valid side of each rule's boundary: values just inside a limit must pass.
/// (The failing side of every rule is specs/invalid, checked by InvalidSpecTests.)
@Suite struct RuleBoundaryTests {
    @Test func adjacentSubnetsDoNotOverlap() {
        let yaml = SpecFixtures.minimal(replacing: "databases:", with: """
            network:
              subnets: { database: [10.0.0.0/24, 10.0.1.0/24], gateway: [10.0.2.0/26, 10.0.2.64/26] }
            databases:
            """)
        #expect(SpecFixtures.rules(yaml) == [])
    }

    @Test func gatewaySubnetsAreSlash26AtTheSmallestWhetherWrittenOrLaidOut() {
        // Each gateway interface takes an aligned /28, and AWS reserves 5 addresses of every subnet.
        let laidOut = SpecFixtures.minimal(replacing: "databases:", with: "network:\n  subnets: { gateway: 27 }\ndatabases:")
        #expect(SpecFixtures.rules(laidOut) == ["subnet-size"])
        let written = SpecFixtures.minimal(replacing: "databases:", with: "network:\n  subnets: { gateway: [10.0.8.0/27, 10.0.9.0/26] }\ndatabases:")
        #expect(SpecFixtures.rules(written) == ["subnet-size"])
        let smallest = SpecFixtures.minimal(replacing: "databases:", with: "network:\n  subnets: { gateway: 26 }\ndatabases:")
        #expect(SpecFixtures.rules(smallest) == [])
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
        #expect(plan.network.new?.tier(.gateway)?.subnets.map(\.value.description) == ["10.0.2.0/26", "10.0.2.64/26"])
        #expect(plan.network.new?.tier(.public) == nil)
    }

    @Test func smallestStorageForTheTypeIsAccepted() {
        let yaml = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    storage: { sizeGiB: 100, type: io1, iops: 1000 }")
        #expect(SpecFixtures.rules(yaml) == [])
        let tooSmall = SpecFixtures.minimal(replacing: "instanceClass: db.t3.micro", with: "instanceClass: db.t3.micro\n    storage: { sizeGiB: 99, type: io1, iops: 1000 }")
        #expect(SpecFixtures.rules(tooSmall) == ["storage-size"])
    }

    @Test func instanceClassDependsOnTheRegion() {
        // cfn-lint's data has db.m5.large for postgres in us-east-1; a made-up class is refused everywhere.
        #expect(SpecFixtures.rules(SpecFixtures.minimal(replacing: "db.t3.micro", with: "db.m5.large")) == [])
        #expect(SpecFixtures.rules(SpecFixtures.minimal(replacing: "db.t3.micro", with: "db.m5.huge")) == ["instance-class"])
    }

    /// A size its family lacks gets the family's sizes, smallest first, from the same data.
    @Test func aMadeUpSizeListsItsFamily() throws {
        let message = try #require(SpecFixtures.diagnose(SpecFixtures.minimal(replacing: "db.t3.micro", with: "db.t3.mega")).first?.message)
        #expect(message.hasSuffix("; db.t3 comes as micro, small, medium, large, xlarge, 2xlarge"), "\(message)")
        let offered = AWSFacts.instanceClasses["postgres"]?.accepted(in: "us-east-1").filter { $0.hasPrefix("db.t3.") } ?? []
        #expect(Set(offered) == Set(["micro", "small", "medium", "large", "xlarge", "2xlarge"].map { "db.t3.\($0)" }))
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
                gateway: [10.0.2.0/26, 10.0.32.0/26]
              natGateways: single
            databases:
            """)
        #expect(SpecFixtures.rules(yaml) == ["cidr-overlap", "cidr-overlap"])
    }

    @Test func provisionedIOPSFollowTheStorageType() {
        func rules(_ storage: String, engine: String = "postgres") -> [String] {
            SpecFixtures.rules(SpecFixtures.minimal(replacing: "engine: postgres\n    instanceClass: db.t3.micro",
                                                    with: "engine: \(engine)\n    instanceClass: db.m5.large\n    storage: \(storage)"))
        }
        #expect(rules("{ sizeGiB: 100, type: io1, iops: 5000 }") == [], "50 IOPS per GiB is io1's most")
        #expect(rules("{ sizeGiB: 100, type: io1, iops: 5001 }") == ["provisioned-iops"])
        #expect(rules("{ sizeGiB: 100, type: io2, iops: 50000 }") == [], "io2 takes up to 500 per GiB")
        #expect(rules("{ sizeGiB: 100, type: io2 }") == ["provisioned-iops"], "io2 needs IOPS")
        #expect(rules("{ sizeGiB: 100, type: io1, iops: 1000, throughputMiBps: 500 }") == ["provisioned-iops"], "throughput is gp3's")
        #expect(rules("{ sizeGiB: 399, type: gp3, iops: 12000 }") == ["provisioned-iops"], "below 400 GiB gp3 has a fixed baseline")
        #expect(rules("{ sizeGiB: 400, type: gp3, iops: 12000, throughputMiBps: 3000 }") == [])
        #expect(rules("{ sizeGiB: 400, type: gp3, iops: 12000, throughputMiBps: 3001 }") == ["provisioned-iops"], "0.25 MiB/s per IOPS at most")
        #expect(rules("{ sizeGiB: 400, type: gp3, iops: 40000, throughputMiBps: 600 }", engine: "mysql") == ["provisioned-iops"], "MySQL needs 625 MiB/s there")
        #expect(rules("{ sizeGiB: 400, type: gp3, iops: 40000, throughputMiBps: 625 }", engine: "mysql") == [])
        #expect(rules("{ sizeGiB: 100, type: gp2, iops: 1000 }") == ["provisioned-iops"])
    }

    @Test func masterUserNamesFollowTheEngine() throws {
        func rules(_ engine: String, _ name: String) -> [String] {
            SpecFixtures.rules(SpecFixtures.minimal(replacing: "engine: postgres\n    instanceClass: db.t3.micro",
                                                    with: "engine: \(engine)\n    instanceClass: db.t3.medium\n    masterUsername: \(name)"))
        }
        #expect(rules("mysql", "admin") == [])
        #expect(rules("mysql", String(repeating: "a", count: 32)) == [])
        #expect(rules("mysql", String(repeating: "a", count: 33)) == ["master-user-name"])
        #expect(rules("mariadb", String(repeating: "a", count: 17)) == ["master-user-name"])
        #expect(rules("mysql", "RdsAdmin") == ["master-user-name"], "reserved names are compared without case")
        #expect(rules("postgres", "pg_owner") == ["master-user-name"])
        #expect(rules("aurora-postgresql", "admin") == ["master-user-name"])
        let plan = try #require(SpecFixtures.plan(SpecFixtures.minimal))
        #expect(plan.databases.first?.new?.masterUsername.value == "postgres", "PostgreSQL's default is not its reserved admin")
    }

    @Test func aFullReleaseIsPinnedAndAMajorVersionFollowsMinorReleases() throws {
        func upgrades(_ version: String?) throws -> Bool {
            let yaml = version.map { SpecFixtures.minimal(replacing: "engine: postgres", with: "engine: postgres\n    engineVersion: \"\($0)\"") } ?? SpecFixtures.minimal
            return try #require(SpecFixtures.plan(yaml)?.databases.first?.new).autoMinorVersionUpgrade
        }
        #expect(try upgrades(nil))
        #expect(try upgrades("16"))
        #expect(try !upgrades("16.13"))
        // Every target says the same, so no target drifts from the version written.
        let pinned = try #require(SpecFixtures.plan(SpecFixtures.minimal(replacing: "engine: postgres", with: "engine: postgres\n    engineVersion: \"16.13\"")))
        for (target, text) in [(Target.cfn, "\"AutoMinorVersionUpgrade\" : false"), (.terraform, "\"auto_minor_version_upgrade\" : false"),
                               (.cli, "--no-auto-minor-version-upgrade")] {
            #expect(target.emitter.emit(pinned, into: DiagnosticSink()).contents.contains(text), "\(target)")
        }
    }

    @Test func theSecretRDSManagesIsAcceptedForAnExistingDatabase() throws {
        let spec = try Repository.read("specs/examples/existing-databases.yaml")
        #expect(spec.contains(":secret:rds!db-"))
        #expect(SpecFixtures.diagnose(spec).allSatisfy { $0.severity == .note })
    }
}
