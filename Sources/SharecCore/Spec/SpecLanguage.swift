/// Version 1 of the sharing spec language: every key, its type, its default and what it means.
/// docs/spec-reference.md is generated from these declarations (a test keeps the two equal).
public enum SpecLanguage {
    public static let version = 1

    public static let root = ObjectShape("spec", "A sharing spec: one owner account shares its databases with consumer accounts.", fields: [
        Field("version", .integer(1...1), .required, "The spec language version.", example: "1"),
        Field("name", .text(specName), .required,
              "Names the whole deployment; default resource names derive from it.", example: "orders-db"),
        // CloudFormation counts a template description's bytes, not its characters.
        Field("description", .text(TextRule(rule: "out-of-range", "a string of at most 1024 bytes of UTF-8", maxBytes: 1024)), .none,
              "Free text, used as the template description.", example: "\"Orders database shared with analytics\""),
        Field("owner", .object(owner), .required, "The account and region that own the database.", example: "{ account: \"111122223333\", region: us-east-1 }"),
        // Every resource also gets ManagedBy and, where the console shows one, a Name.
        Field("tags", .dictionary(key: tagKey, value: tagValue, maximumCount: AWSFacts.maxTagsPerResource - 2), .none,
              "Tags put on every resource that takes tags, beside `ManagedBy: sharec`.", example: "{ Project: CrossAccountDatabaseSharing, Environment: demo }"),
        Field("network", .object(network), .derived("a new VPC with every default below"), "The network sharec creates for the database.", example: "{ vpc: { cidr: 10.0.0.0/16 } }"),
        Field("databases", .list(.object(database), count: 1...20), .required,
              "The databases to share (at most 20, a bound on spec size). They share one resource gateway, service network and RAM share; each has its own resource configuration.",
              example: "[{ name: orders, engine: mysql, instanceClass: db.t3.micro }]"),
        Field("sharing", .object(sharing), .required, "How the databases are made reachable, and by whom.", example: "{ consumers: [{ account: \"444455556666\" }] }"),
        Field("monitoring", .object(monitoring), .derived("a dashboard and 30-day access logs"), "Dashboard and access logs.", example: "{ dashboard: { name: DatabaseSharingMonitoring } }"),
    ])

    static let owner = ObjectShape("owner", "The account that owns the database, and where it runs.", fields: [
        Field("account", .text(accountID), .required, "The owner's AWS account id, quoted so YAML keeps it a string.", example: "\"111122223333\""),
        Field("region", .text(region), .required, "The AWS region everything is created in.", example: "us-east-1"),
    ])

    static let network = ObjectShape("network", "A new VPC over several availability zones.", fields: [
        Field("vpc", .object(vpc), .derived("10.0.0.0/16 over 2 zones"), "The VPC's address range and spread.", example: "{ cidr: 10.0.0.0/16, availabilityZones: 2 }"),
        Field("subnets", .object(subnets), .derived("a /24 per zone for databases, a /26 per zone for the gateway"),
              "One subnet per zone in each tier.", example: "{ database: 24, gateway: 28 }"),
        Field("natGateways", .text(TextRule("one of none, single, perZone", choices: ["none", "single", "perZone"])), .value("none"),
              "NAT gateways giving the database subnets outbound internet access; any value but `none` needs `subnets.public`.", example: "perZone"),
        Field("flowLogs", .object(flowLogs), .derived("on, all traffic, kept 30 days"), "VPC flow logs to CloudWatch Logs.", example: "{ retentionDays: 90 }"),
        Field("existing", .object(existingNetwork), .none,
              "A VPC and subnets that exist already, by id, instead of a new network: sharec then creates only the sharing layer in them.",
              example: "{ vpcId: vpc-0a1b2c3d4e5f60718, databaseSubnets: [subnet-0a1b2c3d, subnet-1a2b3c4d], gatewaySubnets: [subnet-2a3b4c5d] }"),
    ], excludes: [("existing", ["vpc", "subnets", "natGateways"], "an existing network brings its own range, subnets and routing")])

