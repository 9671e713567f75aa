import Foundation

/// Checks strings against a `TextRule`, compiling each pattern once per process.
final class TextMatcher: @unchecked Sendable {
    static let shared = TextMatcher()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    /// Why `text` breaks `rule`, or nil when it follows it.
    func violation(of rule: TextRule, by text: String) -> String? {
        let length = text.unicodeScalars.count
        if let choices = rule.choices, !choices.contains(text) {
            return "'\(text)' is not \(rule.summary)\(Suggestion.hint(for: text, among: choices))"
        }
        if let min = rule.minLength, length < min {
            return "'\(text)' is too short: expected \(rule.summary)"
        }
        if let max = rule.maxLength, length > max {
            return "'\(text.prefix(40))\(length > 40 ? "..." : "")' is \(length) characters long: expected \(rule.summary)"
        }
        if let limit = rule.maxBytes, text.utf8.count > limit {
            return "'\(text)' is \(text.utf8.count) bytes of UTF-8: expected \(rule.summary)"
        }
        if let pattern = rule.pattern, !matches(text, pattern) {
            return "'\(text)' is not \(rule.summary)"
        }
        return nil
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = expression(for: pattern) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    private func expression(for pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let expression = compiled[pattern] { return expression }
        let expression = try? NSRegularExpression(pattern: Self.asAWSApplies(pattern))
        compiled[pattern] = expression
        return expression
    }

    /// AWS's patterns as AWS applies them. ICU's `$` also matches before a final line terminator (`\n`,
    /// CR, NEL, LS, PS, VT, FF), so `"123456789012\n"` would pass `^[0-9]{12}$`: every `$` outside a
    /// character class becomes `\z`, the true end of the value. And ICU's `\w` is any Unicode letter,
    /// where STS's and IAM's (Java's) is ASCII: it becomes `A-Za-z0-9_`.
    static func asAWSApplies(_ pattern: String) -> String {
        var result = ""
        var escaped = false
        var inClass = false
        for character in pattern {
            if escaped {
                escaped = false
                if character == "w" {
                    result.removeLast()
                    result += inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]"
                    continue
                }
            } else if character == "\\" {
                escaped = true
            } else if character == "[" {
                inClass = true
            } else if character == "]" {
                inClass = false
            } else if character == "$" && !inClass {
                result += "\\z"
                continue
            }
            result.append(character)
        }
        return result
    }
}
