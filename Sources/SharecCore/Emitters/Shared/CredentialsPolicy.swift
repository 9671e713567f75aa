/// What a consumer's cross-account role may do: make IAM authentication tokens for its own database
/// user on each shared database, and read the master-user secrets only where the spec gives them.
/// Nothing only looks like access control: VPC Lattice has no `vpc-lattice:Invoke`; a TCP resource is
/// governed by the RAM share and security groups.
enum CredentialsPolicy {
    static let secretActions: [JSONValue] = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]

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

    /// - Parameters:
    ///   - databaseUsers: each database's `rds-db:connect` ARN for the role's user (see `ARNs.databaseUser`).
    ///   - secrets: the master secrets the role reads; empty unless the spec gives it them.
    static func permissions(databaseUsers: [JSONValue], secrets: [JSONValue]) -> JSONValue {
        var statements: [JSONValue] = [[
            "Sid": "SignInAsOwnDatabaseUser",
            "Effect": "Allow",
            "Action": "rds-db:connect",
            "Resource": .array(databaseUsers),
        ]]
        if !secrets.isEmpty {
            statements.append([
                "Sid": "ReadMasterSecrets",
                "Effect": "Allow",
                "Action": .array(secretActions),
                "Resource": .array(secrets),
            ])
        }
        return ["Version": "2012-10-17", "Statement": .array(statements)]
    }
}
