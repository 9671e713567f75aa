@testable import SharecCore
import Testing

/// Consumers that are organizational units and organizations: what the share allows, and where.
@Suite struct ConsumerPrincipalTests {
    static let organizationUnit = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-a1b2-f6g7h8i9"

    static func sharedWith(_ consumers: String, region: String = "us-east-1", allowExternal: String? = nil) -> String {
        SpecFixtures.minimal
            .replacingOccurrences(of: "region: us-east-1", with: "region: \(region)")
            .replacingOccurrences(of: "sharing:\n  consumers:\n    - account: \"444455556666\"\n",
                                  with: "sharing:\n" + (allowExternal.map { "  resourceShare: { allowExternalPrincipals: \($0) }\n" } ?? "")
                                      + "  consumers:\n" + consumers)
    }

    @Test func externalPrincipalsAreAllowedOnlyWhenAnAccountIsAConsumer() throws {
        let groups = try #require(SpecFixtures.plan(Self.sharedWith("    - organizationalUnit: \(Self.organizationUnit)\n")))
        #expect(!groups.sharing.allowExternalPrincipals, "an OU is inside the organization")
        let mixed = try #require(SpecFixtures.plan(Self.sharedWith("    - organizationalUnit: \(Self.organizationUnit)\n    - account: \"444455556666\"\n")))
        #expect(mixed.sharing.allowExternalPrincipals, "sharec cannot know whether the account is inside")
        let chosen = try #require(SpecFixtures.plan(Self.sharedWith("    - account: \"444455556666\"\n", allowExternal: "false")))
        #expect(!chosen.sharing.allowExternalPrincipals)
        #expect(SpecFixtures.diagnose(Self.sharedWith("    - account: \"444455556666\"\n", allowExternal: "false")).map(\.severity) == [.note],
                "an explicit false with accounts is said to be unchecked")
    }

    @Test func anOrganizationalUnitMustBeInTheOwnersPartition() {
        let yaml = Self.sharedWith("    - organizationalUnit: \(Self.organizationUnit)\n", region: "cn-north-1")
        #expect(SpecFixtures.diagnose(yaml).filter { $0.severity == .error }.map(\.rule) == ["consumer-principal"])
        let china = yaml.replacingOccurrences(of: "arn:aws:", with: "arn:aws-cn:")
        #expect(SpecFixtures.diagnose(china).filter { $0.severity == .error }.isEmpty)
    }

    @Test func theSameOrganizationalUnitTwiceIsADuplicate() {
        let yaml = Self.sharedWith("    - organizationalUnit: \(Self.organizationUnit)\n    - organizationalUnit: \(Self.organizationUnit)\n")
        #expect(SpecFixtures.diagnose(yaml).filter { $0.severity == .error }.map(\.rule) == ["duplicate-consumer"])
    }
}
