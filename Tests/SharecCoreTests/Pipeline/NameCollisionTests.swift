import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// Random database, consumer and role names, many of them case and hyphen variants of each other and
/// of the names sharec gives its own resources: no target traps, and no two resources share a name.
@Suite struct NameCollisionTests {
    static let cases = 600

    /// Names that meet sharec's own resources or each other once their hyphens go and their case folds.
    static let pool = ["resource-gateway", "Resource-Gateway", "resourcegateway", "endpoint", "ENDPOINT", "vpc", "flow-log", "service-network",
                       "access-log", "resource-share", "dashboard", "a-bc", "abc", "ABC", "a-b-c", "ab-c", "orders", "Orders", "orders-db",
                       "public-subnet1", "database-subnet1", "consumer", "internet-gateway"]

    @Test func randomNamesNeverTrapAndNeverNameTwoResourcesAlike() throws {
        var random = SpecMutator(seed: SpecMutator.seed)
        var emitted = 0
        for number in 0..<Self.cases {
            let databases = (0...random.below(3)).map { _ in
                random.below(3) == 0 ? "db\(random.below(100))" : Self.pool[random.below(Self.pool.count)]
            }
            let consumers = (0...random.below(2)).map { _ in String(format: "%012d", 444_455_556_666 + random.below(3)) }
            let yaml = """
                version: 1
                name: orders
                owner: { account: "111122223333", region: us-east-1 }
                databases:
                \(databases.map { "  - { name: \($0), engine: postgres, instanceClass: db.t3.medium, deletionProtection: false }" }.joined(separator: "\n"))
                sharing:
                  consumers:
                \(consumers.map { "    - { account: \"\($0)\", role: { name: \(Self.pool[random.below(Self.pool.count)]), externalId: some-long-external-id-\($0) } }" }.joined(separator: "\n"))

                """
            let sink = DiagnosticSink()
            guard let plan = validate(SpecSource(fileName: "case-\(number).yaml", text: yaml), diagnostics: sink) else {
                #expect(sink.hasErrors, "case \(number)")
                continue
            }
            emitted += 1
            for target in Target.allCases {
                let file = target.emitter.emit(plan, into: sink)
                if target == .cli {
                    // Each resource the script creates is named once, and no two names share a variable.
                    let created = file.contents.split(separator: "\n").compactMap { line -> String? in
                        guard let range = line.range(of: "$(create ") else { return nil }
                        return line[range.upperBound...].split(separator: " ").first.map { NameStem.snakeCase(String($0)) }
                    }
                    #expect(Set(created).count == created.count, "case \(number): \(created.sorted())")
                }
            }
            let resources = try #require(try JSONSerialization.jsonObject(with: Data(Target.cfn.emitter.emit(plan, into: sink).contents.utf8)) as? [String: Any])
            let names = Array((resources["Resources"] as? [String: Any] ?? [:]).keys) + Array((resources["Parameters"] as? [String: Any] ?? [:]).keys)
            #expect(Set(names.map(NameStem.snakeCase)).count == names.count, "case \(number): two logical ids fold to one")
        }
        #expect(emitted > Self.cases / 10, "enough cases reach the emitters: \(emitted)")
    }
}
