/// The `outputs` command: the same nine outputs as the other targets, looked up afresh.
struct CLIOutputs {
    typealias W = CLIWords
    let plan: SharingPlan
    let network: CLINetwork
    let sharing: CLISharing

    func print(_ script: inout BashScript) {
        var outputs: [(name: String, lookup: [String])] = [
            ("VpcId", network.tagLookup("describe-vpcs", LogicalName.vpc, "Vpcs[0].VpcId")),
        ]
        if let database = plan.databases.first {
            let identifier = W.q(database.identifier.value)
            let describe = ["rds", "describe-db-instances", "--db-instance-identifier", identifier, "--query"]
            outputs += [
                ("DatabaseEndpoint", describe + [W.q("DBInstances[0].Endpoint.Address")]),
                ("DatabasePort", describe + [W.q("DBInstances[0].Endpoint.Port")]),
                ("ResourceConfigurationId", sharing.latticeLookup("list-resource-configurations", name: database.resourceConfigurationName.value)),
                ("DatabaseSecretArn", describe + [W.q("DBInstances[0].MasterUserSecret.SecretArn")]),
            ]
        }
        outputs += [
            ("ResourceGatewayId", sharing.latticeLookup("list-resource-gateways", name: plan.sharing.resourceGatewayName.value)),
            ("ServiceNetworkId", sharing.latticeLookup("list-service-networks", name: plan.sharing.serviceNetworkName.value)),
            ("ResourceShareArn", sharing.shareLookup()),
        ]
        for output in RoleOutputs.named(plan) {
            outputs.append((output.name, ["iam", "get-role", "--role-name", W.q(output.role.name.value), "--query", "Role.Arn"]))
        }
        for output in outputs {
            script.line("printf '%s=%s\\n' \(output.name) \"$(lookup \(output.lookup.joined(separator: " ")))\"")
        }
    }
}
