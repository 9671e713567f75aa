/// A rendered output, still in memory: the CLI decides where it goes.
public struct EmittedFile: Equatable, Sendable {
    /// The file name to use when writing into a directory.
    public var name: String
    public var contents: String
    /// Whether the file should be executable when written (a script).
    public var isExecutable: Bool
    /// Whether the file is read as part of a folder rather than by its name (a Terraform configuration), so that a path it is
    /// written to names the folder.
    public var isInAFolder: Bool

    public init(name: String, contents: String, isExecutable: Bool = false, isInAFolder: Bool = false) {
        self.name = name
        self.contents = contents
        self.isExecutable = isExecutable
        self.isInAFolder = isInAFolder
    }
}

/// A back end. It receives only a validated plan; what it reports is a limit of its own
/// target (CloudFormation's resource count, say), which other targets do not share.
public protocol Emitter: Sendable {
    /// The owner's side: everything the owner account creates.
    func emit(_ plan: SharingPlan, into diagnostics: DiagnosticSink) -> EmittedFile
    /// What one consumer account creates to reach the shared databases.
    func emit(_ plan: SharingPlan, consumer side: ConsumerSide, into diagnostics: DiagnosticSink) -> EmittedFile
}

/// The back ends sharec has. A new one is one case here and one folder beside CloudFormation/.
public enum Target: String, CaseIterable, Sendable {
    case cfn, terraform, cli

    public var emitter: any Emitter {
        switch self {
        case .cfn: CloudFormationEmitter()
        case .terraform: TerraformEmitter()
        case .cli: AWSCLIEmitter()
        }
    }
}
