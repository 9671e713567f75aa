/// Human-readable descriptions that every target gives the same resources.
enum Descriptions {
    static func databaseSecurityGroup(_ database: Database) -> String {
        "\(database.identifier.value): accepts \(database.engine.rawValue) connections from the resource gateway only"
    }
    static let gatewaySecurityGroup = "VPC Lattice resource gateway: connects to the shared databases only"
    static let ingressFromGateway = "Connections relayed by the VPC Lattice resource gateway"
    static func egressToDatabase(_ database: Database) -> String { "To \(database.identifier.value)" }
    static func subnetGroup(_ database: Database) -> String { "Database subnets of \(database.identifier.value)" }
    static func parameterGroup(_ database: Database) -> String { "Engine parameters of \(database.identifier.value)" }
    /// Ends with the spec's `ownershipMark`, by which the script finds the roles an earlier version of the spec made.
    static func consumerRole(_ role: CrossAccountRole, spec: String) -> String {
        "Assumed by account \(role.account.value) to sign in to the shared databases as \(role.databaseUser.value) \(ownershipMark(spec: spec))"
    }
    /// IAM's ListRoles returns descriptions but no tags: this suffix is what a listing can filter on. A spec name holds no
    /// parenthesis or space, so one spec's mark never ends another's.
    static func ownershipMark(spec: String) -> String { "(sharec spec \(spec))" }
    /// Kept from when roles read the master secret, so that a deployment from then updates in place and destroys cleanly.
    static let credentialsPolicyName = "read-database-credentials"

    static func template(_ plan: SharingPlan) -> String {
        plan.description ?? "Cross-account sharing of \(plan.databases.map(\.identifier.value).joined(separator: ", ")) through VPC Lattice"
    }
}