    static let existingNetwork = ObjectShape("existing", "A VPC and subnets that exist already.", fields: [
        Field("vpcId", .text(resourceID("AWS::EC2::VPC.Id", "a VPC id such as vpc-0a1b2c3d4e5f60718")), .required, "The VPC's id.", example: "vpc-0a1b2c3d4e5f60718"),
        Field("databaseSubnets", .list(.text(resourceID("AWS::EC2::Subnet.Id", "a subnet id such as subnet-0a1b2c3d")), count: 2...16), .required,
              "The subnets of the databases' subnet groups, in two zones at least (an RDS subnet group's rule).", example: "[subnet-0a1b2c3d, subnet-1a2b3c4d]"),
        Field("gatewaySubnets", .list(.text(resourceID("AWS::EC2::Subnet.Id", "a subnet id such as subnet-0a1b2c3d")), count: 1...16), .required,
              "The subnets of the resource gateway, one per zone it should serve; each needs a free, aligned /28 block of addresses.", example: "[subnet-2a3b4c5d, subnet-3a4b5c6d]"),
    ])

    static let vpc = ObjectShape("vpc", "The VPC's address range and how many zones it spans.", fields: [
        Field("cidr", .text(cidr), .value("10.0.0.0/16"), "The VPC's IPv4 range, a /16 to a /28.", example: "10.20.0.0/16"),
        Field("availabilityZones", .integer(2...6), .value("2"),
              "How many of the region's zones to use, taken in order; the region must have that many. An RDS subnet group spans two zones at least.", example: "3"),
    ])

    static let subnetTier = ValueShape.either(
        .integer(16...28),
        .list(.text(cidr), count: 1...6))

    static let subnets = ObjectShape("subnets", "A tier is a prefix length (sharec lays the subnets out) or one CIDR per zone.", fields: [
        Field("public", subnetTier, .none, "Public subnets, only for NAT gateways.", example: "24"),
        Field("database", subnetTier, .value("24"), "Private subnets the database lives in.", example: "[10.0.1.0/24, 10.0.2.0/24]"),
        Field("gateway", subnetTier, .value("26"),
              "Subnets of the VPC Lattice resource gateway; a /26 at the smallest, since each of the gateway's network interfaces takes an aligned /28 of free addresses.", example: "26"),
    ])

    static let flowLogs = ObjectShape("flowLogs", "VPC flow logs delivered to a CloudWatch log group.", fields: [
        Field("enabled", .boolean, .value("true"), "Whether to capture flow logs.", example: "true"),
        Field("trafficType", .text(TextRule("one of \(AWSFacts.flowLogTrafficTypes.joined(separator: ", "))", choices: AWSFacts.flowLogTrafficTypes)),
              .value("ALL"), "Which traffic to capture.", example: "REJECT"),
        Field("retentionDays", .integer(1...3653), .value("30"),
              "Days to keep the log; one of CloudWatch Logs' retention periods (1, 3, 5, 7, 14, 30, 60, 90, ...).", example: "90"),
    ])

