/// The stem every target names a thing's resources by: "orders-db" → "OrdersDb". It is part of the
/// plan because two names with one stem would give two resources the same name in every target.
public enum NameStem {
    public static func pascalCase(_ name: String) -> String {
        name.split { !$0.isLetter && !$0.isNumber || !$0.isASCII }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// "SharedMysqlDatabase" → "shared_mysql_database": Terraform's resource-name style, and the script's
    /// variable names. It folds case, so two stems differing only in case give one name.
    /// Logical names are ASCII letters and digits, so this works on bytes (it runs for every reference).
    public static func snakeCase(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in name.utf8 {
            let isUpper = (65...90).contains(byte), isDigit = (48...57).contains(byte)
            let previousIsLower = (97...122).contains(previous), previousIsDigit = (48...57).contains(previous)
            let previousIsLetter = previousIsLower || (65...90).contains(previous)
            if (isUpper && (previousIsLower || previousIsDigit)) || (isDigit && previousIsLetter) {
                result.append(UInt8(ascii: "_"))
            }
            result.append(isUpper ? byte + 32 : byte)
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }
}
