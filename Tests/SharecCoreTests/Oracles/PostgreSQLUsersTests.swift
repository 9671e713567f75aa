import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// A real PostgreSQL server runs the SQL `sharec users` writes for every PostgreSQL and Aurora
/// PostgreSQL database of the examples, twice: each consumer's user exists once, may sign in, and is
/// a member of `rds_iam` (which RDS has, and this server is given) so that only an IAM token admits it.
@Suite struct PostgreSQLUsersTests {
    static let initdb = Tool.find("initdb", override: "INITDB")
    static let pgCtl = Tool.find("pg_ctl", override: "PG_CTL")
    static let psql = Tool.find("psql", override: "PSQL")
    static var available: Bool { initdb != nil && pgCtl != nil && psql != nil }

    @Test(.enabled(if: OracleAvailability.shouldRun(available ? psql : nil), "PostgreSQL is not installed (set INITDB, PG_CTL and PSQL, or put them on PATH)"))
    func theUsersSQLRunsTwiceAndLeavesEachConsumerItsIAMUser() throws {
        let initdb = try #require(Self.initdb, "initdb is required in CI"), pgCtl = try #require(Self.pgCtl), psql = try #require(Self.psql)
        let cases = DatabaseUsersTests.cases.filter { $0.engine == .postgres || $0.engine == .auroraPostgreSQL }
        #expect(cases.count >= 3)
        let server = try Server(initdb: initdb, pgCtl: pgCtl)
        defer { server.stop() }
        func run(_ arguments: [String], stdin: Data? = nil) throws -> Tool.Result {
            try psql.run(["-X", "-q", "-h", server.folder.path, "-U", "postgres", "-v", "ON_ERROR_STOP=1"] + arguments, stdin: stdin, timeout: 60)
        }
        let setUp = try run(["-c", "CREATE ROLE rds_iam;"])
        try #require(setUp.status == 0, "\(setUp.stderr)")
        for side in cases {
            let sql = Data(try DatabaseUsersTests.sql(side).contents.utf8)
            for round in 1...2 {
                let result = try run(["-f", "-"], stdin: sql)
                #expect(result.status == 0 && result.stderr.isEmpty, "\(side), round \(round): \(result.stderr)")
            }
            let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(side.example).yaml")))
            for user in plan.sharing.consumers.compactMap(\.role?.databaseUser.value) {
                let query = "SELECT rolcanlogin AND pg_has_role(rolname, 'rds_iam', 'member') FROM pg_roles WHERE rolname = '\(user)'"
                let answer = try run(["-A", "-t", "-c", query])
                #expect(answer.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "t", "\(side): \(user): \(answer.stdout)\(answer.stderr)")
            }
        }
    }


    /// A throwaway server on a Unix socket in its own folder, with no TCP port to collide on. PostgreSQL refuses to run as
    /// root, so as root it runs as `nobody`.
    struct Server {
        let folder: URL
        let pgCtl: Tool
        let asUser: [String]

        init(initdb: Tool, pgCtl: Tool) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sharec-pg-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            self.pgCtl = pgCtl
            if getuid() == 0 {
                try FileManager.default.setAttributes([.ownerAccountName: "nobody"], ofItemAtPath: folder.path)
                asUser = ["runuser", "-u", "nobody", "--"]
            } else {
                asUser = []
            }
            let data = folder.appendingPathComponent("data").path
            let made = try Self.run(asUser + [initdb.executable.path, "-D", data, "-A", "trust", "-U", "postgres"])
            try #require(made.status == 0, "initdb: \(made.stderr)")
            // The server outlives pg_ctl and keeps what it inherits: Foundation's descriptors, by which it learns that a child
            // has ended, would never close. pg_ctl starts it with none of them, from a subshell, and with the log for output.
            let log = folder.appendingPathComponent("log").path
            let detached = "(for fd in /proc/self/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\" 2>/dev/null; done; exec \"$@\" </dev/null >/dev/null 2>&1)"
            let started = try Self.run(["bash", "-c", detached, "bash"] + asUser
                                       + [pgCtl.executable.path, "-D", data, "-w", "-t", "60", "-l", log, "-o", "-k \(folder.path) -c listen_addresses=''", "start"])
            try #require(started.status == 0, "pg_ctl start failed: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        }

        func stop() {
            _ = try? Self.run(asUser + [pgCtl.executable.path, "-D", folder.appendingPathComponent("data").path, "-m", "immediate", "stop"])
            try? FileManager.default.removeItem(at: folder)
        }

        private static func run(_ command: [String]) throws -> Tool.Result {
            try Tool(executable: URL(fileURLWithPath: "/usr/bin/env")).run(command, timeout: 120)
        }
    }
}