    static let database = ObjectShape("database", "A database to share: a new RDS instance or Aurora cluster (encrypted, private, its master password kept by RDS in Secrets Manager), or one that exists already. A change to a new database's settings is applied at once, in every target, not in the next maintenance window (a class change restarts it during the deploy; a static parameter takes effect at the next reboot).", fields: [
        Field("name", .text(awsName("AWS::RDS::DBInstance.DBInstanceIdentifier", "a DB instance identifier", "letters, digits and single hyphens, starting with a letter and not ending with a hyphen")), .required,
              "Logical ids and default names derive from it; a new database's DB instance (or cluster) identifier.", example: "orders"),
        Field("engine", .text(TextRule("one of \(Engine.allCases.map(\.rawValue).joined(separator: ", "))", choices: Engine.allCases.map(\.rawValue))), .required,
              "The database engine (an Aurora engine makes a cluster of `instances` DB instances).", example: "mysql"),
        Field("engineVersion", .text(TextRule("a version such as 8.0.42", pattern: "^[0-9]+(\\.[0-9A-Za-z_-]+)*$")), .none,
              "The engine version. A full release (`8.0.42`) is kept as written: automatic minor version upgrades are off, so no target drifts from it. A major version alone, where RDS offers one (PostgreSQL's `16`), and no version at all (RDS's default) leave them on. Quote it so YAML keeps `8.10` as written.",
              example: "\"8.0.42\""),
        Field("instanceClass", .text(TextRule(rule: "instance-class", "a DB instance class such as db.t3.micro", pattern: "^db\\.")), .none,
              "A new database's DB instance class; it must exist for the engine in the owner's region.", example: "db.t3.micro"),
        Field("storage", .object(storage), .derived("20 GiB of gp3"), "Allocated storage; not for Aurora, whose storage grows by itself.", example: "{ sizeGiB: 100, type: gp3 }"),
        Field("instances", .integer(1...8), .derived("2 for Aurora: a writer and a reader in another zone"),
              "Aurora only: how many DB instances the cluster has, spread over the zones (at most 8, a bound on spec size).", example: "3"),
        Field("masterUsername", .text(awsName("AWS::RDS::DBInstance.MasterUsername", "a master user name", "letters, digits and underscores, starting with a letter")),
              .derived("`admin` for MySQL, MariaDB and Aurora MySQL, `postgres` for PostgreSQL and Aurora PostgreSQL"),
              "The master user; RDS generates its password and keeps it in Secrets Manager. It may not be a name the engine reserves, and is at most 16 characters for MariaDB and Aurora MySQL, 32 for MySQL and 63 for PostgreSQL.", example: "dbadmin"),
        Field("port", .integer(AWSFacts.databasePorts), .derived("the engine's default port"),
              "The port a new database listens on (\(AWSFacts.databasePorts.lowerBound) to \(AWSFacts.databasePorts.upperBound)); the security groups and the resource configuration open it only.",
              example: "3307"),
        Field("backupRetentionDays", .integer(0...AWSFacts.backupRetentionDaysMaximum), .value("7"), "Days of automated backups; 0 turns them off.", example: "7"),
        Field("performanceInsights", .boolean, .derived("on where the engine offers it on the instance class"),
              "Whether Performance Insights is on (kept 7 days). MySQL and MariaDB lack it on db.t2, db.t3 and db.t4g micro and small, Aurora MySQL on every db.t2 and db.t3 class and on db.t4g micro and small.", example: "true"),
        Field("logExports", .list(.text(logType), count: 0...6), .derived("the engine's own log: `error` for MySQL, MariaDB and Aurora MySQL, `postgresql` for PostgreSQL and Aurora PostgreSQL"),
              "The logs RDS publishes to CloudWatch Logs: for MySQL and MariaDB \(logTypes("mysql")), for Aurora MySQL \(logTypes("aurora-mysql")), for PostgreSQL \(logTypes("postgres")), for Aurora PostgreSQL \(logTypes("aurora-postgresql")). sharec creates each log group first, with `monitoring.logRetentionDays` and `monitoring.logsKmsKeyArn`, so that none is kept forever. An empty list publishes none.",
              example: "[error, slowquery, iam-db-auth-error]"),
        Field("monitoringInterval", .integer(0...AWSFacts.monitoringIntervals.max()!), .value("0"),
              "Seconds between Enhanced Monitoring's operating-system metrics, one of \(AWSFacts.monitoringIntervals.map(String.init).joined(separator: ", ")); 0 turns it off. sharec creates the role RDS publishes them with.",
              example: "60"),
        Field("kmsKeyArn", .text(kmsKeyARN), .none,
              "A customer-managed KMS key, by key ARN in the owner's region, that encrypts the storage, snapshots and backups; RDS's AWS managed key otherwise. It cannot change once the database exists.",
              example: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        Field("performanceInsightsKmsKeyArn", .text(kmsKeyARN), .none,
              "A customer-managed KMS key, by key ARN in the owner's region, that encrypts Performance Insights data; RDS's AWS managed key otherwise. Needs `performanceInsights` on.",
              example: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        Field("parameters", .dictionary(key: parameterName, value: parameterValue, maximumCount: 100), .none,
              "Engine parameters, in a parameter group sharec creates (a DB cluster parameter group for Aurora) in the family of `engineVersion`, which it then needs. Each is applied at the next reboot where the engine cannot apply it at once. Values are strings, quoted where YAML would read a number.",
              example: "{ log_statement: ddl, log_min_duration_statement: \"1000\" }"),
        Field("deletionProtection", .boolean, .value("true"), "Whether RDS refuses to delete the instance or cluster. On, the Terraform configuration also has prevent_destroy, so that a destroy, or a change that replaces the database, is refused at plan time rather than after what depends on it is gone; to destroy, turn it off and deploy first (docs/operations.md).", example: "false"),
        Field("multiAZ", .boolean, .value("false"), "Whether RDS keeps a standby in another zone; not for Aurora, where `instances` does that.", example: "true"),
        Field("resourceConfiguration", .object(resourceConfiguration), .derived("named `<database name>-config`, lowercased"),
              "The VPC Lattice resource configuration that exposes this database.", example: "{ name: rds-resource-config }"),
        Field("existing", .object(existingDatabase), .none,
              "A database that exists already, instead of a new one: sharec then creates only the sharing layer in front of it. It needs `network.existing`, the network it lives in.",
              example: "{ identifier: legacy-orders, securityGroupId: sg-0a1b2c3d4e5f60718 }"),
    ], exactlyOneOf: ["instanceClass", "existing"],
       excludes: [("existing", ["engineVersion", "storage", "instances", "masterUsername", "port", "backupRetentionDays", "performanceInsights",
                                "logExports", "monitoringInterval", "kmsKeyArn", "performanceInsightsKmsKeyArn", "parameters", "deletionProtection", "multiAZ"],
                   "these settings are the existing database's own, which sharec does not change")])

    static let existingDatabase = ObjectShape("existing", "An RDS database that exists already: exactly one of `identifier`, `endpoint` and `arn`, and a security group of it.", fields: [
        Field("identifier", .text(awsName("AWS::RDS::DBInstance.DBInstanceIdentifier", "a DB instance identifier", "letters, digits and single hyphens, starting with a letter and not ending with a hyphen")), .none,
              "The DB instance identifier (the cluster identifier for Aurora), in the owner's account and region.", example: "legacy-orders"),
        Field("endpoint", .text(TextRule(rule: "resource-id", "an RDS endpoint such as legacy-orders.c0abcdefghij.us-east-1.rds.amazonaws.com", minLength: 3, maxLength: 255,
                                         pattern: "^[a-zA-Z](-?[a-zA-Z0-9])*\\.[a-z0-9-]+\\.([a-z0-9-]+\\.rds|rds\\.[a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?$")), .none,
              "The instance's endpoint (the cluster's writer endpoint for Aurora), as RDS shows it.", example: "legacy-orders.c0abcdefghij.us-east-1.rds.amazonaws.com"),
        Field("arn", .text(TextRule(rule: "resource-id", "an RDS ARN such as arn:aws:rds:us-east-1:111122223333:db:legacy-orders",
                                    pattern: "^arn:aws[a-z-]*:rds:[a-z0-9-]+:[0-9]{12}:(db|cluster):[a-zA-Z](-?[a-zA-Z0-9])*$")), .none,
              "The instance's ARN (the cluster's for Aurora).", example: "arn:aws:rds:us-east-1:111122223333:db:legacy-orders"),
        Field("securityGroupId", .text(resourceID("AWS::EC2::SecurityGroup.Id", "a security group id such as sg-0a1b2c3d4e5f60718")), .required,
              "A security group of the database: sharec adds a rule letting the resource gateway reach the port, and removes it on destroy.", example: "sg-0a1b2c3d4e5f60718"),
        Field("secretArn", .text(TextRule(rule: "resource-id", "a Secrets Manager secret ARN such as arn:aws:secretsmanager:us-east-1:111122223333:secret:legacy-orders-AbCdEf",
                                          minLength: 1, maxLength: 2048, pattern: "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:(rds!(db|cluster)-)?[A-Za-z0-9/_+=.@-]+$")), .none,
              "The secret holding the database's master credentials, which the roles of consumers with `masterSecret: true` may then read; without it, no role reads a secret of this database. The secret RDS manages for the database (`rds!db-…` or `rds!cluster-…`) is one.",
              example: "arn:aws:secretsmanager:us-east-1:111122223333:secret:legacy-orders-AbCdEf"),
        Field("port", .integer(1...65535), .derived("the engine's default port"), "The port the database listens on.", example: "3306"),
    ], exactlyOneOf: ["identifier", "endpoint", "arn"])


    static let storage = ObjectShape("storage", "The database's allocated storage.", fields: [
        Field("sizeGiB", .integer(1...65536), .value("20"), "Allocated storage in GiB; the range depends on the engine and type.", example: "100"),
        Field("type", .text(TextRule("one of \(AWSFacts.storageTypes.joined(separator: ", "))", choices: AWSFacts.storageTypes)), .value("gp3"),
              "The storage type.", example: "gp3"),
        Field("iops", .integer(1...DocumentedFacts.storagePerformance.value.provisionedIOPS.upperBound), .none,
              "Provisioned IOPS: required for io1 and io2 (1,000 to 256,000, and 0.5 to 50 per GiB); for gp3 only from 400 GiB (12,000 to 64,000), below which gp3 has a fixed baseline.",
              example: "3000"),
        Field("maxSizeGiB", .integer(1...65536), .none,
              "Storage autoscaling: the most GiB RDS may grow the storage to, at least 10% above `sizeGiB` and within the type's range. Without it, the storage stays at `sizeGiB`.",
              example: "200"),
        Field("throughputMiBps", .integer(1...DocumentedFacts.storagePerformance.value.gp3ThroughputMiBps.upperBound), .none,
              "gp3 only, from 400 GiB: storage throughput in MiB/s (500 to 4,000, at most 0.25 per provisioned IOPS).", example: "500"),
    ])

    static let resourceConfiguration = ObjectShape("resourceConfiguration", "The VPC Lattice resource configuration of one database.", fields: [
        Field("name", .text(resourceConfigurationName),
              .derived("`<database name>-config`, lowercased"), "Its name.", example: "rds-resource-config"),
        Field("allowOnwardSharing", .boolean, .value("false"),
              "Whether a consumer may associate the configuration with a service network it shares onward, so that accounts the owner never named reach the database (warning `onward-sharing`).",
              example: "true"),
    ])

    static let sharing = ObjectShape("sharing", "The VPC Lattice and AWS RAM resources that make the databases reachable from other accounts.", fields: [
        Field("serviceNetwork", .object(named("serviceNetwork", "The VPC Lattice service network the resource configurations join.",
                                              serviceNetworkName, "`<name>-network`", "database-sharing-network")),
              .derived("named `<name>-network`"), "The owner's service network.", example: "{ name: database-sharing-network }"),
        Field("resourceGateway", .object(named("resourceGateway", "The VPC Lattice resource gateway in the gateway subnets.",
                                               resourceGatewayName, "`<name>-gateway`", "rds-gateway")),
              .derived("named `<name>-gateway`"), "The resource gateway.", example: "{ name: rds-gateway }"),
        Field("resourceShare", .object(resourceShare), .derived("named `<name>-share`"), "The AWS RAM resource share.", example: "{ name: DatabaseResourceShare }"),
        Field("consumers", .list(.object(consumer), count: 1...1000), .required, "The accounts the databases are shared with (at most 1000, a bound on spec size rather than an AWS quota).",
              example: "[{ account: \"444455556666\" }]"),
    ])

    static func named(_ name: String, _ summary: String, _ rule: TextRule, _ derived: String, _ example: String) -> ObjectShape {
        ObjectShape(name, summary, fields: [Field("name", .text(rule), .derived(derived), "Its name.", example: example)])
    }

    static let resourceShare = ObjectShape("resourceShare", "The AWS RAM share of the resource configurations.", fields: [
        Field("name", .text(TextRule("a resource share name of at most 255 characters", minLength: 1, maxLength: 255)), .derived("`<name>-share`"),
              "Its name.", example: "DatabaseResourceShare"),
        Field("allowExternalPrincipals", .boolean, .derived("false when every consumer is an organizational unit or organization, else true"),
              "Whether accounts outside the owner's AWS organization may be consumers; sharec cannot tell offline which accounts are inside it.", example: "false"),
    ])

    static let consumer = ObjectShape("consumer", "An account, organizational unit or organization the databases are shared with: exactly one of `account`, `organizationalUnit` and `organization`.", fields: [
        Field("account", .text(accountID), .none, "A consumer AWS account id; it must not be the owner's.", example: "\"444455556666\""),
        Field("organizationalUnit", .text(organizationalUnitARN), .none,
              "An organizational unit of the owner's organization, by ARN: every account in it, now and later.",
              example: "arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-examplerootid-exampleouid123"),
        Field("organization", .text(organizationARN), .none,
              "The owner's whole organization, by ARN: every account in it.", example: "arn:aws:organizations::111122223333:organization/o-exampleorgid"),
        Field("role", .object(role), .none,
              "An IAM role in the owner account that this consumer account may assume, with an external id, to sign in to the databases as its own database user.",
              example: "{ externalId: prod-external-id-2024 }"),
        Field("tags", .dictionary(key: tagKey, value: tagValue, maximumCount: AWSFacts.maxTagsPerResource - 2), .none,
              "Tags for this tenant, beside the spec's: on its role in the owner account and on everything `--side consumer` creates for it.",
              example: "{ Tenant: analytics, CostCenter: \"4711\" }"),
        Field("network", .object(consumerNetwork), .none,
              "Where this consumer account reaches the databases: `sharec compile --side consumer` emits its endpoints there.",
              example: "{ vpcId: vpc-0c1d2e3f, subnets: [subnet-0c1d2e3f, subnet-1c2d3e4f], clients: [10.1.0.0/16] }"),
        Field("members", .list(.object(member), count: 1...100), .none,
              "Accounts of the organizational unit or organization that reach the databases, each with its network, for `--side consumer`.",
              example: "[{ account: \"777788889999\", network: { vpcId: vpc-0c1d2e3f, subnets: [subnet-0c1d2e3f], clients: [10.2.0.0/16] } }]"),
    ], exactlyOneOf: ["account", "organizationalUnit", "organization"],
       requires: [("role", "account", "a role trusts one account, and an organizational unit or organization is many"),
                  ("tags", "account", "a tenant's tags go on its role and its endpoints, which only an account has"),
                  ("network", "account", "an organizational unit or organization lists its accounts' networks under members")],
       excludes: [("account", ["members"], "an account is its own member; give its network directly")])

    static let member = ObjectShape("member", "An account of an organizational unit or organization that connects to the databases.", fields: [
        Field("account", .text(accountID), .required, "The member account's id.", example: "\"777788889999\""),
        Field("network", .object(consumerNetwork), .required, "Where it reaches the databases.",
              example: "{ vpcId: vpc-0c1d2e3f, subnets: [subnet-0c1d2e3f], clients: [10.2.0.0/16] }"),
    ])

    static let consumerNetwork = ObjectShape("network", "A consumer account's VPC, where it creates one VPC endpoint of type Resource per shared database.", fields: [
        Field("vpcId", .text(resourceID("AWS::EC2::VPC.Id", "a VPC id such as vpc-0c1d2e3f")), .required, "The consumer's VPC.", example: "vpc-0c1d2e3f"),
        Field("subnets", .list(.text(resourceID("AWS::EC2::Subnet.Id", "a subnet id such as subnet-0c1d2e3f")), count: 1...16), .required,
              "The subnets the endpoints get an address in; one per zone the clients run in.", example: "[subnet-0c1d2e3f, subnet-1c2d3e4f]"),
        Field("clients", .list(.text(cidr), count: 1...50), .required,
              "The address ranges of the clients; the endpoints' security group admits them on the databases' ports only.", example: "[10.1.0.0/16]"),
        Field("region", .text(region), .derived("the owner's region"),
              "The consumer's region, which must be the owner's: resource configurations are shared within a region.", example: "us-east-1"),
    ])

    static let role = ObjectShape("role", "A cross-account IAM role in the owner account that lets this consumer sign in to the databases as its own database user, with IAM database authentication.", fields: [
        Field("name", .text(awsName("AWS::IAM::Role.RoleName", "an IAM role name", "letters, digits and + = , . @ _ -")), .derived("`<name>-<account>-access`"), "The role's name.", example: "DatabaseAccessRole"),
        Field("externalId", .text(externalID), .none,
              "The external id the consumer must present when assuming the role; without one, any principal of the consumer account may assume it (warning `role-without-external-id`).",
              example: "prod-external-id-2024"),
        Field("databaseUser", .text(databaseUser), .derived("`consumer_<account>`"),
              "The database user this consumer signs in as on every shared database: the role may make IAM authentication tokens for this user only. `sharec users` writes the SQL that creates it.",
              example: "analytics"),
        Field("masterSecret", .boolean, .value("false"),
              "Whether the role may also read each database's master-user secret, which can do anything in the database, as any tenant (warning `master-secret-shared`).",
              example: "true"),
    ])

    static let monitoring = ObjectShape("monitoring", "Observability of the sharing layer.", fields: [
        Field("dashboard", .object(named("dashboard", "A CloudWatch dashboard of the gateway's and database's metrics.",
                                         awsName("AWS::CloudWatch::Dashboard.DashboardName", "a dashboard name", "letters, digits, - and _"), "`<name>`", "DatabaseSharingMonitoring")),
              .derived("named `<name>`"), "The dashboard.", example: "{ name: DatabaseSharingMonitoring }"),
        Field("logRetentionDays", .integer(1...3653), .value("30"),
              "Days to keep the resource configurations' access logs and the databases' published logs; one of CloudWatch Logs' retention periods.", example: "30"),
        Field("logsKmsKeyArn", .text(kmsKeyARN), .none,
              "A customer-managed KMS key, by key ARN in the owner's region, that encrypts every log group sharec creates (flow logs, access logs, database logs); CloudWatch Logs' own encryption otherwise. The key's policy must let the service principal `logs.<region>.amazonaws.com` use it.",
              example: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
    ])

    // MARK: - Value rules shared by several keys

    static let specName = TextRule(rule: "name-constraint", "1 to 32 lowercase letters, digits and single hyphens, starting with a letter",
                                   minLength: 1, maxLength: 32, pattern: "^[a-z](-?[a-z0-9])*$")
    static let accountID = TextRule(rule: "account-id", "a 12-digit AWS account id", pattern: "^[0-9]{12}$")
    /// A subset of what every engine takes unquoted, short enough for MySQL 8.0's 32 characters.
    static let databaseUser = TextRule(rule: "database-user", "1 to 32 lowercase letters, digits and underscores, starting with a letter",
                                       minLength: 1, maxLength: 32, pattern: "^[a-z][a-z0-9_]*$")
    /// A key ARN, which every service sharec hands a key to takes (CloudWatch Logs takes no key id or alias name). Its key id is
    /// in lowercase, as KMS makes them and RDS reports them back: the script compares the two.
    static let kmsKeyARN = TextRule(rule: "resource-id", "a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab, its key id in lowercase",
                                    maxLength: 256, pattern: "^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
    /// Every log type some engine exports; which fit the database's engine is checked after.
    static let logType = TextRule(rule: "invalid-value", "a log type such as error",
                                  choices: Set(AWSFacts.logExports.values.joined()).sorted())
    static func logTypes(_ engine: String) -> String { AWSFacts.logExports[engine]!.map { "`\($0)`" }.joined(separator: ", ") }
    /// Names as the engines spell them (`rds.force_ssl`, `log_min_duration_statement`); which exist is the engine's to say.
    static let parameterName = TextRule(rule: "invalid-value", "an engine parameter name such as log_statement", minLength: 1, maxLength: 255,
                                        pattern: "^[A-Za-z][A-Za-z0-9_.:-]*$")
    static let parameterValue = TextRule(rule: "invalid-value", "a parameter value of at most 4096 characters", minLength: 1, maxLength: 4096)
    static let region = TextRule(rule: "region", "an AWS region such as us-east-1", choices: AWSFacts.regions)
    /// The shape of a CIDR block; whether its host bits are zero is checked when it is parsed.
    static let cidr = TextRule(rule: "cidr-syntax", "an IPv4 CIDR block such as 10.0.0.0/16",
                               pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$")
    static let serviceNetworkName = awsName("AWS::VpcLattice::ServiceNetwork.Name", "a service network name", "lowercase letters, digits and single hyphens, not starting or ending with a hyphen, nor with 'servicenetwork-'")
    static let resourceGatewayName = awsName("AWS::VpcLattice::ResourceGateway.Name", "a resource gateway name", "lowercase letters, digits and single hyphens, not starting or ending with a hyphen, nor with 'rgw-'")
    static let resourceConfigurationName = awsName("AWS::VpcLattice::ResourceConfiguration.Name", "a resource configuration name", "lowercase letters, digits and single hyphens, not starting or ending with a hyphen, nor with 'rcfg-'")
    static let tagKey = awsName("Tag.Key", "a tag key", "letters, digits, spaces and _ . : / = + - @, not starting with the reserved 'aws:'",
                                extraPattern: "^(?![aA][wW][sS]:)")
    static let tagValue = awsName("Tag.Value", "a tag value", "letters, digits, spaces and _ . : / = + - @")
    static let organizationalUnitARN = arn("Organizations.OrganizationalUnitArn",
                                           "an organizational unit ARN such as arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-examplerootid-exampleouid123")
    static let organizationARN = arn("Organizations.OrganizationArn", "an organization ARN such as arn:aws:organizations::111122223333:organization/o-exampleorgid")
    static let externalID = awsName("STS.ExternalId", "an external id", "letters, digits and + = , . @ : / -", rule: "external-id", wholeMatch: true)

    /// An id of an existing resource, with cfn-lint's pattern for it, under the `resource-id` rule.
    static func resourceID(_ format: String, _ summary: String) -> TextRule {
        TextRule(rule: "resource-id", summary, pattern: NameConstraint.of(format).pattern)
    }

    /// An ARN whose pattern comes from botocore's model, under the `consumer-principal` id.
    static func arn(_ key: String, _ summary: String) -> TextRule {
        TextRule(rule: "consumer-principal", summary, pattern: NameConstraint.of(key).pattern)
    }

    /// A rule taken from an AWS property's schema, under the `name-constraint` id unless said otherwise.
    /// `characters` says in words what the schema's pattern allows; the pattern itself does the checking.
    static func awsName(_ property: String, _ noun: String, _ characters: String, rule: String = "name-constraint",
                        extraPattern: String? = nil, wholeMatch: Bool = false) -> TextRule {
        let constraint = NameConstraint.of(property)
        var pattern = constraint.pattern
        if wholeMatch, let unanchored = pattern { pattern = "^(\(unanchored))$" }
        if let extraPattern { pattern = extraPattern + (pattern ?? "") }
        let length = switch (constraint.minLength, constraint.maxLength) {
        case let (min?, max?): "\(min) to \(max) characters"
        case let (nil, max?): "at most \(max) characters"
        default: "characters"
        }
        return TextRule(rule: rule, "\(noun): \(length) of \(characters)",
                        minLength: constraint.minLength, maxLength: constraint.maxLength, pattern: pattern)
    }
}
