/// A database engine sharec can create.
public enum Engine: String, Sendable, CaseIterable {
    case mysql, mariadb, postgres
    case auroraMySQL = "aurora-mysql"
    case auroraPostgreSQL = "aurora-postgresql"

    /// Aurora engines run as a cluster (which holds the endpoint, the storage and the master secret)
    /// with instances in it; the others as one DB instance.
    public var isAurora: Bool {
        self == .auroraMySQL || self == .auroraPostgreSQL
    }

    /// The port RDS listens on by default, which the security groups and the resource configuration open.
    public var defaultPort: Int {
        switch self {
        case .mysql, .mariadb, .auroraMySQL: 3306
        case .postgres, .auroraPostgreSQL: 5432
        }
    }
}
