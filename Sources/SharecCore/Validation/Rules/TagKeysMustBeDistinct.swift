/// Tag keys are unique without regard to case (IAM compares them so, and refuses a role tagged
/// `Team` and `team`), and `sharec:` keys are sharec's own: the script marks what it creates with
/// `sharec:resource`, which a spec's tag of that key would be sent beside.
struct TagKeysMustBeDistinct: ValidationRule {
    static let id = "tag-key"

    func check(_ plan: SharingPlan, into diagnostics: DiagnosticSink) {
        check(plan.tags, into: diagnostics)
        for consumer in plan.sharing.consumers where !consumer.tags.isEmpty {
            check(consumer.tags, into: diagnostics)
            // The tenant's resources carry the spec's tags, its own and a Name.
            let count = Tag.merging(plan.tags, consumer.tags).count + 1
            if count > AWSFacts.maxTagsPerResource, let place = consumer.tags.first?.origin {
                diagnostics.error(Self.id, "consumer \(consumer.shortName)'s resources would carry \(count) tags with the spec's and a Name; AWS takes at most \(AWSFacts.maxTagsPerResource)",
                                  at: place)
            }
        }
    }

    private func check(_ tags: [Tag], into diagnostics: DiagnosticSink) {
        var seen: [String: SourceLocation] = [:]
        for tag in tags {
            guard let place = tag.origin else { continue }
            if tag.key.lowercased().hasPrefix("sharec:") {
                diagnostics.error(Self.id, "tag key '\(tag.key)' is reserved: sharec marks the resources it creates with sharec:resource; choose another key",
                                  at: place)
            }
            if let earlier = seen[tag.key.lowercased()] {
                diagnostics.error(Self.id, "tag key '\(tag.key)' differs from an earlier one only in case; IAM compares tag keys without regard to case, so keep one",
                                  at: place, notes: [.init("the other one", at: earlier)])
            }
            seen[tag.key.lowercased()] = seen[tag.key.lowercased()] ?? place
        }
    }
}
