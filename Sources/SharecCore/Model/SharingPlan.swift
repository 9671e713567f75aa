/// A validated sharing spec in sharing vocabulary: what to build, with every value's origin.
/// It knows nothing of YAML or of any target.
public struct SharingPlan: Sendable {
    public var name: String
    public var description: String?
    public var owner: Owner
    /// The spec's tags, then `ManagedBy: sharec` unless the spec sets it.
    public var tags: [Tag]
    public var network: Network
    public var databases: [Database]
    public var sharing: Sharing
    public var monitoring: Monitoring
    /// Where the databases and consumers are written that the plan leaves out because they have errors. A rule that
    /// judges by what is absent holds back then; no plan with errors reaches an emitter.
    public var omitted: [SourceLocation] = []
}

public struct Owner: Sendable {
    public var account: Located<String>
    public var region: Located<String>
    /// Where the owner is declared, for notes.
    public var origin: SourceLocation
}

public struct Tag: Sendable, Equatable {
    public var key: String
    public var value: String
    /// Where the spec writes the tag; nil for the tags sharec adds.
    public var origin: SourceLocation?

    /// `base`, with each of `overrides` replacing the tag of its key (IAM compares keys without regard to case) or appended.
    public static func merging(_ base: [Tag], _ overrides: [Tag]) -> [Tag] {
        base.filter { tag in !overrides.contains { $0.key.lowercased() == tag.key.lowercased() } } + overrides
    }
}

/// The VPC the databases and the gateway live in: one sharec creates, or one that exists.
public struct Network: Sendable {
    public enum Origin: Sendable {
        case new(NewNetwork)
        case existing(ExistingNetwork)
    }

    public var origin: Origin
    public var flowLogsEnabled: Located<Bool>
    /// Present exactly when `flowLogsEnabled` is true.
    public var flowLogs: FlowLogs?

    /// The network sharec lays out, when it creates one.
    public var new: NewNetwork? {
        if case let .new(network) = origin { network } else { nil }
    }

    public var existing: ExistingNetwork? {
        if case let .existing(network) = origin { network } else { nil }
    }
}

public struct NewNetwork: Sendable {
    public var vpc: Located<CIDRBlock>
    public var availabilityZones: Int
    public var tiers: [SubnetTier]
    public var natGateways: Located<NATGateways>

    public func tier(_ role: SubnetTier.Role) -> SubnetTier? {
        tiers.first { $0.role == role }
    }
}

/// A VPC and subnets named by id: sharec creates only the sharing layer in them, and cannot see
/// them offline (which zones the subnets are in, whether they belong to the VPC).
public struct ExistingNetwork: Sendable {
    public var vpcID: Located<String>
    public var databaseSubnets: [Located<String>]
    public var gatewaySubnets: [Located<String>]
}

public struct SubnetTier: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case `public`, database, gateway
    }

    public var role: Role
    /// One subnet per availability zone, in zone order.
    public var subnets: [Located<CIDRBlock>]
    /// False when sharec laid the subnets out from a prefix length.
    public var isExplicit: Bool
}

public enum NATGateways: String, Sendable {
    case none, single, perZone
}

public struct FlowLogs: Sendable {
    public var trafficType: String
    public var retentionDays: Located<Int>
}

/// A database to share: one sharec creates, or one that exists already.
public struct Database: Sendable {
    public enum Origin: Sendable {
        case new(NewDatabase)
        case existing(ExistingDatabase)
    }

    /// The spec's `name`: logical ids and default names derive from it; a new database's RDS identifier.
    public var identifier: Located<String>
    public var engine: Engine
    public var engineOrigin: SourceLocation
    public var origin: Origin
    public var resourceConfigurationName: Located<String>
    /// Whether consumers may associate the resource configuration with service networks they share onward.
    public var allowsOnwardSharing: Located<Bool>

    public var new: NewDatabase? {
        if case let .new(settings) = origin { settings } else { nil }
    }

    public var existing: ExistingDatabase? {
        if case let .existing(database) = origin { database } else { nil }
    }

    public var port: Int { existing?.port?.value ?? new?.port?.value ?? engine.defaultPort }

    /// Whether sharec knows the master secret: RDS's for a new database, the spec's for an existing one.
    public var secretIsKnown: Bool { existing.map { $0.secretARN != nil } ?? true }

    /// The identifier RDS knows the instance (or Aurora cluster) by, for lookups and metrics.
    public var rdsIdentifier: String { existing?.rdsIdentifier ?? identifier.value }
}

/// The settings of a database sharec creates.
public struct NewDatabase: Sendable {
    public var engineVersion: Located<String>?
    /// False when `engineVersion` is a full release: the version written is the version kept, so
    /// no target drifts from it. True for a major version alone or none (RDS's default).
    public var autoMinorVersionUpgrade: Bool
    public var instanceClass: Located<String>
    public var storageGiB: Located<Int>
    public var storageType: Located<String>
    /// Provisioned IOPS and throughput (MiB/s); nil where the spec gives none.
    public var iops: Located<Int>?
    public var throughputMiBps: Located<Int>?
    /// The spec's, or the engine's default.
    public var masterUsername: Located<String>
    /// Nil means the engine's default port.
    public var port: Located<Int>?
    public var backupRetentionDays: Located<Int>
    /// Written, or by default on exactly where the engine offers it on the class.
    public var performanceInsights: Located<Bool>
    /// On exactly where the engine offers it on the class: consumers' roles sign in with it.
    public var iamAuthentication: Bool
    /// The log types RDS publishes to CloudWatch Logs, written or the engine's own log.
    public var logExports: Located<[String]>
    /// Seconds between Enhanced Monitoring samples; 0 is off.
    public var monitoringInterval: Located<Int>
    /// Customer-managed KMS keys by ARN; nil means RDS's AWS managed key.
    public var storageKMSKey: Located<String>?
    public var performanceInsightsKMSKey: Located<String>?
    /// Storage autoscaling's ceiling in GiB; nil means no autoscaling.
    public var maxStorageGiB: Located<Int>?
    /// Engine parameters for a parameter group of sharec's, in spec order; none means RDS's default group.
    public var parameters: [EngineParameter]
    /// Where the spec writes `parameters`, for findings about the group as a whole.
    public var parametersOrigin: SourceLocation?
    public var deletionProtection: Located<Bool>
    public var multiAZ: Located<Bool>
    /// How many DB instances an Aurora cluster has; written or not, it is checked only for Aurora.
    public var instances: Located<Int>
}

