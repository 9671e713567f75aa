/// The flow-log delivery role: trusted by VPC Flow Logs only on behalf of the owner account
/// (a confused-deputy guard), allowed to write only to its own log group.
enum FlowLogPolicy {
    static let roleDescription = "Lets VPC Flow Logs write to its log group"
    static let policyName = "write-flow-logs"
    static let service = "vpc-flow-logs.amazonaws.com"
    static let actions = ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"]

    /// The flow log's id is not known before it exists, and the role must exist first: any flow log of the owner's region.
    static func trust(_ plan: SharingPlan) -> JSONValue {
        ServiceRoleTrust.document(service: service, plan: plan, sourceService: "ec2", sourceResources: ["vpc-flow-log/*"])
    }

    static func permissions(logGroupARN: JSONValue) -> JSONValue {
        [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Action": .array(actions.map(JSONValue.string)),
                "Resource": logGroupARN,
            ]],
        ]
    }
}
