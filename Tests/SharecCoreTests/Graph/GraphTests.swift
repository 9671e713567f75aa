import Foundation
@testable import SharecCore
import Testing
import TestSupport

/// `sharec graph`: reviewed diagrams of every example, drawn by Graphviz, and hostile names kept inert.
@Suite struct GraphTests {
    static let examples = GoldenOutputTests.examples
    static let dot = Tool.find("dot", override: "DOT")

    static func rendered(_ example: String, _ format: GraphFormat) throws -> EmittedFile {
        let source = try SpecFixtures.source(Repository.url("specs/examples/\(example).yaml"))
        let sink = DiagnosticSink()
        return try #require(graph(source, format: format, diagnostics: sink), "\(sink.diagnostics)")
    }

    @Test("diagrams match the reviewed golden files", arguments: GraphFormat.allCases, examples)
    func golden(_ format: GraphFormat, _ example: String) throws {
        let file = try Self.rendered(example, format)
        if let mismatch = Golden.mismatch(file.contents, "Tests/SharecCoreTests/Golden/graph/\(example).\(format.rawValue)") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("every arrow joins two drawn nodes, every node is drawn once", arguments: examples)
    func edgesJoinDeclaredNodes(_ example: String) throws {
        let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml")))
        let graph = ArchitectureGraph(plan)
        func nodes(_ cluster: ArchitectureGraph.Cluster) -> [String] { cluster.nodes.map(\.id) + cluster.clusters.flatMap(nodes) }
        let declared = graph.clusters.flatMap(nodes)
        #expect(Set(declared).count == declared.count)
        for edge in graph.edges {
            #expect(declared.contains(edge.from) && declared.contains(edge.to), "\(edge)")
        }
        #expect(declared.count { $0.hasPrefix("database_") } == plan.databases.count)
        #expect(declared.count { $0.hasPrefix("consumer_") } == plan.sharing.consumers.count)
    }

    /// Issue 15: a multi-consumer graph was a tangle of crossing arrows, its consumer boxes unnamed.
    @Test("each account is labelled with its id, and each path drawn once", arguments: examples)
    func accountsAreNamedAndPathsDrawnOnce(_ example: String) throws {
        let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml")))
        let graph = ArchitectureGraph(plan)
        #expect(graph.clusters[0].label.contains(plan.owner.account.value))
        for (cluster, consumer) in zip(graph.clusters.dropFirst(), plan.sharing.consumers) {
            #expect(cluster.label.hasSuffix(consumer.shortName), "\(cluster.label)")
        }
        // Once per database along the data path, once per consumer side into the configurations, no arrow twice.
        #expect(graph.edges.count { $0.label == "through" } == plan.databases.count)
        #expect(graph.edges.count { $0.label == "reaches" } == plan.sharing.consumerSides.count)
        #expect(graph.edges.count { $0.label == "shares" } == 1)
        let pairs = graph.edges.map { "\($0.from)>\($0.toCluster ?? $0.to)" }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test func hostileNamesCannotBreakOutOfTheirLabels() throws {
        let mermaid = try Self.rendered("hostile-text", .mermaid).contents
        let share = try #require(mermaid.split(separator: "\n").first { $0.contains("share(") })
        // Inside the label only the quotes that delimit it remain.
        #expect(share.filter { $0 == "\"" }.count == 2, "\(share)")
        #expect(!share.contains("`") && !share.contains("$(") && !share.replacingOccurrences(of: "<br/>", with: "").contains("<"))
        let dot = try Self.rendered("hostile-text", .dot).contents
        #expect(dot.contains(#"share 'one' \"two\" $(touch pwned-share)"#))
    }

    /// Graphviz must draw every example: the DOT is well-formed and the picture shows the names.
    @Test(.enabled(if: OracleAvailability.shouldRun(dot), "Graphviz (dot) is missing; scripts/setup.sh installs it"), arguments: examples)
    func graphvizDrawsIt(_ example: String) throws {
        let dot = try #require(Self.dot)
        let result = try dot.run(["-Tsvg"], stdin: Data(try Self.rendered(example, .dot).contents.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg") && result.stdout.contains("</svg>"))
        let plan = try #require(SpecFixtures.plan(try Repository.read("specs/examples/\(example).yaml")))
        for database in plan.databases {
            #expect(result.stdout.contains(Self.svgText(database.identifier.value)), "\(database.identifier.value) is drawn")
        }
    }

    /// docs/graph.md shows the seed's diagram as sharec draws it today.
    @Test func documentationShowsTheSeedAsDrawnNow() throws {
        let page = try Repository.read("docs/graph.md")
        #expect(page.contains("```mermaid\n" + (try Self.rendered("seed", .mermaid).contents) + "```"),
                "run: .build/debug/sharec graph specs/examples/seed.yaml and paste it into docs/graph.md")
        let picture = try Repository.read("docs/images/seed-graph.svg")
        #expect(picture.contains("<svg") && picture.contains(Self.svgText("shared-mysql")))
    }

    /// How Graphviz writes a line of a label into SVG (it escapes hyphens).
    static func svgText(_ text: String) -> String {
        ">" + text.replacingOccurrences(of: "-", with: "&#45;") + "</text>"
    }
}
