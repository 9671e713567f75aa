/// Security groups sharec makes, found again by their marker tag: the owner's and the consumers'.
enum CLISecurityGroups {
    typealias W = CLIWords

    static func lookup(_ logicalName: String, plan: SharingPlan) -> [String] {
        ["ec2", "describe-security-groups", "--filters", W.markerFilter(plan, logicalName), "--query", W.q("SecurityGroups[0].GroupId")]
    }

    /// A security group with no rule of its own: the default allow-all egress is revoked, as CloudFormation's and Terraform's groups have none.
    static func ensure(_ variable: String, logicalName: String, groupName: String, description: String, nameTag: String,
                       vpc: String, plan: SharingPlan, _ script: inout BashScript) {
        script.ensure(variable, what: "security group", lookup: lookup(logicalName, plan: plan),
                      create: ["ec2", "create-security-group", "--group-name", W.q(groupName), "--description", W.q(description),
                               "--vpc-id", vpc, "--tag-specifications", W.ec2Tags(plan, "security-group", logicalName, name: nameTag),
                               "--query", "GroupId"],
                      placeholder: logicalName)
        // The group may be new, and EC2 not list it yet: taking that for "no such rule" would keep the allow-all egress.
        let allowAll = ["ec2", "describe-security-groups", "--group-ids", W.v(variable), "--query", "\"SecurityGroups[0].IpPermissionsEgress[?IpProtocol=='-1'].IpProtocol | [0]\""]
        script.when(BashScript.found(allowAll, by: "known"), [
            "run ec2 revoke-security-group-egress --group-id \(W.v(variable)) --ip-permissions \(W.json([["IpProtocol": "-1", "IpRanges": [["CidrIp": "0.0.0.0/0"]]]]))",
        ])
    }
}
