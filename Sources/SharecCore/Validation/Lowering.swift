/// Turns a checked document into a plan: fills defaults, derives names, parses CIDRs and lays out
/// subnets. It reports what a single value can get wrong; rules check how values relate.
public enum Lowering {
    public static func lower(_ document: SpecDocument, into diagnostics: DiagnosticSink) -> SharingPlan? {
        let before = diagnostics.errorCount
        let root = document.root
        guard let nameText = root.text("name"),
              let account = root.text("account", in: "owner"), let region = root.text("region", in: "owner") else { return nil }
        let name = nameText.value
        let owner = Owner(account: account, region: region, origin: root.object("owner").location)
        let network = lowerNetwork(root.object("network"), diagnostics: diagnostics)
        let databases = root.objects("databases").compactMap { lowerDatabase($0, diagnostics: diagnostics) }
        let specTags = tags(root.dictionary("tags"))
        let sharing = lowerSharing(root.object("sharing"), name: nameText, owner: owner, specTags: specTags, diagnostics: diagnostics)
        let monitoring = root.object("monitoring")
        let plan = network.map { network in
            SharingPlan(
                name: name,
                description: root.text("description")?.value,
                owner: owner,
                tags: specTags,
                network: network,
                databases: databases,
                sharing: sharing,
                monitoring: Monitoring(
                    dashboardName: monitoring.object("dashboard").text("name") ?? Located(name, at: monitoring.location),
                    logRetentionDays: monitoring.integer("logRetentionDays")!,
                    logsKMSKey: monitoring.text("logsKmsKeyArn")),
                omitted: document.omitted)
        }
        return diagnostics.errorCount == before ? plan : nil
    }

    private static func tags(_ entries: [(key: Located<String>, value: Located<String>)]) -> [Tag] {
        var tags = entries.map { Tag(key: $0.key.value, value: $0.value.value, origin: $0.key.location) }
        // IAM compares tag keys without regard to case: a spec's `managedby` is sharec's ManagedBy.
        if !tags.contains(where: { $0.key.lowercased() == "managedby" }) {
            tags.append(Tag(key: "ManagedBy", value: "sharec", origin: nil))
        }
        return tags
    }

    // MARK: Network

    private static func lowerNetwork(_ network: ObjectView, diagnostics: DiagnosticSink) -> Network? {
        let flowLogs = network.object("flowLogs")
        let enabled = flowLogs.boolean("enabled")!
        let origin: Network.Origin
        if network.has("existing") {
            let existing = network.object("existing")
            guard let vpcID = existing.text("vpcId") else { return nil }
            origin = .existing(ExistingNetwork(vpcID: vpcID, databaseSubnets: existing.texts("databaseSubnets"),
                                               gatewaySubnets: existing.texts("gatewaySubnets")))
        } else {
            guard let new = lowerNewNetwork(network, diagnostics: diagnostics) else { return nil }
            origin = .new(new)
        }
        return Network(
            origin: origin,
            flowLogsEnabled: enabled,
            flowLogs: enabled.value ? FlowLogs(trafficType: flowLogs.text("trafficType")!.value, retentionDays: flowLogs.integer("retentionDays")!) : nil)
    }

    private static func lowerNewNetwork(_ network: ObjectView, diagnostics: DiagnosticSink) -> NewNetwork? {
        let vpcView = network.object("vpc")
        guard let vpcText = vpcView.text("cidr"), let vpc = cidr(vpcText, diagnostics: diagnostics) else { return nil }
        if !(16...28).contains(vpc.value.prefixLength) {
            diagnostics.error("vpc-size", "a VPC's range must be a /16 to a /28; \(vpc.value) is a /\(vpc.value.prefixLength)", at: vpc.location)
            return nil
        }
        let zoneCount = vpcView.integer("availabilityZones")!
        let zones = zoneCount.value
        let subnets = network.object("subnets")

        // Explicit CIDRs first, so that generated subnets are laid out around them.
        var explicit: [SubnetTier.Role: [Located<CIDRBlock>]] = [:]
        for role in SubnetTier.Role.allCases {
            guard case let .second(texts)? = subnets.scalarOrList(role.rawValue) else { continue }
            let blocks = texts.compactMap { cidr($0, diagnostics: diagnostics) }
            if texts.count != zones {
                diagnostics.error("subnet-count", "subnets.\(role.rawValue): lists \(texts.count) CIDR block\(texts.count == 1 ? "" : "s") for \(zones) availability zones; give one per zone",
                                  at: texts.first?.location ?? subnets.location,
                                  notes: [zoneCount.note("availabilityZones")])
            }
            explicit[role] = blocks
        }
        var layout = SubnetLayout(vpc: vpc.value, explicit: explicit.values.flatMap { $0.map(\.value) })
        var tiers: [SubnetTier] = []
        // After the first tier that does not fit, later tiers would only repeat the same problem.
        var outOfRoom = false
        for role in SubnetTier.Role.allCases where !outOfRoom {
            if let blocks = explicit[role] {
                tiers.append(SubnetTier(role: role, subnets: blocks, isExplicit: true))
            } else if case let .first(text)? = subnets.scalarOrList(role.rawValue), let prefix = Int(text.value) {
                var blocks: [Located<CIDRBlock>] = []
                for _ in 0..<zones {
                    guard let block = layout.allocate(prefixLength: prefix) else {
                        diagnostics.error("subnet-plan", "subnets.\(role.rawValue): no room in \(vpc.value) for \(zones) /\(prefix) subnets beside the others; use a larger VPC or smaller subnets",
                                          at: text.location, notes: [vpc.note("the VPC range")])
                        outOfRoom = true
                        break
                    }
                    blocks.append(Located(block, at: text.location))
                }
                tiers.append(SubnetTier(role: role, subnets: blocks, isExplicit: false))
            }
        }
        return NewNetwork(
            vpc: vpc,
            availabilityZones: zones,
            tiers: tiers,
            natGateways: network.text("natGateways").map { Located(NATGateways(rawValue: $0.value)!, at: $0.location, isDefault: $0.isDefault) }!)
    }

