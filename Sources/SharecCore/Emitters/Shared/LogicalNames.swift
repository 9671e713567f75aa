/// The name of each resource, the same in every target: CloudFormation uses it as the logical id,
/// Terraform as the resource name in snake_case, so that one resource can be traced across targets.
enum LogicalName {
    static let vpc = "Vpc"
    static let internetGateway = "InternetGateway"
    static let internetGatewayAttachment = "InternetGatewayAttachment"
    static let flowLogGroup = "FlowLogGroup"
    static let flowLogRole = "FlowLogRole"
    static let flowLog = "FlowLog"
    static let gatewaySecurityGroup = "ResourceGatewaySecurityGroup"
    static let resourceGateway = "ResourceGateway"
    static let serviceNetwork = "ServiceNetwork"
    /// The owner VPC's association and the service network's access log subscription, which sharec no longer
    /// creates (decision 0005); the script's destroy still removes those an earlier version made.
    static let serviceNetworkVpcAssociation = "ServiceNetworkVpcAssociation"
    static let accessLogSubscription = "AccessLogSubscription"
    static let accessLogGroup = "AccessLogGroup"
    static let resourceShare = "ResourceShare"
    static let dashboard = "Dashboard"

    static func consumerRole(_ role: CrossAccountRole) -> String { "Consumer\(role.account.value)Role" }

    /// "SharedMysqlDatabase" → "shared_mysql_database": Terraform's resource-name style.
    /// Logical names are ASCII letters and digits, so this works on bytes (it runs for every reference).
    static func snakeCase(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in name.utf8 {
            let isUpper = (65...90).contains(byte), isDigit = (48...57).contains(byte)
            let previousIsLower = (97...122).contains(previous), previousIsDigit = (48...57).contains(previous)
            let previousIsLetter = previousIsLower || (65...90).contains(previous)
            if (isUpper && (previousIsLower || previousIsDigit)) || (isDigit && previousIsLetter) {
                result.append(UInt8(ascii: "_"))
            }
            result.append(isUpper ? byte + 32 : byte)
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The names of one database's resources, prefixed with the database's name so that a second
/// database never renames the first one's resources.
struct DatabaseNames {
    let database: Database

    var prefix: String { NameStem.pascalCase(database.identifier.value) }
    var subnetGroup: String { "\(prefix)SubnetGroup" }
    var securityGroup: String { "\(prefix)SecurityGroup" }
    var ingressFromGateway: String { "\(prefix)IngressFromGateway" }
    var instance: String { "\(prefix)Database" }
    var cluster: String { "\(prefix)Cluster" }
    /// The Aurora cluster's DB instances, numbered from 1.
    func clusterInstance(_ number: Int) -> String { "\(prefix)Instance\(number)" }
    /// The RDS identifier of the cluster's instance `number`: the cluster's, numbered.
    func clusterInstanceIdentifier(_ number: Int) -> String { "\(database.identifier.value)-\(number)" }
    /// The resource that carries the endpoint, the port and the master secret: the cluster or the instance.
    var endpointHolder: String { database.engine.isAurora ? cluster : instance }
    var resourceConfiguration: String { "\(prefix)ResourceConfiguration" }
    var serviceNetworkAssociation: String { "\(prefix)ServiceNetworkAssociation" }
    var accessLogSubscription: String { "\(prefix)AccessLogSubscription" }
}
