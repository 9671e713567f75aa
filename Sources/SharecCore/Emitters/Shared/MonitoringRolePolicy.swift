/// The role RDS Enhanced Monitoring publishes operating-system metrics with: trusted by RDS's monitoring
/// service for the owner's account only, and given AWS's managed policy for it, which RDS's guide prescribes.
enum MonitoringRolePolicy {
    static let roleDescription = "Lets RDS Enhanced Monitoring publish the databases' operating-system metrics"
    static let service = "monitoring.rds.amazonaws.com"

    static func trust(ownerAccount: String) -> JSONValue {
        ServiceRoleTrust.document(service: service, ownerAccount: ownerAccount)
    }

    static func managedPolicyARN(partition: String) -> String {
        "arn:\(partition):iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
    }

    /// Whether any database of the plan samples Enhanced Monitoring, and so needs the role.
    static func isNeeded(_ plan: SharingPlan) -> Bool {
        plan.databases.contains { ($0.new?.monitoringInterval.value ?? 0) > 0 }
    }
}

/// A role an AWS service assumes on the owner's behalf: the `aws:SourceAccount` condition keeps another
/// account's resources from having the service act through it (the confused deputy).
enum ServiceRoleTrust {
    static func document(service: String, ownerAccount: String) -> JSONValue {
        [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Principal": ["Service": .string(service)],
                "Action": "sts:AssumeRole",
                "Condition": ["StringEquals": ["aws:SourceAccount": .string(ownerAccount)]],
            ]],
        ]
    }
}
