/// The outputs that name consumers' roles, the same in every target: `CrossAccountRoleArn` when one
/// consumer has a role (the seed's name), else one per role, suffixed with the consumer's account.
enum RoleOutputs {
    static func named(_ plan: SharingPlan) -> [(name: String, role: CrossAccountRole)] {
        let roles = plan.sharing.consumers.compactMap(\.role)
        return roles.map { role in
            (roles.count == 1 ? "CrossAccountRoleArn" : "CrossAccountRoleArn\(role.account.value)", role)
        }
    }

    static func description(_ role: CrossAccountRole) -> String {
        "Role account \(role.account.value) assumes to read the database credentials"
    }
}
