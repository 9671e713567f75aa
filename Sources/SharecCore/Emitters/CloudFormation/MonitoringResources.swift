/// The CloudWatch dashboard.
struct MonitoringResources {
    let plan: SharingPlan

    func add(to builder: inout TemplateBuilder) {
        builder.add(LogicalName.dashboard, CFN.resource("AWS::CloudWatch::Dashboard", [
            "DashboardName": .string(plan.monitoring.dashboardName.value),
            "DashboardBody": .string(Dashboard.body(plan).compact),
        ]))
    }
}