    private static func cidr(_ text: Located<String>, diagnostics: DiagnosticSink) -> Located<CIDRBlock>? {
        switch CIDRBlock.parse(text.value) {
        case let .success(block):
            return Located(block, at: text.location, isDefault: text.isDefault)
        case let .failure(.hostBitsSet(network)):
            diagnostics.error("cidr-syntax", "'\(text.value)' has host bits set; did you mean '\(network)'?", at: text.location)
        case .failure(.malformed):
            diagnostics.error("cidr-syntax", "'\(text.value)' is not an IPv4 CIDR block such as 10.0.0.0/16", at: text.location)
        }
        return nil
    }

    // MARK: Databases and sharing

    private static func lowerDatabase(_ view: ObjectView, diagnostics: DiagnosticSink) -> Database? {
        guard let identifier = view.text("name"), let engineText = view.text("engine"),
              let engine = Engine(rawValue: engineText.value) else { return nil }
        let configuration = view.object("resourceConfiguration")
        let configurationName = configuration.text("name")
            ?? derivedName("\(identifier.value.lowercased())-config", rule: SpecLanguage.resourceConfigurationName,
                           what: "resource configuration name", setting: "resourceConfiguration.name", at: identifier.location, diagnostics: diagnostics)
        let origin: Database.Origin
        if view.has("existing") {
            let existing = view.object("existing")
            // The structure check has made sure exactly one of the three is there.
            guard let reference = existing.text("identifier").map(ExistingDatabase.Reference.identifier)
                    ?? existing.text("endpoint").map(ExistingDatabase.Reference.endpoint)
                    ?? existing.text("arn").map(ExistingDatabase.Reference.arn),
                  let securityGroup = existing.text("securityGroupId"), let place = view.keyLocation("existing") else { return nil }
            origin = .existing(ExistingDatabase(reference: reference, securityGroupID: securityGroup, secretARN: existing.text("secretArn"),
                                                port: existing.integer("port"), origin: place))
        } else {
            guard let instanceClass = view.text("instanceClass") else { return nil }
            let storage = view.object("storage")
            let engineVersion = view.text("engineVersion")
            origin = .new(NewDatabase(
                engineVersion: engineVersion,
                autoMinorVersionUpgrade: engineVersion.map { isMajorVersion($0.value, of: engine) } ?? true,
                instanceClass: instanceClass,
                storageGiB: storage.integer("sizeGiB")!,
                storageType: storage.text("type")!,
                iops: storage.integer("iops"),
                throughputMiBps: storage.integer("throughputMiBps"),
                masterUsername: view.text("masterUsername")
                    ?? Located(DocumentedFacts.masterUserNames.value[engine.rawValue]!.defaultName, at: identifier.location, isDefault: true),
                port: view.integer("port"),
                backupRetentionDays: view.integer("backupRetentionDays")!,
                performanceInsights: view.boolean("performanceInsights")
                    ?? Located(DocumentedFacts.supportsPerformanceInsights(engine, instanceClass.value), at: instanceClass.location, isDefault: true),
                iamAuthentication: DocumentedFacts.supportsIAMAuthentication(engine, instanceClass.value, version: engineVersion?.value),
                logExports: view.has("logExports")
                    ? Located(view.texts("logExports").map(\.value).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, at: view.keyLocation("logExports")!)
                    : Located(engine.defaultLogExports, at: identifier.location, isDefault: true),
                monitoringInterval: view.integer("monitoringInterval")!,
                storageKMSKey: view.text("kmsKeyArn"),
                performanceInsightsKMSKey: view.text("performanceInsightsKmsKeyArn"),
                maxStorageGiB: storage.integer("maxSizeGiB"),
                parameters: view.dictionary("parameters").map { EngineParameter(name: $0.key, value: $0.value) },
                parametersOrigin: view.keyLocation("parameters"),
                deletionProtection: view.boolean("deletionProtection")!,
                multiAZ: view.boolean("multiAZ")!,
                instances: view.integer("instances") ?? Located(2, at: identifier.location, isDefault: true)))
        }
        return Database(identifier: identifier, engine: engine, engineOrigin: engineText.location, origin: origin,
                        resourceConfigurationName: configurationName, allowsOnwardSharing: configuration.boolean("allowOnwardSharing")!)
    }