public struct EngineParameter: Sendable {
    public var name: Located<String>
    public var value: Located<String>
}

/// A database that exists already, named one of three ways: sharec creates only the sharing layer
/// in front of it, and cannot see it offline.
public struct ExistingDatabase: Sendable {
    public enum Reference: Sendable {
        case identifier(Located<String>)
        case endpoint(Located<String>)
        case arn(Located<String>)

        public var value: Located<String> {
            switch self {
            case let .identifier(value), let .endpoint(value), let .arn(value): value
            }
        }
    }

    public var reference: Reference
    /// A security group of the database, which sharec opens to the resource gateway on the port.
    public var securityGroupID: Located<String>
    /// The secret holding its credentials, which the consumers' roles may read; none when absent.
    public var secretARN: Located<String>?
    /// Nil means the engine's default port.
    public var port: Located<Int>?
    /// Where the database's `existing` key is written, for notes.
    public var origin: SourceLocation

    /// The endpoint's first label, the ARN's last field, or the identifier itself.
    public var rdsIdentifier: String {
        switch reference {
        case let .identifier(identifier): identifier.value
        case let .endpoint(endpoint): String(endpoint.value.prefix { $0 != "." })
        case let .arn(arn): String(arn.value.split(separator: ":", omittingEmptySubsequences: false).last ?? "")
        }
    }

    /// The endpoint when the spec gives it, else nil: targets that can look one up do so.
    public var endpoint: String? {
        if case let .endpoint(endpoint) = reference { endpoint.value } else { nil }
    }
}

public struct Sharing: Sendable {
    public var serviceNetworkName: Located<String>
    public var resourceGatewayName: Located<String>
    public var resourceShareName: String
    /// Given in the spec, else false exactly when every consumer is an OU or organization (inside the owner's organization).
    public var allowExternalPrincipals: Bool
    public var consumers: [Consumer]
    /// The consumers' roles, in spec order: only account consumers may have one.
    public var roles: [CrossAccountRole] { consumers.compactMap(\.role) }
    /// The consumer accounts whose networks the spec describes, in spec order: what `--side consumer` emits.
    public var consumerSides: [ConsumerSide]
}

/// One consumer account's half of the wiring: the endpoints in its VPC that reach the shared databases.
public struct ConsumerSide: Sendable {
    public var account: Located<String>
    public var vpcID: Located<String>
    public var subnets: [Located<String>]
    public var clients: [Located<CIDRBlock>]
    public var region: Located<String>
    /// The RAM principal that brings this account in: itself, or its organizational unit or organization.
    public var principal: Consumer.Kind
    /// That principal's account id or ARN, as the consumer entry writes it.
    public var listedUnder: String
    /// A share to an account outside the owner's organization arrives as an invitation to accept;
    /// sharec cannot tell offline whether the account is inside, so an account principal with
    /// external principals allowed accepts whatever invitation is pending.
    public var acceptsInvitation: Bool
    /// The spec's tags, then the tenant's own, which win on a shared key.
    public var tags: [Tag]
}

/// An account, organizational unit or organization that the RAM share names as a principal.
public struct Consumer: Sendable {
    public enum Kind: String, Sendable {
        case account, organizationalUnit, organization
    }

    public var kind: Kind
    /// The account id, or the OU's or organization's ARN, as the share takes it.
    public var principal: Located<String>
    /// Only an account consumer may have one.
    public var role: CrossAccountRole?
    /// The tenant's own tags, beside the spec's: only an account consumer has them.
    public var tags: [Tag]

    /// The account id, or the OU's or organization's id at the end of its ARN.
    public var shortName: String {
        kind == .account ? principal.value : String(principal.value.split(separator: "/").last ?? "")
    }

    /// What resource names carry for this consumer: the account id, or the OU's or organization's id.
    public var stem: String {
        kind == .account ? shortName : NameStem.pascalCase(shortName)
    }
}

/// A role in the owner account that a consumer assumes, with an external id, to sign in to the databases as its own user.
public struct CrossAccountRole: Sendable {
    /// The consumer account whose principals may assume the role.
    public var account: Located<String>
    public var name: Located<String>
    /// Nil when the spec gives none: the trust policy then has no `sts:ExternalId` condition.
    public var externalID: Located<String>?
    /// The database user the role may make IAM authentication tokens for, on every shared database.
    public var databaseUser: Located<String>
    /// Whether the role may also read the master-user secrets sharec knows, which tenants do not need.
    public var readsMasterSecret: Located<Bool>
    /// The tenant's own tags.
    public var ownTags: [Tag]
    /// Where the consumer's `role` key is written.
    public var origin: SourceLocation
}

public struct Monitoring: Sendable {
    public var dashboardName: Located<String>
    public var logRetentionDays: Located<Int>
    /// A customer-managed KMS key for every log group sharec creates; nil means CloudWatch Logs' own encryption.
    public var logsKMSKey: Located<String>?
}
