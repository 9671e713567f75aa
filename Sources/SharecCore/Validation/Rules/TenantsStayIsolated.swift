/// Each consumer signs in as a database user of its own, so that no tenant can act as another:
/// the user must be one every engine lets sharec create, belong to one consumer only and not be
/// the master user. Whatever lets a tenant reach beyond its own user is said as a warning.
struct TenantsStayIsolated: ValidationRule {
    static let id = "database-user"
    static let masterSecretID = "master-secret-shared"
    static let onwardSharingID = "onward-sharing"
    static let iamAuthenticationID = "iam-authentication"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        var firstUse: [String: CrossAccountRole] = [:]
        for role in plan.sharing.roles {
            let user = role.databaseUser
            let lowered = user.value.lowercased()
            for problem in problems(of: lowered, in: plan) {
                diagnostics.error(Self.id, "database user '\(user.value)' of account \(role.account.value): \(problem.text)", at: user.location,
                                  notes: [problem.note])
            }
            if let earlier = firstUse[lowered] {
                diagnostics.error(Self.id, "accounts \(earlier.account.value) and \(role.account.value) would sign in as the same database user '\(user.value)', so each could act as the other; give each consumer its own databaseUser",
                                  at: user.location, notes: [.init("first used here", at: earlier.databaseUser.location)])
            } else {
                firstUse[lowered] = role
            }
            if role.readsMasterSecret.value {
                diagnostics.warning(Self.masterSecretID, "account \(role.account.value) may read the master user's secret, which can do anything in the database, as any other tenant too; its own database user '\(user.value)' needs no secret",
                                    at: role.readsMasterSecret.location)
            }
        }
        if let role = plan.sharing.roles.first {
            for database in plan.databases {
                guard let settings = database.new, !settings.iamAuthentication else { continue }
                let version = settings.engineVersion.map { " \($0.value)" } ?? ""
                diagnostics.error(Self.iamAuthenticationID, "\(database.engine.rawValue)\(version) offers no IAM database authentication on \(settings.instanceClass.value), and consumers' roles sign in to \(database.identifier.value) with it; choose another class or a newer version",
                                  at: settings.instanceClass.location, notes: [.init("a role is given here", at: role.origin)])
            }
        }
        for database in plan.databases where database.allowsOnwardSharing.value {
            diagnostics.warning(Self.onwardSharingID, "consumers may associate the configuration of \(database.identifier.value) with service networks they share onward, reaching accounts this spec never names",
                                at: database.allowsOnwardSharing.location)
        }
    }

    /// What stops sharec from creating `user` in some database: a name the engine reserves, or the master user's.
    private func problems(of user: String, in plan: SharingPlan) -> [(text: String, note: Diagnostic.Note)] {
        var found: [(String, Diagnostic.Note)] = []
        var said = Set<String>()
        for database in plan.databases {
            let engine = database.engine.rawValue
            let note = Diagnostic.Note("the engine of \(database.identifier.value) set here", at: database.engineOrigin)
            if let names = DocumentedFacts.masterUserNames.value[engine] {
                if names.reserved.contains(user), said.insert("reserved \(engine)").inserted {
                    found.append(("it is a name \(engine) reserves; choose another", note))
                }
                if let prefix = names.reservedPrefixes.first(where: { user.hasPrefix($0) }), said.insert("prefix \(engine)").inserted {
                    found.append(("\(engine) reserves names beginning '\(prefix)'; choose another", note))
                }
            }
            if let master = database.new?.masterUsername, master.value.lowercased() == user {
                found.append(("it is the master user of \(database.identifier.value), which tenants must not share; choose another", master.note("the master user")))
            }
        }
        return found
    }
}
