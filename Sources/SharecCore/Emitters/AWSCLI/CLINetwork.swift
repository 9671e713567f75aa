/// The VPC, subnets, routing, NAT and flow logs as AWS CLI calls.
struct CLINetwork {
    typealias W = CLIWords
    let plan: SharingPlan
    let topology: NetworkTopology

    init(plan: SharingPlan) {
        self.plan = plan
        self.topology = NetworkTopology(plan)
    }

    var flowLogRoleName: String { "\(plan.name)-flow-logs" }
    /// The roles this part of the script makes.
    var roles: [CLIRoles.Role] { plan.network.flowLogs == nil ? [] : [flowLogRole] }
    private var flowLogRole: CLIRoles.Role {
        CLIRoles.Role(name: flowLogRoleName, logicalName: LogicalName.flowLogRole, description: FlowLogPolicy.roleDescription,
                      trust: FlowLogPolicy.trust(plan), tags: plan.tags, plan: plan)
    }

    func tagLookup(_ describe: String, _ logicalName: String, _ query: String, filter: String = "--filters") -> [String] {
        ["ec2", describe, filter, W.markerFilter(plan, logicalName), "--query", W.q(query)]
    }

    /// The call that finds the VPC: by its marker tag, or by id when it exists already.
    var vpcLookup: [String] {
        if let existing = plan.network.existing {
            return ["ec2", "describe-vpcs", "--vpc-ids", W.q(existing.vpcID.value), "--query", W.q("Vpcs[0].VpcId")]
        }
        return tagLookup("describe-vpcs", LogicalName.vpc, "Vpcs[0].VpcId")
    }

    func deploy(_ script: inout BashScript) {
        if let network = plan.network.new {
            deployNetwork(network, &script)
        } else {
            // An existing network's ids stand where the created resources' ids would.
            script.line("\(W.id(LogicalName.vpc))=\"$(attribute \(LogicalName.vpc) \(vpcLookup.joined(separator: " ")))\"")
            // Only new databases need the database subnets, for their subnet groups.
            let databasesAreNew = plan.databases.contains { $0.new != nil }
            for subnet in topology.subnets where subnet.role != .database || databasesAreNew {
                guard let id = subnet.existingID else { continue }
                script.line("\(W.id(subnet.name))=\(W.q(id))")
            }
        }
        if let flowLogs = plan.network.flowLogs { deployFlowLogs(flowLogs, &script) }
    }

    private func deployNetwork(_ network: NewNetwork, _ script: inout BashScript) {
        script.line("load_zones")
        let vpc = W.id(LogicalName.vpc)
        script.ensure(vpc, what: "VPC", lookup: vpcLookup,
                      create: ["ec2", "create-vpc", "--cidr-block", W.q(network.vpc.value.description),
                               "--tag-specifications", W.ec2Tags(plan, "vpc", LogicalName.vpc, name: "\(plan.name)-vpc"),
                               "--query", "Vpc.VpcId"],
                      placeholder: LogicalName.vpc)
        for (attribute, option) in [("enableDnsSupport", "--enable-dns-support"), ("enableDnsHostnames", "--enable-dns-hostnames")] {
            let live = "$(lookup ec2 describe-vpc-attribute --vpc-id \(W.v(vpc)) --attribute \(attribute) --query \(attribute.prefix(1).uppercased() + attribute.dropFirst()).Value)"
            script.line("converge_value \"VPC $\(vpc): \(attribute)\" \"\(live)\" True ec2 modify-vpc-attribute --vpc-id \(W.v(vpc)) \(option) '{\"Value\":true}'")
        }
        emptyDefaultSecurityGroup(&script)
        for subnet in topology.subnets {
            guard let cidr = subnet.cidr else { continue }
            script.ensure(W.id(subnet.name), what: "subnet", lookup: tagLookup("describe-subnets", subnet.name, "Subnets[0].SubnetId"),
                          create: ["ec2", "create-subnet", "--vpc-id", W.v(vpc), "--cidr-block", W.q(cidr.description),
                                   "--availability-zone", "\"$(zone \(subnet.zone))\"",
                                   "--tag-specifications", W.ec2Tags(plan, "subnet", subnet.name, name: subnet.nameTag),
                                   "--query", "Subnet.SubnetId"],
                          placeholder: subnet.name)
        }
        if topology.hasInternetGateway { deployInternetAccess(&script) }
        for table in topology.routeTables { deployRouteTable(table, &script) }
    }

