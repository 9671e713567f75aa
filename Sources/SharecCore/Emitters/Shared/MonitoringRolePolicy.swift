/// The role RDS Enhanced Monitoring publishes operating-system metrics with: trusted by RDS's monitoring
/// service for the owner's account only, and given AWS's managed policy for it, which RDS's guide prescribes.
enum MonitoringRolePolicy {
    static let roleDescription = "Lets RDS Enhanced Monitoring publish the databases' operating-system metrics"
    static let service = "monitoring.rds.amazonaws.com"

    /// Enhanced Monitoring acts for DB instances, Aurora's included: the `db:` ARNs of those sharec creates with it on, each
    /// named, or for an Aurora cluster its numbered members by pattern. Should that outgrow IAM's quota on a trust policy's
    /// length, any DB instance of the owner's region.
    static func trust(_ plan: SharingPlan) -> JSONValue {
        let instances = plan.databases.flatMap { database -> [String] in
            guard let settings = database.new, settings.monitoringInterval.value > 0 else { return [] }
            // RDS keeps identifiers, and so writes its ARNs, in lowercase.
            let identifier = database.identifier.value.lowercased()
            return [database.engine.isAurora ? "db:\(identifier)-*" : "db:\(identifier)"]
        }
        let named = ServiceRoleTrust.document(service: service, plan: plan, sourceService: "rds", sourceResources: instances)
        guard named.compact.count > DocumentedFacts.trustPolicyLength.value else { return named }
        return ServiceRoleTrust.document(service: service, plan: plan, sourceService: "rds", sourceResources: ["db:*"])
    }

    static func managedPolicyARN(partition: String) -> String {
        "arn:\(partition):iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
    }

    /// Whether any database of the plan samples Enhanced Monitoring, and so needs the role.
    static func isNeeded(_ plan: SharingPlan) -> Bool {
        plan.databases.contains { ($0.new?.monitoringInterval.value ?? 0) > 0 }
    }
}

/// A role an AWS service assumes on the owner's behalf. `aws:SourceAccount` keeps another account's resources
/// from having the service act through it (the confused deputy); `aws:SourceArn` narrows that to the kind of
/// resource the role serves, in the owner's region, as each service's guide recommends.
enum ServiceRoleTrust {
    static func document(service: String, plan: SharingPlan, sourceService: String, sourceResources: [String]) -> JSONValue {
        let region = plan.owner.region.value, account = plan.owner.account.value
        let sourceARNs = sourceResources.map { JSONValue.string("arn:\(ARNs.partition(region)):\(sourceService):\(region):\(account):\($0)") }
        return [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Principal": ["Service": .string(service)],
                "Action": "sts:AssumeRole",
                "Condition": [
                    "StringEquals": ["aws:SourceAccount": .string(account)],
                    "ArnLike": ["aws:SourceArn": sourceARNs.count == 1 ? sourceARNs[0] : .array(sourceARNs)],
                ],
            ]],
        ]
    }
}