    /// A version that names a series of releases (PostgreSQL's "16"), not one release ("16.4").
    private static func isMajorVersion(_ version: String, of engine: Engine) -> Bool {
        (AWSFacts.engineVersions[engine.rawValue] ?? "").split(separator: " ").contains { $0.hasPrefix(version + ".") }
    }

    private static func lowerSharing(_ view: ObjectView, name specName: Located<String>, owner: Owner, specTags: [Tag], diagnostics: DiagnosticSink) -> Sharing {
        let name = specName.value
        let share = view.object("resourceShare")
        let entries = view.objects("consumers").compactMap { consumer -> (Consumer, ObjectView)? in
            // The structure check has made sure exactly one principal key is there, and a role only beside an account.
            guard let kind = [Consumer.Kind.account, .organizationalUnit, .organization].first(where: { consumer.has($0.rawValue) }),
                  let principal = consumer.text(kind.rawValue) else { return nil }
            let role = consumer.object("role")
            let tenantTags = consumer.dictionary("tags").map { Tag(key: $0.key.value, value: $0.value.value, origin: $0.key.location) }
            guard kind == .account, consumer.has("role"), let origin = consumer.keyLocation("role") else {
                return (Consumer(kind: kind, principal: principal, role: nil, tags: tenantTags), consumer)
            }
            let roleName = role.text("name") ?? Located("\(name)-\(principal.value)-access", at: role.location)
            let databaseUser = role.text("databaseUser") ?? Located("consumer_\(principal.value)", at: origin, isDefault: true)
            return (Consumer(kind: kind, principal: principal,
                             role: CrossAccountRole(account: principal, name: roleName, externalID: role.text("externalId"),
                                                    databaseUser: databaseUser, readsMasterSecret: role.boolean("masterSecret")!,
                                                    ownTags: tenantTags, origin: origin),
                             tags: tenantTags), consumer)
        }
        let consumers = entries.map(\.0)
        let allowExternalPrincipals = share.boolean("allowExternalPrincipals")?.value ?? consumers.contains { $0.kind == .account }
        var sides: [ConsumerSide] = []
        for (listed, consumer) in entries {
            let kind = listed.kind
            let networks = kind == .account
                ? [(consumer.text("account"), consumer.object("network"), consumer.has("network"))]
                : consumer.objects("members").map { ($0.text("account"), $0.object("network"), true) }
            for case let (account?, network, true) in networks {
                guard let side = lowerConsumerSide(account: account, network: network, listedUnder: listed, owner: owner,
                                                   tags: Tag.merging(specTags, listed.tags),
                                                   acceptsInvitation: kind == .account && allowExternalPrincipals, diagnostics: diagnostics) else { continue }
                sides.append(side)
            }
        }
        return Sharing(
            serviceNetworkName: view.object("serviceNetwork").text("name")
                ?? derivedName("\(name)-network", rule: SpecLanguage.serviceNetworkName, what: "service network name",
                               setting: "sharing.serviceNetwork.name", at: specName.location, diagnostics: diagnostics),
            resourceGatewayName: view.object("resourceGateway").text("name")
                ?? derivedName("\(name)-gateway", rule: SpecLanguage.resourceGatewayName, what: "resource gateway name",
                               setting: "sharing.resourceGateway.name", at: specName.location, diagnostics: diagnostics),
            resourceShareName: share.text("name")?.value ?? "\(name)-share",
            allowExternalPrincipals: allowExternalPrincipals,
            consumers: consumers,
            consumerSides: sides)
    }

    private static func lowerConsumerSide(account: Located<String>, network: ObjectView, listedUnder consumer: Consumer, owner: Owner,
                                          tags: [Tag], acceptsInvitation: Bool, diagnostics: DiagnosticSink) -> ConsumerSide? {
        guard let vpcID = network.text("vpcId") else { return nil }
        let clients = network.texts("clients").compactMap { cidr($0, diagnostics: diagnostics) }
        return ConsumerSide(account: account, vpcID: vpcID, subnets: network.texts("subnets"), clients: clients,
                            region: network.text("region") ?? Located(owner.region.value, at: owner.region.location, isDefault: true),
                            principal: consumer.kind, listedUnder: consumer.principal.value, acceptsInvitation: acceptsInvitation, tags: tags)
    }

    /// A name sharec made up must meet the same AWS constraints as one the user wrote.
    private static func derivedName(_ name: String, rule: TextRule, what: String, setting key: String,
                                    at location: SourceLocation, diagnostics: DiagnosticSink) -> Located<String> {
        if let problem = TextMatcher.shared.violation(of: rule, by: name) {
            diagnostics.error(rule.rule, "the derived \(what) is invalid: \(problem); set '\(key)'", at: location)
        }
        return Located(name, at: location)
    }
}

private extension ObjectView {
    func text(_ key: String, in object: String) -> Located<String>? {
        self.object(object).text(key)
    }
}
