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

public struct Database: Sendable {
    public var identifier: Located<String>
    public var engine: Engine
    public var engineVersion: Located<String>?
    public var instanceClass: Located<String>
    public var storageGiB: Located<Int>
    public var storageType: Located<String>
    public var masterUsername: String
    public var backupRetentionDays: Located<Int>
    public var performanceInsights: Located<Bool>
    public var deletionProtection: Located<Bool>
    public var multiAZ: Located<Bool>
    /// How many DB instances an Aurora cluster has; written or not, it is checked only for Aurora.
    public var instances: Located<Int>
    public var resourceConfigurationName: Located<String>
    public var engineOrigin: SourceLocation

    public var port: Int { engine.defaultPort }
}

public struct Sharing: Sendable {
    public var serviceNetworkName: Located<String>
    public var resourceGatewayName: Located<String>
    public var resourceShareName: String
    /// Given in the spec, else false exactly when every consumer is an OU or organization (inside the owner's organization).
    public var allowExternalPrincipals: Bool
    public var consumers: [Consumer]
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

    /// The account id, or the OU's or organization's id at the end of its ARN.
    public var shortName: String {
        kind == .account ? principal.value : String(principal.value.split(separator: "/").last ?? "")
    }

    /// What resource names carry for this consumer: the account id, or the OU's or organization's id.
    public var stem: String {
        kind == .account ? shortName : NameStem.pascalCase(shortName)
    }
}

/// A role in the owner account that a consumer assumes, with an external id, to read the database credentials.
public struct CrossAccountRole: Sendable {
    /// The consumer account whose principals may assume the role.
    public var account: Located<String>
    public var name: Located<String>
    /// Nil when the spec gives none: the trust policy then has no `sts:ExternalId` condition.
    public var externalID: Located<String>?
    /// Where the consumer's `role` key is written.
    public var origin: SourceLocation
}

public struct Monitoring: Sendable {
    public var dashboardName: Located<String>
    public var logRetentionDays: Located<Int>
}
