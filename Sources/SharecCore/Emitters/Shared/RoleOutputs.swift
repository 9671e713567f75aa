/// The outputs that name consumers' roles and their database users, the same in every target: `CrossAccountRoleArn` and
/// `DatabaseUser` when one consumer has a role (the seed's names), else one of each per role, suffixed with the consumer's account.
enum RoleOutputs {
    enum Kind: String, CaseIterable {
        case role = "CrossAccountRoleArn"
        case databaseUser = "DatabaseUser"
    }

    static func named(_ plan: SharingPlan) -> [(name: String, kind: Kind, role: CrossAccountRole)] {
        let roles = plan.sharing.roles
        return roles.flatMap { role in
            Kind.allCases.map { kind in (roles.count == 1 ? kind.rawValue : "\(kind.rawValue)\(role.account.value)", kind, role) }
        }
    }

    static func description(_ kind: Kind, _ role: CrossAccountRole) -> String {
        switch kind {
        case .role: "Role account \(role.account.value) assumes to sign in to the databases"
        case .databaseUser: "Database user account \(role.account.value) signs in as, with an IAM authentication token"
        }
    }
}
