@testable import SharecCore
import Testing

@Suite struct CIDRBlockTests {
    @Test func parsesAndPrints() throws {
        let block = try CIDRBlock.parse("10.0.4.16/28").get()
        #expect(block.description == "10.0.4.16/28")
        #expect(block.size == 16)
    }

    @Test func hostBitsSuggestTheNetwork() {
        #expect(CIDRBlock.parse("10.0.0.1/16") == .failure(.hostBitsSet(network: CIDRBlock(base: 0x0A00_0000, prefixLength: 16)!)))
    }

    @Test(arguments: ["10.0.0.0", "10.0.0/16", "10.0.0.256/24", "10.0.0.0/33", "010.0.0.0/8", "10.0.0.0/-1", "a.b.c.d/8", "10.0.0.0/16/2"])
    func malformed(_ text: String) {
        #expect(CIDRBlock.parse(text) == .failure(.malformed))
    }

    @Test func containmentAndOverlap() throws {
        let vpc = try CIDRBlock.parse("10.0.0.0/16").get()
        let inside = try CIDRBlock.parse("10.0.255.240/28").get()
        let outside = try CIDRBlock.parse("10.1.0.0/24").get()
        #expect(vpc.contains(inside) && !vpc.contains(outside))
        #expect(inside.overlaps(vpc) && !inside.overlaps(outside))
    }

    @Test func layoutRunsOutOfRoom() throws {
        var layout = SubnetLayout(vpc: try CIDRBlock.parse("10.0.0.0/27").get(), explicit: [try CIDRBlock.parse("10.0.0.16/28").get()])
        #expect(layout.allocate(prefixLength: 28)?.description == "10.0.0.0/28")
        #expect(layout.allocate(prefixLength: 28) == nil)
    }
}
