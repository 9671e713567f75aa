/// A JSON policy document as one Terraform template string: the document comes from the same
/// builder the other targets use, its text is escaped, and only the holes become interpolations.
enum TerraformPolicy {
    /// A placeholder string for hole `index`. NUL cannot occur in a spec, so it cannot collide with user text.
    static func hole(_ index: Int) -> String { "\u{0}hole\(index)\u{0}" }

    /// - Parameter holes: for each hole, the template text of the JSON string it becomes, such as
    ///   `arn:${data.aws_partition.current.partition}:iam::444455556666:root`; see `interpolation`.
    static func document(_ document: JSONValue, holes: [String]) -> TerraformValue {
        // One pass: spec text is escaped as it is written, holes are written as they are.
        var writer = JSONWriter(pretty: false)
        writer.transformText = TerraformValue.escape
        writer.verbatim = Dictionary(uniqueKeysWithValues: holes.enumerated().map { (hole($0), "\"\($1)\"") })
        writer.write(document)
        return .template(writer.output)
    }

    /// The template text of a whole value taken from an expression.
    static func interpolation(_ expression: String) -> String { "${\(expression)}" }
}
