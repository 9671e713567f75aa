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

    /// The log RDS publishes by default: the engine's own error log.
    public var defaultLogExports: [String] {
        switch self {
        case .mysql, .mariadb, .auroraMySQL: ["error"]
        case .postgres, .auroraPostgreSQL: ["postgresql"]
        }
    }

    /// The parameter group family of a version of this engine (`mysql8.0`, `postgres16`, `aurora-mysql8.0`).
    public func parameterGroupFamily(version: String) -> String {
        let numbers = version.split(separator: ".").map(String.init)
        let rule = DocumentedFacts.parameterGroupFamilies.value[rawValue]!
        // PostgreSQL before 10 named its major versions with two numbers (9.6).
        let count = rule.majorNumbers == 1 && (Int(numbers.first ?? "") ?? 0) < 10 ? 2 : rule.majorNumbers
        return rule.prefix + numbers.prefix(count).joined(separator: ".")
    }
}
