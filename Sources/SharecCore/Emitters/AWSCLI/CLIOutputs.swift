/// The `outputs` command: the same outputs as the other targets, looked up afresh.
struct CLIOutputs {
    typealias W = CLIWords
    let plan: SharingPlan
    let network: CLINetwork
    let sharing: CLISharing

    func print(_ script: inout BashScript) {
        var outputs: [(name: String, lookup: [String])] = [
            ("VpcId", network.vpcLookup),
        ]
        for output in DatabaseOutputs.named(plan) {
            let database = output.database
            let lookup = switch output.kind {
            case .endpoint: CLISharing.describe(database, .endpoint)
            case .port: CLISharing.describe(database, .port)
            case .resourceConfiguration: sharing.latticeLookup("list-resource-configurations", name: database.resourceConfigurationName.value)
            case .secret: CLISharing.describe(database, .secret)
            }
            outputs.append((output.name, lookup))
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
