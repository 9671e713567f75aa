/// The outputs that name consumers' roles, the same in every target: `CrossAccountRoleArn` when one
/// consumer has a role (the seed's name), else one per role, suffixed with the consumer's account.
enum RoleOutputs {
    static func named(_ plan: SharingPlan) -> [(name: String, consumer: Consumer, role: CrossAccountRole)] {
        let withRoles = plan.sharing.consumers.compactMap { consumer in consumer.role.map { (consumer, $0) } }
        return withRoles.map { consumer, role in
            (withRoles.count == 1 ? "CrossAccountRoleArn" : "CrossAccountRoleArn\(consumer.account.value)", consumer, role)
        }
    }

    static func description(_ consumer: Consumer) -> String {
        "Role account \(consumer.account.value) assumes to read the database credentials"
    }
}
