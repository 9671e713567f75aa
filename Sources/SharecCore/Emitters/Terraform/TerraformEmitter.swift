/// Lowers a plan to one Terraform configuration in JSON syntax (`main.tf.json`) that needs only
/// the hashicorp/aws provider. Resource names are the shared logical names in snake_case.
public struct TerraformEmitter: Emitter {
    /// The resource gateway, resource configuration and Resource endpoints came in 5.8x releases; 5.100.0 is the
    /// earliest release this output is validated and applied with, and 6.0 changed the provider's schema
    /// (decision 0005).
    static let providerVersion = ">= 5.100.0, < 6.0.0"

    public init() {}

    public func emit(_ plan: SharingPlan, into diagnostics: DiagnosticSink) -> EmittedFile {
        var configuration = TerraformConfiguration()
        // Only subnets sharec creates need the region's zones.
        let zones = plan.network.new == nil ? "" : configuration.data("aws_availability_zones", "available", [
            "state": "available",
            // Local and Wavelength zones are opt-in; a VPC's subnets belong in the region's own zones.
            "filter": [["name": "opt-in-status", "values": ["opt-in-not-required"]]],
        ])
        let partition = configuration.data("aws_partition", "current", [:])
        let topology = NetworkTopology(plan)
        TerraformNetwork(plan: plan, topology: topology, zones: zones).add(to: &configuration)
        TerraformSharing(plan: plan, topology: topology, partition: partition).add(to: &configuration)
        configuration.resource("aws_cloudwatch_dashboard", LogicalName.dashboard, [
            "dashboard_name": .literal(plan.monitoring.dashboardName.value),
            "dashboard_body": .literal(Dashboard.body(plan).compact),
        ])

        return EmittedFile(name: "main.tf.json", contents: Self.document(configuration, plan: plan, account: plan.owner.account.value, tags: plan.tags),
                           isInAFolder: true)
    }

    public func emit(_ plan: SharingPlan, consumer side: ConsumerSide, into diagnostics: DiagnosticSink) -> EmittedFile {
        var configuration = TerraformConfiguration()
        TerraformConsumer(plan: plan, side: side).add(to: &configuration)
        // A configuration is a folder, so each consumer's goes in its own.
        return EmittedFile(name: ConsumerNames.fileName(plan, side, "/main.tf.json"),
                           contents: Self.document(configuration, plan: plan, account: side.account.value, tags: side.tags), isInAFolder: true)
    }

    /// The configuration with the provider block: the spec's region, only `account`, and `tags` on everything.
    private static func document(_ configuration: TerraformConfiguration, plan: SharingPlan, account: String, tags: [Tag]) -> String {
        var document = configuration.json
        document["terraform"] = [
            "required_providers": ["aws": ["source": "hashicorp/aws", "version": .string(Self.providerVersion)]],
        ]
        document["provider"] = TerraformValue.object(["aws": [
            "region": .literal(plan.owner.region.value),
            // Terraform's counterpart of the template's account assertion: refuse any other account.
            "allowed_account_ids": [.literal(account)],
            "default_tags": ["tags": TerraformValue.tags(tags)],
        ]]).json
        return JSONValue.object(document).rendered
    }

    /// Resource-level tags: only a Name, since the provider's default_tags carry the spec's tags.
    static func nameTag(_ plan: SharingPlan, _ name: String) -> TerraformValue {
        plan.tags.contains { $0.key == "Name" } ? [:] : ["Name": .literal(name)]
    }
}
