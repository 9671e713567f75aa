/// The `outputs` command: the same outputs as the other targets, looked up afresh.
struct CLIOutputs {
    typealias W = CLIWords
    let plan: SharingPlan
    let network: CLINetwork
    let sharing: CLISharing

    func print(_ script: inout BashScript) {
        // Each value is a word for printf: a lookup, or what the spec itself says.
        func lookup(_ call: [String]) -> String { "\"$(lookup \(call.joined(separator: " ")))\"" }
        var outputs: [(name: String, value: String)] = [
            ("VpcId", lookup(network.vpcLookup)),
        ]
        for output in DatabaseOutputs.named(plan) {
            let database = output.database
            let existing = database.existing
            let value = switch output.kind {
            case .endpoint: existing?.endpoint.map(W.q) ?? lookup(CLISharing.describe(database, .endpoint))
            case .port: existing == nil ? lookup(CLISharing.describe(database, .port)) : W.q(String(database.port))
            case .resourceConfiguration: lookup(sharing.latticeLookup("list-resource-configurations", name: database.resourceConfigurationName.value))
            case .secret: existing?.secretARN.map { W.q($0.value) } ?? lookup(CLISharing.describe(database, .secret))
            }
            outputs.append((output.name, value))
        }
        outputs += [
            ("ResourceGatewayId", lookup(sharing.latticeLookup("list-resource-gateways", name: plan.sharing.resourceGatewayName.value))),
            ("ServiceNetworkId", lookup(sharing.latticeLookup("list-service-networks", name: plan.sharing.serviceNetworkName.value))),
            ("ResourceShareArn", lookup(sharing.shareLookup())),
        ]
        for output in RoleOutputs.named(plan) {
            let value = switch output.kind {
            case .role: lookup(["iam", "get-role", "--role-name", W.q(output.role.name.value), "--query", "Role.Arn"])
            case .databaseUser: W.q(output.role.databaseUser.value)
            }
            outputs.append((output.name, value))
        }
        for output in outputs {
            script.line("printf '%s=%s\\n' \(output.name) \(output.value)")
        }
    }
}
