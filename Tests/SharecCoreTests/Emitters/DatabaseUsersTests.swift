import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// `sharec users`: the SQL that creates each consumer's database user, per database of every example.
@Suite struct DatabaseUsersTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let example: String
        let database: String
        let engine: Engine
        var testDescription: String { "\(example): \(database)" }
    }

    /// Every database of an example whose consumers have roles.
    static let cases: [Case] = GoldenOutputTests.examples.flatMap { example -> [Case] in
        guard let plan = SpecFixtures.plan((try? Repository.read("specs/examples/\(example).yaml")) ?? ""),
              !plan.sharing.roles.isEmpty else { return [] }
        return plan.databases.map { Case(example: example, database: $0.identifier.value, engine: $0.engine) }
    }

    static func sql(_ side: Case) throws -> EmittedFile {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(side.example).yaml"))
        let sink = DiagnosticSink()
        let files = try #require(databaseUsers(source, database: side.database, diagnostics: sink), "\(sink.diagnostics)")
        return try #require(files.count == 1 ? files.first : nil)
    }

    @Test("each database's SQL matches its reviewed golden file, the same every time", arguments: cases)
    func golden(_ side: Case) throws {
        let file = try Self.sql(side)
        if let mismatch = Golden.mismatch(file.contents, "Tests/SharecCoreTests/Golden/sql/\(side.example)-\(file.name)") {
            Issue.record(Comment(rawValue: mismatch))
        }
        #expect(try Self.sql(side) == file)
    }

    @Test func everyRoleGetsItsUserOnEveryDatabase() throws {
        #expect(Set(Self.cases.map(\.engine)).isSuperset(of: [.mysql, .postgres, .auroraPostgreSQL]), "the examples cover both dialects")
        for side in Self.cases {
            let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(side.example).yaml")))
            let text = try Self.sql(side).contents
            for role in plan.sharing.roles {
                let user = role.databaseUser.value
                let grant = side.engine == .postgres || side.engine == .auroraPostgreSQL
                    ? "GRANT rds_iam TO \(user);\n" : "CREATE USER IF NOT EXISTS '\(user)'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;"
                #expect(text.contains(grant), "\(side): \(user)")
            }
        }
    }

    @Test func aSpecWithoutRolesOrAnUnknownDatabaseSaysSo() throws {
        let noRoles = try #require(SpecFixtures.examples.first { $0.lastPathComponent == "minimal.yaml" })
        let sink = DiagnosticSink()
        #expect(databaseUsers(try SpecFixtures.source(noRoles), database: nil, diagnostics: sink) == nil)
        #expect(sink.diagnostics.contains { $0.rule == TenantsStayIsolated.id && $0.message.contains("no consumer has a role") })
        let unknown = DiagnosticSink()
        #expect(databaseUsers(try SpecFixtures.source(Repository.url("specs/examples/seed.yaml")), database: "orders", diagnostics: unknown) == nil)
        #expect(unknown.diagnostics.contains { $0.message.contains("no database orders; it has shared-mysql") })
    }
}
