/// Lays out subnets given as prefix lengths: each takes the lowest aligned block of the VPC that
/// no other subnet uses, so that explicit and generated subnets never overlap.
struct SubnetLayout {
    let vpc: CIDRBlock
    private(set) var taken: [CIDRBlock]

    init(vpc: CIDRBlock, explicit: [CIDRBlock]) {
        self.vpc = vpc
        self.taken = explicit.filter(vpc.contains)
    }

    /// The next free block of `prefixLength`, or nil when the VPC has no room left.
    mutating func allocate(prefixLength: Int) -> CIDRBlock? {
        guard prefixLength >= vpc.prefixLength, prefixLength <= 32 else { return nil }
        let step = UInt64(1) << UInt64(32 - prefixLength)
        var candidate = UInt64(vpc.base)
        let end = UInt64(vpc.base) + vpc.size
        while candidate + step <= end {
            guard let block = CIDRBlock(base: UInt32(candidate), prefixLength: prefixLength) else { return nil }
            if let blocker = taken.first(where: block.overlaps) {
                // Skip past the blocker, rounded up to the next aligned candidate.
                let next = UInt64(blocker.last) + 1
                candidate = max(candidate + step, (next + step - 1) / step * step)
                continue
            }
            taken.append(block)
            return block
        }
        return nil
    }
}