    /// EC2's default group admits the VPC's members and lets everything out; nothing of sharec's is in it,
    /// and whatever is launched there later without a group should not inherit those rules.
    private func emptyDefaultSecurityGroup(_ script: inout BashScript) {
        let group = W.id(LogicalName.defaultSecurityGroup)
        script.line("\(group)=\"$(wait_until_found \(LogicalName.defaultSecurityGroup) 'the default security group of the VPC' ec2 describe-security-groups "
                    + "--filters \"Name=vpc-id,Values=$\(W.id(LogicalName.vpc))\" Name=group-name,Values=default --query 'SecurityGroups[0].GroupId')\"")
        let everything = W.jmesLiteral("-1")
        let rules: [(String, String, String)] = [
            ("IpPermissions[?IpProtocol==\(everything)].UserIdGroupPairs[] | [?GroupId=='$\(group)'].GroupId | [0]", "ingress",
             W.jsonTemplate([["IpProtocol": "-1", "UserIdGroupPairs": [["GroupId": .string(W.hole)]]]])),
            ("IpPermissionsEgress[?IpProtocol==\(everything)].IpRanges[] | [?CidrIp=='0.0.0.0/0'].CidrIp | [0]", "egress",
             W.json([["IpProtocol": "-1", "IpRanges": [["CidrIp": "0.0.0.0/0"]]]])),
        ]
        for (query, direction, permissions) in rules {
            let value = direction == "ingress" ? "\"$(json_document \(permissions) \(W.v(group)))\"" : permissions
            script.when(BashScript.found(["ec2", "describe-security-groups", "--group-ids", W.v(group), "--query", "\"SecurityGroups[0].\(query)\""]), [
                "run ec2 revoke-security-group-\(direction) --group-id \(W.v(group)) --ip-permissions \(value)",
                "log \"emptied the default security group $\(group) (\(direction))\"",
            ])
        }
    }

    private func deployInternetAccess(_ script: inout BashScript) {
        let gateway = W.id(LogicalName.internetGateway)
        script.ensure(gateway, what: "internet gateway",
                      lookup: tagLookup("describe-internet-gateways", LogicalName.internetGateway, "InternetGateways[0].InternetGatewayId"),
                      create: ["ec2", "create-internet-gateway",
                               "--tag-specifications", W.ec2Tags(plan, "internet-gateway", LogicalName.internetGateway, name: "\(plan.name)-igw"),
                               "--query", "InternetGateway.InternetGatewayId"],
                      placeholder: LogicalName.internetGateway)
        script.when("[[ -z \"$(lookup ec2 describe-internet-gateways --internet-gateway-ids \(W.v(gateway)) --query 'InternetGateways[0].Attachments[0].VpcId')\" ]]",
                    ["run ec2 attach-internet-gateway --internet-gateway-id \(W.v(gateway)) --vpc-id \(W.v(W.id(LogicalName.vpc)))"])
        for nat in topology.natGateways {
            let address = W.id(nat.elasticIP)
            script.ensure(address, what: "elastic IP", lookup: tagLookup("describe-addresses", nat.elasticIP, "Addresses[0].AllocationId"),
                          create: ["ec2", "allocate-address", "--domain", "vpc",
                                   "--tag-specifications", W.ec2Tags(plan, "elastic-ip", nat.elasticIP, name: nat.nameTag),
                                   "--query", "AllocationId"],
                          placeholder: nat.elasticIP)
            let natID = W.id(nat.name)
            script.line("\(natID)=\"$(lookup ec2 describe-nat-gateways --filter \(W.markerFilter(plan, nat.name)) Name=state,Values=pending,available --query 'NatGateways[0].NatGatewayId')\"")
            script.block("if [[ -z \"$\(natID)\" ]]; then", "fi") { body in
                body.line("\(natID)=\"$(create \(nat.name) ec2 create-nat-gateway --subnet-id \(W.v(W.id(nat.subnet))) --allocation-id \(W.v(address)) "
                          + "--client-token \(W.clientToken(nat.name)) --tag-specifications \(W.ec2Tags(plan, "natgateway", nat.name, name: nat.nameTag)) "
                          + "--query NatGateway.NatGatewayId)\"")
                body.line("log \"created NAT gateway $\(natID)\"")
            }
            script.line("run ec2 wait nat-gateway-available --nat-gateway-ids \(W.v(natID))")
        }
    }

