/// What a consumer's cross-account role may do: read the RDS-managed master-user secret, and nothing
/// that only looks like access control (VPC Lattice has no `vpc-lattice:Invoke`; a TCP resource is
/// governed by the RAM share and security groups).
enum CredentialsPolicy {
    static let actions: [JSONValue] = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]

    static func trust(consumerPrincipal: JSONValue, externalID: String?) -> JSONValue {
        var statement: [String: JSONValue] = [
            "Effect": "Allow",
            "Principal": ["AWS": consumerPrincipal],
            "Action": "sts:AssumeRole",
        ]
        if let externalID {
            statement["Condition"] = ["StringEquals": ["sts:ExternalId": .string(externalID)]]
        }
        return ["Version": "2012-10-17", "Statement": [.object(statement)]]
    }

    static func permissions(secretARN: JSONValue) -> JSONValue {
        [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Action": .array(actions),
                "Resource": secretARN,
            ]],
        ]
    }
}
