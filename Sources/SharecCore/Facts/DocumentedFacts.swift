/// An AWS rule that no machine-readable source on this machine carries (no resource schema, no
/// service model, no cfn-lint data), kept by hand with the AWS document that states it.
/// docs/diagnostics.md cites every row by its id and address, and a test keeps the two in step.
public struct DocumentedFact: Sendable, Hashable {
    public let id: String
    /// The rule, in a sentence.
    public let says: String
    /// The AWS document's title, and where it is.
    public let document: String
    public let url: String
}

/// A value sharec checks or emits by, beside the row that says why.
struct Documented<Value: Sendable>: Sendable {
    let value: Value
    let fact: DocumentedFact
}

/// The parameters a log needs before RDS writes it where CloudWatch Logs can read it.
struct LogParameters: Sendable {
    let switches: [String: [String: [String]]]
    let output: (name: String, value: String)
}

/// A set of DB instance classes: one family (`t3` in `db.t3.micro`), all its sizes or the ones listed.
struct InstanceClassSet: Sendable {
    let family: String
    let sizes: [String]?

    func contains(_ instanceClass: String) -> Bool {
        let parts = instanceClass.split(separator: ".").map(String.init)
        guard parts.count == 3, parts[0] == "db", parts[1] == family else { return false }
        return sizes.map { $0.contains(parts[2]) } ?? true
    }

    var description: String {
        sizes.map { $0.map { "db.\(family).\($0)" }.joined(separator: ", ") } ?? "every db.\(family) class"
    }
}

/// The master user names an engine accepts beyond the schema's pattern.
struct MasterUserNames: Sendable {
    let maxLength: Int
    /// Compared without regard to case, as the engines compare unquoted names.
    let reserved: [String]
    let reservedPrefixes: [String]
    /// What sharec uses when the spec names none.
    let defaultName: String
}

/// Provisioned IOPS and throughput of RDS for MySQL, MariaDB and PostgreSQL storage.
struct StoragePerformance: Sendable {
    /// The IOPS an io1 or io2 volume may be given.
    let provisionedIOPS: ClosedRange<Int>
    /// Per io type, the IOPS per GiB of allocated storage.
    let iopsPerGiB: [String: ClosedRange<Double>]
    /// Below this many GiB, gp3 has a fixed baseline, and RDS refuses IOPS or throughput settings.
    let gp3ThresholdGiB: Int
    /// gp3 at or above the threshold.
    let gp3IOPS: ClosedRange<Int>
    let gp3ThroughputMiBps: ClosedRange<Int>
    /// gp3's throughput is at most this many MiB/s per provisioned IOPS.
    let gp3ThroughputPerIOPS: Double
    /// MySQL and MariaDB on gp3 above `gp3IOPS` of this many need at least 1 MiB/s per 64 IOPS.
    let gp3MySQLIOPSWithoutMoreThroughput: Int
    let gp3MySQLIOPSPerMiBps: Int
}

/// How a parameter group family is named from an engine version: a prefix, then the version's first numbers.
struct ParameterGroupFamily: Sendable {
    let prefix: String
    let majorNumbers: Int
}

enum DocumentedFacts {
    static let resourceGatewaySubnet = Documented(value: 26, fact: DocumentedFact(
        id: "resource-gateway-subnet",
        says: "Each resource gateway network interface takes an aligned /28 IPv4 prefix from its subnet (16 addresses per ENI by default), and AWS reserves 5 addresses in every subnet (the first four and the last), so neither a /28 nor a /27 holds a free aligned /28: a gateway subnet must be a /26 or larger.",
        document: "Amazon VPC Lattice User Guide: Resource gateways in VPC Lattice; Amazon VPC User Guide: Subnet CIDR blocks",
        url: "https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html"))

