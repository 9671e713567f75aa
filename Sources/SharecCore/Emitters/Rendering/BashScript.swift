/// Bash source built line by line. Every value from a spec enters through `quote`, so it is data
/// to the shell whatever bytes it holds; code is only ever what the emitter itself writes.
struct BashScript {
    private(set) var text = ""
    var depth = 0

    mutating func line(_ code: String = "") {
        text += code.isEmpty ? "\n" : String(repeating: "    ", count: depth) + code + "\n"
    }

    /// Lines between `open` and `close`, one level deeper.
    mutating func block(_ open: String, _ close: String, _ body: (inout BashScript) -> Void) {
        line(open)
        depth += 1
        body(&self)
        depth -= 1
        line(close)
    }

    /// A single-quoted shell word: nothing inside is expanded; a `'` becomes `'\''`.
    static func quote(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return "'" + text + "'" }
        return "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// A double-quoted reference to a shell variable the emitter named.
    static func variable(_ name: String) -> String { "\"$\(name)\"" }
}
