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
    static let serviceNetworkVpcAssociation = "ServiceNetworkVpcAssociation"
    static let accessLogGroup = "AccessLogGroup"
    static let accessLogSubscription = "AccessLogSubscription"
    static let resourceShare = "ResourceShare"
    static let dashboard = "Dashboard"

    static func consumerRole(_ consumer: Consumer) -> String { "Consumer\(consumer.account.value)Role" }

    /// "SharedMysqlDatabase" → "shared_mysql_database": Terraform's resource-name style.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                result += "_"
            } else if character.isNumber, let previous, previous.isLetter {
                result += "_"
            }
            result += character.lowercased()
            previous = character
        }
        return result
    }
}

/// The names of one database's resources, prefixed with the database's name so that a second
/// database never renames the first one's resources.
struct DatabaseNames {
    let database: Database

    var prefix: String { ResourceNaming.pascalCase(database.identifier.value) }
    var subnetGroup: String { "\(prefix)SubnetGroup" }
    var securityGroup: String { "\(prefix)SecurityGroup" }
    var ingressFromGateway: String { "\(prefix)IngressFromGateway" }
    var instance: String { "\(prefix)Database" }
    var resourceConfiguration: String { "\(prefix)ResourceConfiguration" }
    var serviceNetworkAssociation: String { "\(prefix)ServiceNetworkAssociation" }
}
