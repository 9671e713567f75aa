/// Lowers a plan to one CloudFormation JSON template.
public struct CloudFormationEmitter: Emitter {
    public init() {}

    public func emit(_ plan: SharingPlan, into diagnostics: DiagnosticSink) -> EmittedFile {
        var builder = TemplateBuilder()
        let network = NetworkResources(plan: plan)
        network.add(to: &builder)
        let databases = plan.databases.map { DatabaseResources(plan: plan, database: $0, network: network) }
        for database in databases {
            database.add(to: &builder)
            if let parameter = database.endpointParameter, let existing = database.database.existing {
                diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID, "CloudFormation cannot look up database \(existing.rdsIdentifier): the template takes its endpoint as parameter \(parameter.name); give existing.endpoint to fix it in the template",
                                 at: existing.reference.value.location)
            }
        }
        let sharing = SharingResources(plan: plan, network: network, databases: databases)
        sharing.add(to: &builder)
        MonitoringResources(plan: plan).add(to: &builder)

        let template = Self.template(builder, description: Descriptions.template(plan), plan: plan, account: plan.owner.account.value, role: "the owner")
        let file = EmittedFile(name: "\(plan.name).template.json", contents: template.rendered(keyOrder: TemplateKeyOrder.order))
        checkLimits(resources: builder.resources.count, outputs: builder.outputs.count, bytes: file.contents.utf8.count,
                    plan: plan, into: diagnostics)
        return file
    }

    public func emit(_ plan: SharingPlan, consumer side: ConsumerSide, into diagnostics: DiagnosticSink) -> EmittedFile {
        var builder = TemplateBuilder()
        ConsumerResources(plan: plan, side: side).add(to: &builder)
        var template = Self.template(builder, description: ConsumerNames.description(plan, side), plan: plan,
                                     account: side.account.value, role: "a consumer")
        if side.acceptsInvitation {
            diagnostics.note(ConsumerPrincipalsMustBeReachable.offlineID, ConsumerNames.invitationNote(plan), at: side.account.location)
            // The skeleton's Metadata.sharec carries the step too, for whoever deploys the template.
            if case var .object(members) = template, case var .object(metadata)? = members["Metadata"], case var .object(sharec)? = metadata["sharec"] {
                sharec["beforeDeploying"] = .string(ConsumerNames.invitationNote(plan))
                metadata["sharec"] = .object(sharec)
                members["Metadata"] = .object(metadata)
                template = .object(members)
            }
        }
        return EmittedFile(name: ConsumerNames.fileName(plan, side, ".template.json"), contents: template.rendered(keyOrder: TemplateKeyOrder.order))
    }

    /// The skeleton (description, metadata, and rules that refuse another account or region) around the built sections.
    private static func template(_ builder: TemplateBuilder, description: String, plan: SharingPlan, account: String, role: String) -> JSONValue {
        let skeleton = TemplateFile(path: "cloudformation/skeleton.json").json([
            "description": description,
            "name": plan.name,
            "account": account,
            "role": role,
            "region": plan.owner.region.value,
        ])
        guard case var .object(members) = skeleton else { return skeleton }
        if !builder.parameters.isEmpty { members["Parameters"] = .object(builder.parameters) }
        members["Resources"] = .object(builder.resources)
        members["Outputs"] = .object(builder.outputs)
        return .object(members)
    }

    /// CloudFormation refuses a template past these limits, so a spec that needs more is an error for this target only.
    private func checkLimits(resources: Int, outputs: Int, bytes: Int, plan: SharingPlan, into diagnostics: DiagnosticSink) {
        let location = plan.sharing.consumers.first?.principal.location
        let why = "each consumer with a role adds a role and an output; split the consumers over several specs, or use --target terraform or cli"
        for (count, limit, what) in [(resources, AWSFacts.cloudFormationMaxResources, "resources"),
                                     (outputs, AWSFacts.cloudFormationMaxOutputs, "outputs"),
                                     (bytes, AWSFacts.cloudFormationMaxTemplateBytes, "bytes")] where count > limit {
            diagnostics.error("template-limit", "the CloudFormation template would hold \(count) \(what); CloudFormation allows \(limit)",
                              at: location, notes: [.init(why)])
        }
    }
}
