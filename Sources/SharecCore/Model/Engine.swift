/// A database engine sharec can create.
public enum Engine: String, Sendable, CaseIterable {
    case mysql, mariadb, postgres

    /// The port RDS listens on by default, which the security groups and the resource configuration open.
    public var defaultPort: Int {
        switch self {
        case .mysql, .mariadb: 3306
        case .postgres: 5432
        }
    }
}
