package dev.regionstack.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fleet as a graph: nested groups of nodes, and the edges between nodes. Format-neutral (DotText, MermaidText). */
public record FleetGraph(String title, List<GraphGroup> groups, List<GraphNode> nodes, List<GraphEdge> edges) {
    public FleetGraph {
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Every node, nested ones included, in drawing order. */
    public List<GraphNode> allNodes() {
        List<GraphNode> all = new ArrayList<>(nodes);
        groups.forEach(g -> collect(g, all));
        return all;
    }

    private static void collect(GraphGroup g, List<GraphNode> into) {
        into.addAll(g.nodes());
        g.groups().forEach(c -> collect(c, into));
    }

    /** Every group, nested ones included. */
    public List<GraphGroup> allGroups() {
        return groups.stream().flatMap(FleetGraph::flatten).toList();
    }

    private static Stream<GraphGroup> flatten(GraphGroup g) {
        return Stream.concat(Stream.of(g), g.groups().stream().flatMap(FleetGraph::flatten));
    }
}
