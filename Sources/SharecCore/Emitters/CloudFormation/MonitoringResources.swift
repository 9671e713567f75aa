/// The CloudWatch dashboard, the Enhanced Monitoring role, and the log groups every other part creates.
struct MonitoringResources {
    let plan: SharingPlan

    func add(to builder: inout TemplateBuilder) {
        builder.add(LogicalName.dashboard, CFN.resource("AWS::CloudWatch::Dashboard", [
            "DashboardName": .string(plan.monitoring.dashboardName.value),
            "DashboardBody": .string(Dashboard.body(plan).compact),
        ]))
        if MonitoringRolePolicy.isNeeded(plan) {
            builder.add(LogicalName.monitoringRole, CFN.resource("AWS::IAM::Role", [
                "Description": .string(MonitoringRolePolicy.roleDescription),
                "AssumeRolePolicyDocument": MonitoringRolePolicy.trust(plan),
                "ManagedPolicyArns": [CFN.sub(MonitoringRolePolicy.managedPolicyARN(partition: "${AWS::Partition}"))],
                "Tags": CFN.tags(plan.tags),
            ]))
        }
    }

    /// A log group kept for `retentionDays`, encrypted with the spec's key if it names one, and deleted with the stack.
    static func logGroup(_ name: String, plan: SharingPlan, retentionDays: Int) -> JSONValue {
        var properties: [String: JSONValue] = [
            "LogGroupName": .string(name),
            "RetentionInDays": .integer(retentionDays),
            "Tags": CFN.tags(plan.tags),
        ]
        if let key = plan.monitoring.logsKMSKey { properties["KmsKeyId"] = .string(key.value) }
        return CFN.resource("AWS::Logs::LogGroup", properties, ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"])
    }
}