    private func deployRouteTable(_ table: NetworkTopology.RouteTable, _ script: inout BashScript) {
        let tableID = W.id(table.name)
        script.ensure(tableID, what: "route table", lookup: tagLookup("describe-route-tables", table.name, "RouteTables[0].RouteTableId"),
                      create: ["ec2", "create-route-table", "--vpc-id", W.v(W.id(LogicalName.vpc)),
                               "--tag-specifications", W.ec2Tags(plan, "route-table", table.name, name: table.nameTag),
                               "--query", "RouteTable.RouteTableId"],
                      placeholder: table.name)
        let target: String? = switch table.defaultRoute {
        case .internetGateway?: "--gateway-id \(W.v(W.id(LogicalName.internetGateway)))"
        case let .natGateway(nat)?: "--nat-gateway-id \(W.v(W.id(nat)))"
        case nil: nil
        }
        if let target {
            script.when("[[ -z \"$(lookup ec2 describe-route-tables --route-table-ids \(W.v(tableID)) --query \"RouteTables[0].Routes[?DestinationCidrBlock=='0.0.0.0/0'].DestinationCidrBlock | [0]\")\" ]]",
                        ["run ec2 create-route --route-table-id \(W.v(tableID)) --destination-cidr-block 0.0.0.0/0 \(target)"])
        }
        for subnet in table.subnets {
            let subnetID = W.id(subnet)
            script.when("[[ -z \"$(lookup ec2 describe-route-tables --filters \"Name=association.subnet-id,Values=$\(subnetID)\" --query 'RouteTables[0].RouteTableId')\" ]]",
                        ["run ec2 associate-route-table --route-table-id \(W.v(tableID)) --subnet-id \(W.v(subnetID))"])
        }
    }

    /// sharec's flow log of the VPC, by its marker: an existing VPC may have flow logs of its owner's, which stay.
    private var flowLogLookup: [String] {
        ["ec2", "describe-flow-logs", "--filter", "\"Name=resource-id,Values=$\(W.id(LogicalName.vpc))\"", W.markerFilter(plan, LogicalName.flowLog),
         "--query", W.q("FlowLogs[0].FlowLogId")]
    }

    private func deployFlowLogs(_ flowLogs: FlowLogs, _ script: inout BashScript) {
        let group = ResourceNaming.flowLogGroup(plan)
        CLILogs.ensureGroup(group, retentionDays: flowLogs.retentionDays.value, plan: plan, &script)
        CLIRoles.ensure(flowLogRole,
                        policyName: FlowLogPolicy.policyName,
                        permissions: W.json(FlowLogPolicy.permissions(logGroupARN: .string(ARNs.logGroup(group, plan: plan) + ":*"))), &script)
        let role = "flow_log_role_arn"
        script.line("\(role)=\"$(attribute FlowLogRole.Arn iam get-role --role-name \(W.q(flowLogRoleName)) --query Role.Arn)\"")
        let flowLog = W.id(LogicalName.flowLog)
        script.ensure(flowLog, what: "flow log",
                      lookup: flowLogLookup,
                      create: ["ec2", "create-flow-logs", "--resource-type", "VPC", "--resource-ids", W.v(W.id(LogicalName.vpc)),
                               "--traffic-type", W.q(flowLogs.trafficType), "--log-destination-type", "cloud-watch-logs",
                               "--log-group-name", W.q(group), "--deliver-logs-permission-arn", W.v(role),
                               "--client-token", W.clientToken(LogicalName.flowLog),
                               "--tag-specifications", W.ec2Tags(plan, "vpc-flow-log", LogicalName.flowLog, name: "\(plan.name)-flow-log"),
                               "--query", W.q("FlowLogIds[0]")],
                      placeholder: LogicalName.flowLog)
    }

