/// Names every back end derives the same way from a plan, so that targets stay in step.
enum ResourceNaming {
    static func flowLogGroup(_ plan: SharingPlan) -> String { "/sharec/\(plan.name)/vpc-flow-logs" }
    static func accessLogGroup(_ plan: SharingPlan) -> String { "/aws/vpc-lattice/\(plan.sharing.serviceNetworkName.value)" }
    /// The owner's tags plus a Name, which the EC2 console shows in its lists.
    static func withName(_ tags: [Tag], _ name: String) -> [Tag] {
        tags.contains { $0.key == "Name" } ? tags : [Tag(key: "Name", value: name)] + tags
    }
}
