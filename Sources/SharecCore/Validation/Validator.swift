/// A check of how a plan's values relate to each other, under one permanent rule id.
protocol ValidationRule: Sendable {
    static var id: String { get }
    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink)
}

/// Runs every rule over a plan; none stops the others.
public enum Validator {
    static let rules: [any ValidationRule] = [
        VPCMustContainSubnets(),
        SubnetsMustNotOverlap(),
        SubnetsMustBeSizedForAWS(),
        PublicSubnetsOnlyForNAT(),
        ExistingNetworkIsTakenOnTrust(),
        ExistingDatabasesMustBeReachable(),
        ConsumerMustNotBeOwner(),
        ConsumersMustBeDistinct(),
        ConsumerPrincipalsMustBeReachable(),
        ConsumerNetworksAreTakenOnTrust(),
        RoleNamesMustBeDistinct(),
        DatabasesMustBeDistinct(),
        InstanceClassMustExist(),
        EngineVersionMustBeKnown(),
        SettingsMustFitTheEngine(),
        StorageMustFitType(),
        ProvisionedIOPSMustFitStorage(),
        MasterUserNameMustSuitTheEngine(),
        PerformanceInsightsMustBeSupported(),
        LogRetentionMustBeSupported(),
        MonitoringIntervalMustBeSupported(),
        KMSKeysMustBeTheOwners(),
        LogExportsNeedTheirParameters(),
        TagKeysMustBeDistinct(),
        ProductionNeedsSafeguards(),
        ExternalIDsMustBeSecret(),
        TenantsStayIsolated(),
        ObservabilityShouldBeOn(),
    ]

    public static func run(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        for rule in rules {
            rule.check(plan, into: diagnostics)
        }
    }
}