    func destroy(_ script: inout BashScript) {
        let vpc = W.id(LogicalName.vpc)
        script.line("\(vpc)=\"$(lookup \(vpcLookup.joined(separator: " ")))\"")
        if plan.network.flowLogs != nil {
            // Without a VPC id the filter would match every flow log in the region.
            script.block("if [[ -n \"$\(vpc)\" ]]; then", "fi") { body in
                body.remove(W.id(LogicalName.flowLog), what: "flow log",
                            lookup: flowLogLookup,
                            delete: [["ec2", "delete-flow-logs", "--flow-log-ids", W.v(W.id(LogicalName.flowLog))]])
            }
            CLIRoles.remove(name: flowLogRoleName, policyName: FlowLogPolicy.policyName, &script)
            CLILogs.removeGroup(ResourceNaming.flowLogGroup(plan), &script)
        }
        // An existing network stays as it was found.
        guard plan.network.new != nil else { return }
        for nat in topology.natGateways {
            let natID = W.id(nat.name)
            script.remove(natID, what: "NAT gateway",
                          lookup: ["ec2", "describe-nat-gateways", "--filter", W.markerFilter(plan, nat.name), "Name=state,Values=pending,available",
                                   "--query", W.q("NatGateways[0].NatGatewayId")],
                          delete: [["ec2", "delete-nat-gateway", "--nat-gateway-id", W.v(natID)]],
                          after: ["run ec2 wait nat-gateway-deleted --nat-gateway-ids \(W.v(natID))"])
            script.remove(W.id(nat.elasticIP), what: "elastic IP", lookup: tagLookup("describe-addresses", nat.elasticIP, "Addresses[0].AllocationId"),
                          delete: [["ec2", "release-address", "--allocation-id", W.v(W.id(nat.elasticIP))]])
        }
        for table in topology.routeTables.reversed() {
            let tableID = W.id(table.name)
            script.line("\(tableID)=\"$(lookup \(tagLookup("describe-route-tables", table.name, "RouteTables[0].RouteTableId").joined(separator: " ")))\"")
            script.block("if [[ -n \"$\(tableID)\" ]]; then", "fi") { body in
                body.block("for association in $(lookup ec2 describe-route-tables --route-table-ids \(W.v(tableID)) --query 'RouteTables[0].Associations[?!Main].RouteTableAssociationId'); do", "done") { loop in
                    loop.line("run ec2 disassociate-route-table --association-id \"$association\"")
                }
                body.line("run ec2 delete-route-table --route-table-id \(W.v(tableID))")
                body.line("log \"deleted route table $\(tableID)\"")
            }
        }
        if topology.hasInternetGateway {
            let gateway = W.id(LogicalName.internetGateway)
            script.remove(gateway, what: "internet gateway",
                          lookup: tagLookup("describe-internet-gateways", LogicalName.internetGateway, "InternetGateways[0].InternetGatewayId"),
                          delete: [["ec2", "detach-internet-gateway", "--internet-gateway-id", W.v(gateway), "--vpc-id", W.v(vpc)],
                                   ["ec2", "delete-internet-gateway", "--internet-gateway-id", W.v(gateway)]])
        }
        for subnet in topology.subnets.reversed() {
            script.remove(W.id(subnet.name), what: "subnet", lookup: tagLookup("describe-subnets", subnet.name, "Subnets[0].SubnetId"),
                          delete: [["ec2", "delete-subnet", "--subnet-id", W.v(W.id(subnet.name))]])
        }
        script.when("[[ -n \"$\(vpc)\" ]]", ["run ec2 delete-vpc --vpc-id \(W.v(vpc))", "log \"deleted VPC $\(vpc)\""])
    }
}

/// CloudWatch Logs groups, found by exact name.
enum CLILogs {
    typealias W = CLIWords

