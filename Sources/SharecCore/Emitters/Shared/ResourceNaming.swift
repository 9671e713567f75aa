/// Names every back end derives the same way from a plan, so that targets stay in step.
enum ResourceNaming {
    static func flowLogGroup(_ plan: SharingPlan) -> String { "/sharec/\(plan.name)/vpc-flow-logs" }
    static func accessLogGroup(_ plan: SharingPlan) -> String { "/aws/vpc-lattice/\(plan.sharing.serviceNetworkName.value)" }
    /// The group RDS publishes a log type to, which sharec creates first so that it is kept for a bounded time:
    /// RDS names it after the instance, or the cluster for Aurora, in lowercase as RDS keeps identifiers.
    static func databaseLogGroup(_ database: Database, _ type: String) -> String {
        "/aws/rds/\(database.engine.isAurora ? "cluster" : "instance")/\(database.identifier.value.lowercased())/\(type)"
    }
    /// The owner's tags plus a Name, which the EC2 console shows in its lists.
    static func withName(_ tags: [Tag], _ name: String) -> [Tag] {
        tags.contains { $0.key == "Name" } ? tags : [Tag(key: "Name", value: name)] + tags
    }
}
