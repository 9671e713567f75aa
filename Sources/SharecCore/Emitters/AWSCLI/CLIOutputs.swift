/// The `outputs` command: the same nine outputs as the other targets, looked up afresh.
struct CLIOutputs {
    typealias W = CLIWords
    let plan: SharingPlan
    let network: CLINetwork

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
                ("ResourceConfigurationId", ["vpc-lattice", "list-resource-configurations", "--query",
                                             "\"items[?name==\(W.jmesLiteral(database.resourceConfigurationName.value))].id | [0]\""]),
                ("DatabaseSecretArn", describe + [W.q("DBInstances[0].MasterUserSecret.SecretArn")]),
            ]
        }
        outputs += [
            ("ResourceGatewayId", ["vpc-lattice", "list-resource-gateways", "--query",
                                   "\"items[?name==\(W.jmesLiteral(plan.sharing.resourceGatewayName.value))].id | [0]\""]),
            ("ServiceNetworkId", ["vpc-lattice", "list-service-networks", "--query",
                                  "\"items[?name==\(W.jmesLiteral(plan.sharing.serviceNetworkName.value))].id | [0]\""]),
            ("ResourceShareArn", ["ram", "get-resource-shares", "--resource-owner", "SELF", "--name", W.q(plan.sharing.resourceShareName),
                                  "--resource-share-status", "ACTIVE", "--query", W.q("resourceShares[0].resourceShareArn")]),
        ]
        let withRoles = plan.sharing.consumers.filter { $0.role != nil }
        for consumer in withRoles {
            guard let role = consumer.role else { continue }
            let name = withRoles.count == 1 ? "CrossAccountRoleArn" : "CrossAccountRoleArn\(consumer.account.value)"
            outputs.append((name, ["iam", "get-role", "--role-name", W.q(role.name.value), "--query", "Role.Arn"]))
        }
        for output in outputs {
            script.line("printf '%s=%s\\n' \(output.name) \"$(lookup \(output.lookup.joined(separator: " ")))\"")
        }
    }
}
