/// Lowers a plan to one CloudFormation JSON template.
public struct CloudFormationEmitter: Emitter {
    public init() {}

    public func emit(_ plan: SharingPlan) -> EmittedFile {
        var builder = TemplateBuilder()
        let network = NetworkResources(plan: plan)
        network.add(to: &builder)
        let databases = plan.databases.map { DatabaseResources(plan: plan, database: $0, network: network) }
        for database in databases { database.add(to: &builder) }
        let sharing = SharingResources(plan: plan, network: network, databases: databases)
        sharing.add(to: &builder)
        MonitoringResources(plan: plan).add(to: &builder)

        var template = TemplateFile(path: "cloudformation/skeleton.json").json([
            "description": Descriptions.template(plan),
            "name": plan.name,
            "account": plan.owner.account.value,
            "region": plan.owner.region.value,
        ])
        if case var .object(members) = template {
            members["Resources"] = .object(builder.resources)
            members["Outputs"] = .object(builder.outputs)
            template = .object(members)
        }
        return EmittedFile(name: "\(plan.name).template.json", contents: template.rendered)
    }
}
