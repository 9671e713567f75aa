/// An IPv4 network: a base address whose host bits are zero, and a prefix length.
public struct CIDRBlock: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let base: UInt32
    public let prefixLength: Int

    public init?(base: UInt32, prefixLength: Int) {
        guard (0...32).contains(prefixLength), base & ~Self.mask(prefixLength) == 0 else { return nil }
        self.base = base
        self.prefixLength = prefixLength
    }

    public enum ParseError: Error, Equatable {
        case malformed
        /// The address has bits set beyond the prefix; `network` is what was probably meant.
        case hostBitsSet(network: CIDRBlock)
    }

    public static func parse(_ text: String) -> Result<CIDRBlock, ParseError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix), parts[1].allSatisfy(\.isASCII) else {
            return .failure(.malformed)
        }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return .failure(.malformed) }
        var address: UInt32 = 0
        for octet in octets {
            // Leading zeros are refused: some tools read them as octal.
            guard let value = UInt32(octet), value <= 255, octet.count == String(value).count else { return .failure(.malformed) }
            address = address << 8 | value
        }
        let network = address & mask(prefix)
        guard let block = CIDRBlock(base: network, prefixLength: prefix) else { return .failure(.malformed) }
        return network == address ? .success(block) : .failure(.hostBitsSet(network: block))
    }

    static func mask(_ prefixLength: Int) -> UInt32 {
        prefixLength == 0 ? 0 : UInt32.max << UInt32(32 - prefixLength)
    }

    public var size: UInt64 { 1 << UInt64(32 - prefixLength) }
    /// The last address, inclusive.
    public var last: UInt32 { base | ~Self.mask(prefixLength) }

    public func contains(_ other: CIDRBlock) -> Bool {
        other.prefixLength >= prefixLength && other.base & Self.mask(prefixLength) == base
    }

    public func overlaps(_ other: CIDRBlock) -> Bool {
        contains(other) || other.contains(self)
    }

    public var description: String {
        "\(base >> 24).\(base >> 16 & 255).\(base >> 8 & 255).\(base & 255)/\(prefixLength)"
    }

    public static func < (lhs: CIDRBlock, rhs: CIDRBlock) -> Bool {
        (lhs.base, lhs.prefixLength) < (rhs.base, rhs.prefixLength)
    }
}
