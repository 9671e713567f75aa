/// The diagram languages `sharec graph` writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    case mermaid, dot

    public func render(_ graph: ArchitectureGraph) -> String {
        switch self {
        case .mermaid: Mermaid.render(graph)
        case .dot: DOT.render(graph)
        }
    }
}

/// Mermaid flowchart syntax, which GitHub and many editors draw from a fenced `mermaid` block.
enum Mermaid {
    static func render(_ graph: ArchitectureGraph) -> String {
        var lines = ["flowchart LR"]
        for cluster in graph.clusters { append(cluster, depth: 1, to: &lines) }
        for edge in graph.edges {
            lines.append("    \(edge.from) -- \"\(escape(edge.label))\" --> \(edge.toCluster ?? edge.to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(_ cluster: ArchitectureGraph.Cluster, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "    ", count: depth)
        lines.append("\(indent)subgraph \(cluster.id)[\"\(escape(cluster.label))\"]")
        for inner in cluster.clusters { append(inner, depth: depth + 1, to: &lines) }
        for node in cluster.nodes {
            let label = "\"" + node.lines.map(escape).joined(separator: "<br/>") + "\""
            let shaped = switch node.shape {
            case .box: "[\(label)]"
            case .database: "[(\(label))]"
            case .rounded: "(\(label))"
            }
            lines.append("\(indent)    \(node.id)\(shaped)")
        }
        lines.append("\(indent)end")
    }

    /// Mermaid reads `#code;` as a character, so everything but plain text is written that way:
    /// a share name may hold quotes, brackets or markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " .,:/@=+_-".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "#\(scalar.value);"
            }
        }
        return result
    }
}

/// Graphviz's DOT language, for `dot -Tsvg` and the tools that read it.
enum DOT {
    static func render(_ graph: ArchitectureGraph) -> String {
        // compound: an edge may end at a cluster's border (lhead).
        var lines = ["digraph sharec {", "    rankdir=LR;", "    compound=true;", "    graph [fontname=\"Helvetica\", fontsize=12];",
                     "    node [fontname=\"Helvetica\", fontsize=11];",
                     "    edge [fontname=\"Helvetica\", fontsize=9];"]
        for cluster in graph.clusters { append(cluster, depth: 1, to: &lines) }
        for edge in graph.edges {
            let head = edge.toCluster.map { ", lhead=cluster_\($0)" } ?? ""
            lines.append("    \(edge.from) -> \(edge.to) [label=\(quote(edge.label))\(head)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(_ cluster: ArchitectureGraph.Cluster, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "    ", count: depth)
        lines.append("\(indent)subgraph cluster_\(cluster.id) {")
        lines.append("\(indent)    label=\(quote(cluster.label));")
        for inner in cluster.clusters { append(inner, depth: depth + 1, to: &lines) }
        for node in cluster.nodes {
            let shape = switch node.shape {
            case .box: "box"
            case .database: "cylinder"
            case .rounded: "box, style=rounded"
            }
            lines.append("\(indent)    \(node.id) [label=\(quote(node.lines.joined(separator: "\n"))), shape=\(shape)];")
        }
        lines.append("\(indent)}")
    }

    /// A DOT string: backslashes and quotes escaped, line breaks as `\n` (centred lines).
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
