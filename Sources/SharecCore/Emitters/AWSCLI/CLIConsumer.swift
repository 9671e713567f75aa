/// One consumer account's side as AWS CLI calls: accept the share's invitation when one is
/// pending, then a security group for the clients and a VPC endpoint of type Resource per shared
/// database. The script finds each resource configuration by name, since a shared one is listed in
/// the consumer account too.
struct CLIConsumer {
    typealias W = CLIWords
    let plan: SharingPlan
    let side: ConsumerSide

    private let vpc = W.v("vpc_id")
    private var group: String { W.id(ConsumerNames.securityGroup) }

    private func configurationVariable(_ database: Database) -> String {
        "\(NameStem.snakeCase(DatabaseNames(database: database).resourceConfiguration))_arn"
    }

    /// A field of the database's VPC endpoint, found by its marker tag; one that is deleted no longer counts.
    private func endpointLookup(_ database: Database, _ field: String = "VpcEndpointId") -> [String] {
        ["ec2", "describe-vpc-endpoints", "--filters", W.markerFilter(plan, ConsumerNames.endpoint(database)),
         "--query", W.q("VpcEndpoints[?State!='deleted' && State!='Deleted'] | [0].\(field)")]
    }

    func deploy(_ script: inout BashScript) {
        script.line("log \"connecting account $account to the databases $spec_name shares in $region\"")
        if side.acceptsInvitation {
            // Only the owner's invitation: another account may send a share of the same name.
            let query = "resourceShareInvitations[?resourceShareName==\(W.jmesText(plan.sharing.resourceShareName))"
                + " && senderAccountId==\(W.jmesLiteral(plan.owner.account.value)) && status=='PENDING'].resourceShareInvitationArn | [0]"
            let invitation = W.id(ConsumerNames.shareAccepter)
            script.line("\(invitation)=\"$(lookup ram get-resource-share-invitations --query \(W.q(query)))\"")
            script.when("[[ -n \"$\(invitation)\" ]]", [
                "run ram accept-resource-share-invitation --resource-share-invitation-arn \(W.v(invitation)) --client-token \(W.clientToken(ConsumerNames.shareAccepter))",
                // RAM takes a while before the configurations are this account's to use (an ARN holds no quote).
                "wait_for 'the accepted invitation' ACCEPTED ram get-resource-share-invitations "
                    + "--query \"resourceShareInvitations[?resourceShareInvitationArn=='$\(invitation)'].status | [0]\"",
                "log \(W.q("accepted the invitation to share \(plan.sharing.resourceShareName)"))",
            ])
        }
        script.line("vpc_id=\(W.q(side.vpcID.value))")
        CLISecurityGroups.ensure(group, logicalName: ConsumerNames.securityGroup, groupName: ConsumerNames.securityGroupName(plan),
                                 description: ConsumerNames.securityGroupDescription(plan), nameTag: ConsumerNames.securityGroupName(plan),
                                 vpc: vpc, plan: plan, &script)
        for rule in ConsumerNames.ingress(plan, side) {
            // A JSON literal in backticks: the CIDR cannot hold a quote.
            let existing = ["ec2", "describe-security-groups", "--group-ids", W.v(group), "--query",
                            W.q("SecurityGroups[0].IpPermissions[?FromPort==`\(rule.port)`].IpRanges[] | [?CidrIp==`\"\(rule.cidr)\"`].CidrIp | [0]")]
            let permission = W.json([[
                "IpProtocol": "tcp", "FromPort": .integer(rule.port), "ToPort": .integer(rule.port),
                "IpRanges": [["CidrIp": .string(rule.cidr), "Description": .string(ConsumerNames.ingressDescription(rule.port))]],
            ]])
            script.when(BashScript.missing(existing, by: "known"), ["run ec2 authorize-security-group-ingress --group-id \(W.v(group)) --ip-permissions \(permission)"])
        }
        for database in plan.databases {
            let endpoint = ConsumerNames.endpoint(database)
            let configuration = configurationVariable(database)
            // Listed once the owner has deployed and this account has the share; only the owner's counts,
            // since another account may share a configuration of the same name.
            let owned = ":vpc-lattice:\(plan.owner.region.value):\(plan.owner.account.value):resourceconfiguration/"
            let query = "items[?name==\(W.jmesLiteral(database.resourceConfigurationName.value)) && contains(arn, \(W.jmesLiteral(owned)))].arn | [0]"
            // RAM takes a while after the invitation is accepted before the configuration is listed here.
            script.line("\(configuration)=\"$(wait_until_found \(DatabaseNames(database: database).resourceConfiguration).Arn "
                        + "\(W.q("resource configuration \(database.resourceConfigurationName.value) shared by account \(plan.owner.account.value)")) "
                        + "vpc-lattice list-resource-configurations --query \(W.q(query)))\"")
            script.ensure(W.id(endpoint), what: "VPC endpoint", lookup: endpointLookup(database),
                          create: ["ec2", "create-vpc-endpoint", "--vpc-endpoint-type", "Resource", "--vpc-id", vpc,
                                   "--subnet-ids"] + side.subnets.map { W.q($0.value) }
                                  + ["--security-group-ids", W.v(group), "--resource-configuration-arn", W.v(configuration),
                                     "--tag-specifications", W.ec2Tags(plan, "vpc-endpoint", endpoint, name: ConsumerNames.endpointName(plan, database)),
                                     "--client-token", W.clientToken(endpoint), "--query", "VpcEndpoint.VpcEndpointId"],
                          placeholder: endpoint)
            script.line("wait_for 'VPC endpoint' available ec2 describe-vpc-endpoints --vpc-endpoint-ids \(W.v(W.id(endpoint))) --query 'VpcEndpoints[0].State'")
        }
        // An endpoint to a database the owner no longer shares goes: the owner's deploy stops while one uses its configuration.
        script.line((["prune_endpoints"] + plan.databases.map { W.q(ConsumerNames.endpoint($0)) }).joined(separator: " "))
        script.line("log \"connected account $account to $spec_name\"")
    }