    static let performanceInsightsUnsupported = Documented(value: [
        "mysql": [InstanceClassSet(family: "t2", sizes: ["micro", "small"]), InstanceClassSet(family: "t3", sizes: ["micro", "small"]),
                  InstanceClassSet(family: "t4g", sizes: ["micro", "small"])],
        "mariadb": [InstanceClassSet(family: "t2", sizes: ["micro", "small"]), InstanceClassSet(family: "t3", sizes: ["micro", "small"]),
                    InstanceClassSet(family: "t4g", sizes: ["micro", "small"])],
        "aurora-mysql": [InstanceClassSet(family: "t2", sizes: nil), InstanceClassSet(family: "t3", sizes: nil),
                         InstanceClassSet(family: "t4g", sizes: ["micro", "small"])],
    ], fact: DocumentedFact(
        id: "performance-insights-classes",
        says: "Performance Insights (Database Insights) is not supported for RDS for MySQL and MariaDB on db.t2, db.t3 and db.t4g micro and small, nor for Aurora MySQL on any db.t2 or db.t3 class or on db.t4g micro and small; RDS refuses to create such an instance with it on.",
        document: "Amazon RDS User Guide: Amazon RDS DB engine, Region, and instance class support for Database Insights (and the Aurora User Guide's page of the same name)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html"))

