/// The CloudWatch dashboard body, the same in every target: it names resources by the names the
/// plan fixes, so no target needs to splice run-time ids into it.
enum Dashboard {
    static let periodSeconds = 300

    static func body(_ plan: SharingPlan) -> JSONValue {
        let region = JSONValue.string(plan.owner.region.value)
        var widgets: [JSONValue] = []
        for (row, database) in plan.databases.enumerated() {
            // An Aurora cluster reports by cluster, and its storage as the volume it has used.
            let (dimension, storageMetric, storageWords) = database.engine.isAurora
                ? ("DBClusterIdentifier", "VolumeBytesUsed", "volume used")
                : ("DBInstanceIdentifier", "FreeStorageSpace", "free storage")
            let metrics: [JSONValue] = ["DatabaseConnections", "CPUUtilization", storageMetric].map { metric in
                ["AWS/RDS", .string(metric), .string(dimension), .string(database.rdsIdentifier)]
            }
            widgets.append([
                "type": "metric", "x": 0, "y": .integer(row * 6), "width": 12, "height": 6,
                "properties": [
                    "title": .string("\(database.identifier.value): connections, CPU and \(storageWords)"),
                    "region": region, "period": .integer(periodSeconds), "stat": "Average", "view": "timeSeries",
                    "metrics": .array(metrics),
                ],
            ])
        }
        widgets.append([
            "type": "log", "x": 12, "y": 0, "width": 12, "height": 6,
            "properties": [
                "title": "Connections through VPC Lattice (access log)",
                "region": region, "view": "table",
                "query": .string("SOURCE '\(ResourceNaming.accessLogGroup(plan))' | fields @timestamp, @message | sort @timestamp desc | limit 50"),
            ],
        ])
        return ["widgets": .array(widgets)]
    }
}