    static func lookup(_ name: String) -> [String] {
        ["logs", "describe-log-groups", "--log-group-name-prefix", W.q(name),
         "--query", "\"logGroups[?logGroupName==\(W.jmesLiteral(name))].logGroupName | [0]\""]
    }

    /// The key is given at creation: a group found already keeps the key it has.
    static func ensureGroup(_ name: String, retentionDays: Int, plan: SharingPlan, _ script: inout BashScript) {
        let key = plan.monitoring.logsKMSKey.map { " --kms-key-id \(W.q($0.value))" } ?? ""
        let put = "logs put-retention-policy --log-group-name \(W.q(name)) --retention-in-days \(retentionDays)"
        let live = "logGroups[?logGroupName==\(W.jmesLiteral(name))].retentionInDays | [0]"
        script.line("live_retention=\"$(lookup logs describe-log-groups --log-group-name-prefix \(W.q(name)) --query \(W.q(live)))\"")
        script.ifElse("[[ -z \"$live_retention\" ]] && \(BashScript.missing(lookup(name)))", then: { body in
            body.line("run logs create-log-group --log-group-name \(W.q(name))\(key) --tags \(W.tagMap(plan.tags))")
            body.line("run \(put)")
            body.line("log \(W.q("created log group \(name)"))")
        }, otherwise: { body in
            body.line("converge_value \(W.q("log group \(name): retentionDays")) \"$live_retention\" \(retentionDays) \(put)")
        })
    }

    static func removeGroup(_ name: String, _ script: inout BashScript) {
        script.when(BashScript.found(lookup(name)), ["run logs delete-log-group --log-group-name \(W.q(name))", "log \(W.q("deleted log group \(name)"))"])
    }
}

/// IAM roles with one inline policy, found by name; trust and permissions are rewritten on every deploy.
enum CLIRoles {
    typealias W = CLIWords

    static func lookup(_ name: String) -> [String] {
        ["iam", "get-role", "--role-name", W.q(name), "--query", "Role.RoleName"]
    }

    /// - Parameter permissions: the policy document as a shell word (quoted JSON, or a `json_document` substitution).
    static func ensure(_ role: Role, policyName: String, permissions: String, _ script: inout BashScript) {
        let put = "iam put-role-policy --role-name \(W.q(role.name)) --policy-name \(W.q(policyName)) --policy-document \(permissions)"
        let live = "$(lookup iam get-role-policy --role-name \(W.q(role.name)) --policy-name \(W.q(policyName)) --query 'to_string(PolicyDocument)')"
        ensureRole(role, grant: put, converge: "converge \(W.q("role \(role.name): policy \(policyName)")) \"\(live)\" \(permissions) \(put)", &script)
    }

    /// A role with an AWS managed policy instead of an inline one.
    static func ensure(_ role: Role, managedPolicy: String, _ script: inout BashScript) {
        let attach = "iam attach-role-policy --role-name \(W.q(role.name)) --policy-arn \(W.q(managedPolicy))"
        let attached = "AttachedPolicies[?PolicyArn==\(W.jmesLiteral(managedPolicy))].PolicyArn | [0]"
        let live = "$(lookup iam list-attached-role-policies --role-name \(W.q(role.name)) --query \(W.q(attached)))"
        ensureRole(role, grant: attach, converge: "converge \(W.q("role \(role.name): attached \(managedPolicy)")) \"\(live)\" \(W.q(managedPolicy)) \(attach)",
                   &script)
    }

    /// What the script makes a role with, and brings an existing one back to on every deploy.
    struct Role {
        let name: String
        let description: String
        let trust: JSONValue
        /// The spec's tags: what an earlier sharec gave the role, which lets a deploy adopt it.
        let specTags: [Tag]
        /// The spec's tags and the `sharec:resource` marker.
        var tags: [Tag] { specTags + [marker] }
        let marker: Tag
        /// The shell variable `claim` sets to the role's name when it exists, which `ensure` reads instead of asking IAM again.
        let found: String

