package dev.regionstack.app.diagram;

import java.util.List;

/** A {@link FleetGraph} as Graphviz DOT: groups are clusters, a region's stacks in a column. */
public final class DotText {
    private DotText() {}

    public static String of(FleetGraph graph) {
        StringBuilder out = new StringBuilder();
        out.append("digraph fleet {\n");
        out.append("  graph [rankdir=TB, nodesep=0.25, ranksep=0.35, fontname=\"Helvetica\", fontsize=12, labelloc=t, newrank=true, label=")
                .append(quote(graph.title())).append("];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
        graph.nodes().forEach(n -> node(out, n, "  "));
        graph.groups().forEach(g -> group(out, g, "  "));
        for (GraphEdge e : graph.edges()) {
            out.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(" [label=").append(quote(e.label()));
            if (!e.directed()) out.append(", dir=none, style=dashed");
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static void group(StringBuilder out, GraphGroup g, String indent) {
        out.append(indent).append("subgraph ").append(quote("cluster_" + g.id())).append(" {\n");
        out.append(indent).append("  label=").append(quote(g.label())).append("; style=\"rounded\"; color=\"#8899aa\";\n");
        g.nodes().forEach(n -> node(out, n, indent + "  "));
        // a region's stacks one under the other, in build order (invisible edges only place them)
        List<GraphNode> stacks = g.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.STACK).toList();
        for (int i = 1; i < stacks.size(); i++) {
            out.append(indent).append("  ").append(quote(stacks.get(i - 1).id())).append(" -> ")
                    .append(quote(stacks.get(i).id())).append(" [style=invis];\n");
        }
        g.groups().forEach(c -> group(out, c, indent + "  "));
        out.append(indent).append("}\n");
    }

    private static void node(StringBuilder out, GraphNode n, String indent) {
        out.append(indent).append(quote(n.id())).append(" [label=").append(quote(n.label()));
        switch (n.kind()) {
            case STACK -> { }
            case STORE -> out.append(", shape=cylinder, fillcolor=\"#fdf3e1\"");
            case ENTRY -> out.append(", shape=hexagon, fillcolor=\"#e6f5ea\"");
        }
        out.append("];\n");
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, no raw line breaks. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