    func destroy(_ script: inout BashScript) {
        script.line("log \"disconnecting account $account from $spec_name in $region\"")
        for database in plan.databases.reversed() {
            let endpoint = W.id(ConsumerNames.endpoint(database))
            script.remove(endpoint, what: "VPC endpoint", lookup: endpointLookup(database),
                          delete: [["ec2", "delete-vpc-endpoints", "--vpc-endpoint-ids", W.v(endpoint)]],
                          after: ["wait_for 'removal of the VPC endpoint' '' ec2 describe-vpc-endpoints --vpc-endpoint-ids \(W.v(endpoint)) "
                                  + "--query \"VpcEndpoints[?State!='deleted' && State!='Deleted'].State | [0]\""])
        }
        // And those to databases an earlier version of the spec shared, which use the group too.
        script.line("prune_endpoints")
        script.remove(group, what: "security group", lookup: CLISecurityGroups.lookup(ConsumerNames.securityGroup, plan: plan),
                      delete: [["ec2", "delete-security-group", "--group-id", W.v(group)]])
        if side.acceptsInvitation {
            // Only the owner can take a principal out of a share.
            script.line("log \(W.q("the share \(plan.sharing.resourceShareName) stays accepted; the owner removes this account from it"))")
        }
        script.line("log \"disconnected account $account from $spec_name\"")
    }

    func outputs(_ script: inout BashScript) {
        for output in ConsumerNames.outputs(plan) {
            let value = switch output.kind {
            case .endpoint: "\"$(lookup \(endpointLookup(output.database, "DnsEntries[0].DnsName").joined(separator: " ")))\""
            case .port: W.q(String(output.database.port))
            case .vpcEndpoint: "\"$(lookup \(endpointLookup(output.database).joined(separator: " ")))\""
            }
            script.line("printf '%s=%s\\n' \(output.name) \(value)")
        }
        for output in ConsumerNames.signInOutputs(plan, side) {
            script.line("printf '%s=%s\\n' \(output.name) \(W.q(output.value))")
        }
    }
}
