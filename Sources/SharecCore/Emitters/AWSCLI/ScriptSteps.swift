/// The shapes every step of the generated script takes: find-or-create on deploy, find-and-delete
/// on destroy, so that both can run again after stopping half-way.
extension BashScript {
    /// `variable` is set to the existing resource's id, or to a newly created one.
    mutating func ensure(_ variable: String, what: String, lookup: [String], create: [String], placeholder: String) {
        line("\(variable)=\"$(lookup \(lookup.joined(separator: " ")))\"")
        block("if [[ -z \"$\(variable)\" ]]; then", "fi") { body in
            body.line("\(variable)=\"$(create \(placeholder) \(create.joined(separator: " ")))\"")
            body.line("log \"created \(what) $\(variable)\"")
        }
    }

    /// Deletes the resource `lookup` finds, if any, then runs `after` (a wait, typically).
    mutating func remove(_ variable: String, what: String, lookup: [String], delete: [[String]], after: [String] = []) {
        line("\(variable)=\"$(lookup \(lookup.joined(separator: " ")))\"")
        block("if [[ -n \"$\(variable)\" ]]; then", "fi") { body in
            for call in delete { body.line("run \(call.joined(separator: " "))") }
            for code in after { body.line(code) }
            body.line("log \"deleted \(what) $\(variable)\"")
        }
    }

    /// `then` when `condition` holds, else `otherwise`.
    mutating func ifElse(_ condition: String, then: (inout BashScript) -> Void, otherwise: (inout BashScript) -> Void) {
        block("if \(condition); then", "fi") { body in
            then(&body)
            body.depth -= 1
            body.line("else")
            body.depth += 1
            otherwise(&body)
        }
    }

    /// A bash test that holds when the lookup finds something. `by` is the prologue's `lookup`, or `known` for a resource
    /// whose id the script holds, which must exist.
    static func found(_ lookup: [String], by function: String = "lookup") -> String { "[[ -n \"$(\(function) \(lookup.joined(separator: " ")))\" ]]" }
    /// A bash test that holds when the lookup finds nothing.
    static func missing(_ lookup: [String], by function: String = "lookup") -> String { "[[ -z \"$(\(function) \(lookup.joined(separator: " ")))\" ]]" }

    /// Runs `code` only when `condition` (a bash test) holds.
    mutating func when(_ condition: String, _ code: [String]) {
        block("if \(condition); then", "fi") { body in
            for line in code { body.line(line) }
        }
    }
}
