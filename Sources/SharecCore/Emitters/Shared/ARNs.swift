/// ARNs sharec can write before anything exists, because every part of them is in the plan.
enum ARNs {
    /// The AWS partition of a region: China and GovCloud regions have their own.
    static func partition(_ region: String) -> String {
        if region.hasPrefix("cn-") { return "aws-cn" }
        if region.hasPrefix("us-gov-") { return "aws-us-gov" }
        return "aws"
    }

    static func accountRoot(_ account: String, region: String) -> String {
        "arn:\(partition(region)):iam::\(account):root"
    }

    static func logGroup(_ name: String, plan: SharingPlan) -> String {
        "arn:\(partition(plan.owner.region.value)):logs:\(plan.owner.region.value):\(plan.owner.account.value):log-group:\(name)"
    }

    /// What `rds-db:connect` names: one database user of one instance (`db-…`) or Aurora cluster (`cluster-…`), by the
    /// resource id RDS gives it, which each target writes as its own expression.
    static func databaseUser(resourceID: String, user: String, partition: String, region: String, account: String) -> String {
        "arn:\(partition):rds-db:\(region):\(account):dbuser:\(resourceID)/\(user)"
    }
}
