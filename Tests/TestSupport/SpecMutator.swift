import Foundation

/// Seeded random damage to spec files, for the fuzz tests: the same seed gives the same cases on
/// every machine, so a failure can be replayed (`SHAREC_FUZZ_SEED`).
public struct SpecMutator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The seed from `SHAREC_FUZZ_SEED`, or a fixed one, so that CI runs the same cases each time.
    public static var seed: UInt64 {
        ProcessInfo.processInfo.environment["SHAREC_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EC_0DE5
    }

    /// SplitMix64: small, fast and the same everywhere, unlike the system generator.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// Bytes that mean something to YAML or to a UTF-8 decoder, chosen more often than chance would.
    static let telling: [UInt8] = Array(":-[]{},#&*!|>'\"%@`\\?\t\n \0".utf8) + [0xFF, 0xC3, 0xE2, 0x80]
    static let snippets = ["&a ", "*a", "<<: {}\n", "---\n", "? ", "!!binary ", "{", "[", "\"", "'", "\\", "\t",
                           "%YAML 1.1\n", "...\n", "- ", ": ", "~", "null", "0x1F", "1e9", "\u{FEFF}", "é", "\u{202E}"]

    /// One to three of: byte flips, truncations, key swaps, line and range deletions, duplicated
    /// lines, YAML snippets and indentation changes.
    public mutating func mutate(_ original: [UInt8]) -> [UInt8] {
        var bytes = original
        for _ in 0...below(3) {
            switch below(8) {
            case 0: flipByte(&bytes)
            case 1: bytes = Array(bytes.prefix(below(bytes.count + 1)))
            case 2: swapKeys(&bytes)
            case 3: editLines(&bytes) { lines, index, _ in lines.remove(at: index) }
            case 4: editLines(&bytes) { lines, index, mutator in lines.insert(lines[index], at: mutator.below(lines.count + 1)) }
            case 5:
                let start = below(bytes.count + 1)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(20)))
            case 6: bytes.insert(contentsOf: Array(Self.snippets[below(Self.snippets.count)].utf8), at: below(bytes.count + 1))
            default:
                editLines(&bytes) { lines, index, mutator in
                    lines[index] = mutator.below(2) == 0 ? Array("  ".utf8) + lines[index] : Array(lines[index].drop { $0 == UInt8(ascii: " ") })
                }
            }
        }
        return bytes
    }

    private mutating func flipByte(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let value = below(2) == 0 ? Self.telling[below(Self.telling.count)] : UInt8(below(256))
        bytes[below(bytes.count)] = value
    }

    private mutating func editLines(_ bytes: inout [UInt8], _ edit: (inout [[UInt8]], Int, inout SpecMutator) -> Void) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return }
        edit(&lines, below(lines.count), &self)
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// Exchanges the keys of two `key:` lines, keeping each line's indentation and value.
    private mutating func swapKeys(_ bytes: inout [UInt8]) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let keyed = lines.indices.filter { lines[$0].range(of: #"^\s*(- )?[A-Za-z]+:"#, options: .regularExpression) != nil }
        guard keyed.count >= 2 else { return }
        let (a, b) = (keyed[below(keyed.count)], keyed[below(keyed.count)])
        func split(_ line: String) -> (String, String, String) {
            let range = line.range(of: #"[A-Za-z]+:"#, options: .regularExpression)!
            return (String(line[..<range.lowerBound]), String(line[range].dropLast()), String(line[range.upperBound...]))
        }
        let (leadA, keyA, restA) = split(lines[a])
        let (leadB, keyB, restB) = split(lines[b])
        lines[a] = leadA + keyB + ":" + restA
        lines[b] = leadB + keyA + ":" + restB
        bytes = Array(lines.joined(separator: "\n").utf8)
    }
}
