/// The SQL that creates the consumers' database users inside one database. No target reaches a
/// database's inside (CloudFormation would need a custom resource), so the owner runs this once as
/// the master user; it creates only what is missing, so running it again changes nothing.
enum DatabaseUsersSQL {
    static func file(_ plan: SharingPlan, _ database: Database) -> EmittedFile {
        let roles = plan.sharing.roles
        let postgres = database.engine == .postgres || database.engine == .auroraPostgreSQL
        var lines = header(plan, database, postgres: postgres)
        for role in roles {
            // User names are lowercase letters, digits and underscores (the spec's pattern): no quoting can go wrong.
            let user = role.databaseUser.value
            lines.append("")
            lines.append("-- Account \(role.account.value), through the role \(role.name.value)")
            if postgres {
                lines += [
                    "DO $$",
                    "BEGIN",
                    "    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '\(user)') THEN",
                    "        CREATE ROLE \(user) LOGIN;",
                    "    END IF;",
                    // A role that existed already may lack LOGIN.
                    "    ALTER ROLE \(user) LOGIN;",
                    // Membership of rds_iam is what makes RDS admit the user by IAM token, and by nothing else.
                    "    IF NOT pg_has_role('\(user)', 'rds_iam', 'MEMBER') THEN",
                    "        GRANT rds_iam TO \(user);",
                    "    END IF;",
                    "END",
                    "$$;",
                ]
            } else {
                // The ALTER turns a user that existed already, with a password, into one that signs in by token only.
                lines.append("CREATE USER IF NOT EXISTS '\(user)'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;")
                lines.append("ALTER USER '\(user)'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;")
            }
        }
        return EmittedFile(name: "\(database.identifier.value)-users.sql", contents: lines.joined(separator: "\n") + "\n")
    }

    private static func header(_ plan: SharingPlan, _ database: Database, postgres: Bool) -> [String] {
        let name = database.identifier.value
        let master = database.new?.masterUsername.value ?? "<master user>"
        let endpoint = DatabaseOutputs.name(DatabaseOutputs.Kind.endpoint.rawValue, database, in: plan)
        let secret = database.secretIsKnown ? "the secret that the \(DatabaseOutputs.name(DatabaseOutputs.Kind.secret.rawValue, database, in: plan)) output names" : "the database's secret"
        // global-bundle.pem is RDS's certificate authorities, from truststore.pki.rds.amazonaws.com.
        let client = switch database.engine {
        case .postgres, .auroraPostgreSQL:
            "psql \"host=<\(endpoint)> port=\(database.port) user=\(master) dbname=postgres sslmode=verify-full sslrootcert=global-bundle.pem\" -f \(name)-users.sql"
        case .mariadb:
            "mariadb --host=<\(endpoint)> --port=\(database.port) --user=\(master) --password --ssl-verify-server-cert --ssl-ca=global-bundle.pem < \(name)-users.sql"
        case .mysql, .auroraMySQL:
            "mysql --host=<\(endpoint)> --port=\(database.port) --user=\(master) --password --ssl-mode=VERIFY_IDENTITY --ssl-ca=global-bundle.pem < \(name)-users.sql"
        }
        var lines = [
            "-- The database users of \(plan.name)'s consumers on \(name) (\(database.engine.rawValue)), made by sharec.",
            "-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.",
            "-- Run this as the master user (\(master)), whose password is in \(secret),",
            "-- from a host that the database's security group lets in, for instance:",
            "--   \(client)",
            "-- Running it again changes nothing; a user that existed already signs in by token only from then on.",
            "-- Then grant each user what its tenant may use, for instance:",
        ]
        lines += postgres
            ? ["--   GRANT SELECT ON ALL TABLES IN SCHEMA orders TO <user>;",
               "-- Every role may connect to every database while PUBLIC keeps CONNECT, PostgreSQL's default: to keep a",
               "-- tenant to its own database, REVOKE CONNECT ON DATABASE <db> FROM PUBLIC and GRANT CONNECT to its user."]
            : ["--   GRANT SELECT ON orders.* TO '<user>'@'%';"]
        if postgres { lines += ["", "\\set ON_ERROR_STOP on"] }
        return lines
    }
}
