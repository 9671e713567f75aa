/// The stem every target names a thing's resources by: "orders-db" → "OrdersDb". It is part of the
/// plan because two names with one stem would give two resources the same name in every target.
public enum NameStem {
    public static func pascalCase(_ name: String) -> String {
        name.split { !$0.isLetter && !$0.isNumber || !$0.isASCII }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