    static let iamAuthenticationUnsupported = Documented(value: [
        "aurora-mysql": [InstanceClassSet(family: "t2", sizes: ["small"]), InstanceClassSet(family: "t3", sizes: ["small"])],
    ], fact: DocumentedFact(
        id: "iam-authentication-classes",
        says: "IAM database authentication is available for Aurora MySQL on every instance class but db.t2.small and db.t3.small, and for RDS for MariaDB from version 10.11 only (not 10.4, 10.5 or 10.6, and not in every Region); the RDS User Guide names no class without it for RDS for MySQL, MariaDB and PostgreSQL, nor does the Aurora User Guide for Aurora PostgreSQL. A token is signed for the database's own endpoint, never a custom DNS name.",
        document: "Amazon Aurora User Guide: IAM database authentication (Limitations); Amazon RDS User Guide: Supported Regions and DB engines for IAM database authentication in Amazon RDS",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html"))

    /// The first major version of each engine that has IAM database authentication, where it is not the first sharec knows.
    static let iamAuthenticationSince = Documented(value: ["mariadb": [10, 11]], fact: iamAuthenticationUnsupported.fact)

    private static let mysqlReserved = ["rdsadmin", "rdsrepladmin"]
    private static let postgresReserved = ["rdsadmin", "rdsrepladmin", "admin", "public", "none", "current_user", "session_user", "current_role"]
    static let masterUserNames = Documented(value: [
        "mysql": MasterUserNames(maxLength: 32, reserved: mysqlReserved, reservedPrefixes: [], defaultName: "admin"),
        "mariadb": MasterUserNames(maxLength: 16, reserved: mysqlReserved, reservedPrefixes: [], defaultName: "admin"),
        "aurora-mysql": MasterUserNames(maxLength: 16, reserved: mysqlReserved, reservedPrefixes: [], defaultName: "admin"),
        "postgres": MasterUserNames(maxLength: 63, reserved: postgresReserved,
                                    reservedPrefixes: ["pg_", "rds_"], defaultName: "postgres"),
        "aurora-postgresql": MasterUserNames(maxLength: 63, reserved: postgresReserved,
                                             reservedPrefixes: ["pg_", "rds_"], defaultName: "postgres"),
    ], fact: DocumentedFact(
        id: "master-user-name",
        says: "A master user name may not be a name RDS or the engine reserves (rdsadmin and rdsrepladmin on every engine; on PostgreSQL and Aurora PostgreSQL also admin, public, none, current_user, session_user, current_role and names beginning pg_ or rds_), and is at most 16 characters for MariaDB and Aurora MySQL, 32 for MySQL and 63 for PostgreSQL; the API reference states 1 to 16 for every engine, and the longer limits were verified against a live account.",
        document: "Amazon RDS User Guide: Naming constraints in Amazon RDS; Amazon RDS API Reference: CreateDBInstance, MasterUsername",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints"))

    static let storagePerformance = Documented(value: StoragePerformance(
        provisionedIOPS: 1000...256_000, iopsPerGiB: ["io1": 0.5...50, "io2": 0.5...500],
        gp3ThresholdGiB: 400, gp3IOPS: 12000...64000, gp3ThroughputMiBps: 500...4000, gp3ThroughputPerIOPS: 0.25,
        gp3MySQLIOPSWithoutMoreThroughput: 32000, gp3MySQLIOPSPerMiBps: 64), fact: DocumentedFact(
        id: "provisioned-iops",
        says: "For RDS for MySQL, MariaDB and PostgreSQL, io1 and io2 storage needs provisioned IOPS from 1,000 to 256,000, at 0.5 to 50 IOPS per GiB for io1 and 0.5 to 500 for io2 (1,000 on Nitro instances only); gp3 under 400 GiB has a fixed baseline of 3,000 IOPS and 125 MiB/s that cannot be set, and from 400 GiB takes 12,000 to 64,000 IOPS and 500 to 4,000 MiB/s, at most 0.25 MiB/s per IOPS; MySQL and MariaDB above 32,000 gp3 IOPS need at least 1 MiB/s per 64 IOPS. (botocore's CreateDBInstance.Iops states io1's 0.5 to 50 only.)",
        document: "Amazon RDS User Guide: Amazon RDS DB instance storage (Provisioned IOPS SSD storage; General Purpose SSD storage)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html"))

    static let parameterGroupFamilies = Documented(value: [
        "mysql": ParameterGroupFamily(prefix: "mysql", majorNumbers: 2), "mariadb": ParameterGroupFamily(prefix: "mariadb", majorNumbers: 2),
        "aurora-mysql": ParameterGroupFamily(prefix: "aurora-mysql", majorNumbers: 2),
        "postgres": ParameterGroupFamily(prefix: "postgres", majorNumbers: 1), "aurora-postgresql": ParameterGroupFamily(prefix: "aurora-postgresql", majorNumbers: 1),
    ], fact: DocumentedFact(
        id: "parameter-group-family",
        says: "A parameter group belongs to one family, which a database's engine version must match: the engine's name and its major version, written with two numbers for MySQL, MariaDB and Aurora MySQL (mysql8.0, mariadb10.11, aurora-mysql8.0 for 8.0.mysql_aurora.3.x) and with one for PostgreSQL 10 and later and Aurora PostgreSQL (postgres16, aurora-postgresql16); a DB instance takes a DB parameter group, an Aurora cluster a DB cluster parameter group.",
        document: "Amazon RDS User Guide: Parameter groups for Amazon RDS (DB parameter group families); Amazon RDS API Reference: DBEngineVersion, DBParameterGroupFamily",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.html"))

    /// Storage autoscaling's ceiling must exceed the allocated storage by this fraction at least.
    static let storageAutoscalingMargin = Documented(value: 0.10, fact: DocumentedFact(
        id: "storage-autoscaling",
        says: "Storage autoscaling's maximum storage threshold must be at least 10% above the allocated storage (RDS refuses it with 'Invalid max storage size' otherwise), and autoscaling is not offered for Aurora, whose storage grows by itself.",
        document: "Amazon RDS User Guide: Managing capacity automatically with Amazon RDS storage autoscaling",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.Autoscaling.html"))

    /// Per engine, the log types that need a parameter turned on (any one of those listed), and where they must be written.
    static let mysqlLogParameters = Documented(value: LogParameters(
        switches: [
            "mysql": ["general": ["general_log"], "slowquery": ["slow_query_log"]],
            "mariadb": ["general": ["general_log"], "slowquery": ["slow_query_log", "log_slow_query"]],
        ],
        output: (name: "log_output", value: "FILE")
    ), fact: DocumentedFact(
        id: "mysql-log-publishing",
        says: "RDS for MySQL and MariaDB publish the general log only with general_log = 1, and the slow query log only with slow_query_log = 1 (log_slow_query = 1 also on MariaDB), in a custom parameter group that also sets log_output = FILE; the error log needs nothing, the audit log an option group with MARIADB_AUDIT_PLUGIN.",
        document: "Amazon RDS User Guide: Publishing MySQL logs to Amazon CloudWatch Logs; Publishing MariaDB logs to Amazon CloudWatch Logs",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MySQLDB.PublishtoCloudWatchLogs.html"))

    static let logsKMSKeyPolicy = DocumentedFact(
        id: "logs-kms-key",
        says: "A CloudWatch Logs log group encrypted with a customer-managed KMS key needs the key in the log group's region, and the key's policy must allow the service principal logs.<region>.amazonaws.com kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey* and kms:Describe*; otherwise creating the log group fails.",
        document: "Amazon CloudWatch Logs User Guide: Encrypt log data in CloudWatch Logs using AWS Key Management Service",
        url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html")

    static let oneServiceNetworkPerVPC = DocumentedFact(
        id: "one-service-network-per-vpc",
        says: "A VPC can be associated with only one service network, and every host of an associated VPC becomes a client of everything in that network.",
        document: "Amazon VPC Lattice User Guide: Manage the VPC associations for a service network",
        url: "https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html")

    static let resourceAccessLogs = DocumentedFact(
        id: "resource-access-logs",
        says: "A service network's access log sees only traffic that crosses that service network; a resource configuration's own access log subscription records every connection to it, through a resource endpoint or any service network.",
        document: "Amazon VPC Lattice User Guide: Access logs for resource configurations",
        url: "https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html")

    static let flowLogStreams = DocumentedFact(
        id: "flow-log-streams",
        says: "VPC Flow Logs' delivery role is authorised on the log group's streams, so its policy names the log group ARN with :* (the Terraform provider's arn attribute has no :*).",
        document: "Amazon VPC User Guide: IAM role for publishing flow logs to CloudWatch Logs",
        url: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html")

    static let finalSnapshotNames = DocumentedFact(
        id: "final-snapshot-name",
        says: "A DB snapshot identifier is unique per account and region, so a fixed final snapshot name fails the second delete.",
        document: "Amazon RDS API Reference: DeleteDBInstance, FinalDBSnapshotIdentifier",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstance.html")

    static let managedSecretNames = DocumentedFact(
        id: "rds-managed-secret",
        says: "RDS names the master user secrets it manages rds!db-<uuid> and rds!cluster-<uuid>.",
        document: "Amazon RDS User Guide: Password management with Amazon RDS and AWS Secrets Manager",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html")

    /// The characters of a role's trust policy, whitespace not counted, under IAM's default quota.
    static let trustPolicyLength = Documented(value: 2048, fact: DocumentedFact(
        id: "trust-policy-length",
        says: "A role's trust policy may hold at most 2,048 characters by default (whitespace not counted; the quota can be raised to 4,096); IAM refuses a longer one when the role is created or its trust updated.",
        document: "AWS Identity and Access Management User Guide: IAM and AWS STS quotas (Role trust policy length)",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"))

    static let namedIAM = DocumentedFact(
        id: "named-iam",
        says: "A stack with IAM resources needs CAPABILITY_IAM, and one whose IAM resources have custom names needs CAPABILITY_NAMED_IAM.",
        document: "AWS CloudFormation User Guide: Acknowledging IAM resources in CloudFormation templates",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html#using-iam-capabilities")

    static let all: [DocumentedFact] = [
        resourceGatewaySubnet.fact, performanceInsightsUnsupported.fact, iamAuthenticationUnsupported.fact, masterUserNames.fact, storagePerformance.fact,
        parameterGroupFamilies.fact, storageAutoscalingMargin.fact, mysqlLogParameters.fact, logsKMSKeyPolicy,
        oneServiceNetworkPerVPC, resourceAccessLogs, flowLogStreams, finalSnapshotNames, managedSecretNames, trustPolicyLength.fact, namedIAM,
    ]

    /// Whether the engine offers Performance Insights on the class.
    static func supportsPerformanceInsights(_ engine: Engine, _ instanceClass: String) -> Bool {
        !(performanceInsightsUnsupported.value[engine.rawValue] ?? []).contains { $0.contains(instanceClass) }
    }

    /// Whether the engine offers IAM database authentication on the class, in the version (nil: RDS's default, a recent one).
    static func supportsIAMAuthentication(_ engine: Engine, _ instanceClass: String, version: String?) -> Bool {
        if let version, let since = iamAuthenticationSince.value[engine.rawValue] {
            let numbers = version.split(separator: ".").prefix(since.count).map { Int($0) ?? 0 }
            if numbers.lexicographicallyPrecedes(since) { return false }
        }
        return !(iamAuthenticationUnsupported.value[engine.rawValue] ?? []).contains { $0.contains(instanceClass) }
    }
}