        init(name: String, logicalName: String, description: String, trust: JSONValue, tags: [Tag], plan: SharingPlan) {
            self.name = name
            self.description = description
            self.trust = trust
            specTags = tags
            marker = Tag(key: W.markerKey, value: W.marker(plan, logicalName))
            found = "\(NameStem.snakeCase(logicalName))_found"
        }
    }

    /// Before a deploy changes anything, each of these roles that exists already must be the spec's, or be adopted
    /// (the prologue's `claim_role`): a deploy never stops half-way on a role it may not take. Every role `ensure` makes
    /// must be among them.
    static func claim(_ roles: [Role], _ script: inout BashScript) {
        for role in roles {
            let query = W.ownershipQuery(role.specTags, list: "Tags", key: "Key", value: "Value")
            script.line("\(role.found)=\"$(lookup \(lookup(role.name).joined(separator: " ")))\"")
            script.when("[[ -n \"$\(role.found)\" ]]", ["claim_role \(W.q(role.name)) \(W.q(query)) \(role.specTags.count)"])
        }
    }

    /// Creates the role and `grant`s it its permissions, or brings an existing one's description, tags (a tag the spec no
    /// longer names stays), trust and permissions (`converge`) to the spec's, changing only what differs.
    private static func ensureRole(_ role: Role, grant: String, converge: String, _ script: inout BashScript) {
        let name = W.q(role.name), tags = W.tagList(role.tags)
        script.ifElse("[[ -z \"$\(role.found)\" ]]", then: { body in
            body.line("run iam create-role --role-name \(name) --description \(W.q(role.description)) --assume-role-policy-document \(W.json(role.trust)) "
                      + "--tags \(tags)")
            body.line("run \(grant)")
            body.line("log \(W.q("created role \(role.name)"))")
        }, otherwise: { body in
            // The description and the trust in one read (text output separates them with a tab, which neither holds).
            body.line("IFS=$'\\t' read -r -a live <<<\"$(lookup iam get-role --role-name \(name) --query '[Role.Description, to_string(Role.AssumeRolePolicyDocument)]')\"")
            body.line("converge \(W.q("role \(role.name): description")) \"${live[0]}\" \(W.q(role.description)) "
                      + "iam update-role --role-name \(name) --description \(W.q(role.description))")
            let carried = W.carriedQuery(role.tags, list: "Tags", key: "Key", value: "Value")
            body.line("converge \(W.q("role \(role.name): tags")) \"$(lookup iam list-role-tags --role-name \(name) --query \(W.q(carried)))\" "
                      + "\(role.tags.count) iam tag-role --role-name \(name) --tags \(tags)")
            body.line("converge \(W.q("role \(role.name): trust policy")) \"${live[1]}\" "
                      + "\(W.json(role.trust)) iam update-assume-role-policy --role-name \(name) --policy-document \(W.json(role.trust))")
            body.line(converge)
        })
    }

    /// The policy and the role, each only while it exists: a destroy stopped between the two goes on from there.
    static func remove(name: String, policyName: String, _ script: inout BashScript) {
        script.block("if \(BashScript.found(lookup(name))); then", "fi") { body in
            body.when(BashScript.found(["iam", "get-role-policy", "--role-name", W.q(name), "--policy-name", W.q(policyName), "--query", "PolicyName"]),
                      ["run iam delete-role-policy --role-name \(W.q(name)) --policy-name \(W.q(policyName))"])
            body.line("run iam delete-role --role-name \(W.q(name))")
            body.line("log \(W.q("deleted role \(name)"))")
        }
    }

    static func remove(name: String, managedPolicy: String, _ script: inout BashScript) {
        script.block("if \(BashScript.found(lookup(name))); then", "fi") { body in
            let attached = "AttachedPolicies[?PolicyArn==\(W.jmesLiteral(managedPolicy))].PolicyArn | [0]"
            body.when(BashScript.found(["iam", "list-attached-role-policies", "--role-name", W.q(name), "--query", W.q(attached)]),
                      ["run iam detach-role-policy --role-name \(W.q(name)) --policy-arn \(W.q(managedPolicy))"])
            body.line("run iam delete-role --role-name \(W.q(name))")
            body.line("log \(W.q("deleted role \(name)"))")
        }
    }
}
