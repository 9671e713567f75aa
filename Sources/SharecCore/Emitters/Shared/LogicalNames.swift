/// The name of each resource, the same in every target: CloudFormation uses it as the logical id,
/// Terraform as the resource name in snake_case, so that one resource can be traced across targets.
enum LogicalName {
    static let vpc = "Vpc"
    /// The group EC2 gives every VPC, which Terraform and the script empty (CloudFormation has no resource for it).
    static let defaultSecurityGroup = "DefaultSecurityGroup"
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
    static let monitoringRole = "MonitoringRole"
    /// The managed policy's attachment to that role, a resource of its own in Terraform.
    static let monitoringPolicyAttachment = "MonitoringRoleEnhancedMonitoring"

    /// Every fixed name above, for the check that no name derived from the spec meets one.
    static let fixed = [vpc, defaultSecurityGroup, internetGateway, internetGatewayAttachment, flowLogGroup, flowLogRole, flowLog, gatewaySecurityGroup,
                        resourceGateway, serviceNetwork, serviceNetworkVpcAssociation, accessLogSubscription, accessLogGroup, resourceShare, dashboard,
                        monitoringRole, monitoringPolicyAttachment]

    static func consumerRole(_ role: CrossAccountRole) -> String { "Consumer\(role.account.value)Role" }
    /// The role's policy, a resource of its own in Terraform.
    static func consumerRolePolicy(_ role: CrossAccountRole) -> String { "\(consumerRole(role))ReadCredentials" }
    /// Terraform associates each principal with the share, a resource each.
    static func sharePrincipal(_ consumer: Consumer) -> String { "\(resourceShare)Principal\(consumer.stem)" }
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
    /// The log group of one log type RDS publishes (`error`, `iam-db-auth-error`).
    func logGroup(_ type: String) -> String { "\(prefix)LogGroup\(NameStem.pascalCase(type))" }
    /// The parameter group of the spec's `parameters`: a DB parameter group, or a DB cluster parameter group for Aurora.
    var parameterGroup: String { "\(prefix)ParameterGroup" }
    var serviceNetworkAssociation: String { "\(prefix)ServiceNetworkAssociation" }
    var accessLogSubscription: String { "\(prefix)AccessLogSubscription" }
    /// Terraform's: the gateway group's egress rule to this database, and the share's association with its configuration.
    var egressFromGateway: String { "\(LogicalName.gatewaySecurityGroup)To\(prefix)" }
    var shareAssociation: String { "\(LogicalName.resourceShare)Resource\(prefix)" }
    /// CloudFormation's parameter for an existing database's endpoint, in the template's one namespace of logical ids.
    var endpointParameter: String { "\(prefix)Endpoint" }
    /// CloudFormation's parameter for an existing database's resource id, which `rds-db:connect` names.
    var resourceIDParameter: String { "\(prefix)ResourceId" }
    /// The consumer side's endpoint to this database.
    var vpcEndpoint: String { "\(prefix)VpcEndpoint" }

    /// Every name above that this database's resources take, in any target or side.
    var all: [String] {
        [subnetGroup, securityGroup, ingressFromGateway, instance, cluster, resourceConfiguration, serviceNetworkAssociation,
         accessLogSubscription, egressFromGateway, shareAssociation, endpointParameter, resourceIDParameter, vpcEndpoint, parameterGroup]
            + (database.new.map { 1...$0.instances.value }?.map(clusterInstance) ?? [])
            + (database.new?.logExports.value.map(logGroup) ?? [])
    }
}
