package dev.regionstack.app.diagram;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link FleetGraph} as a Mermaid flowchart (GitHub renders it in Markdown). Mermaid ids allow no slashes, so each
 * node and group gets {@code n1}, {@code n2}… in drawing order; labels are quoted.
 */
public final class MermaidText {
    private MermaidText() {}

    public static String of(FleetGraph graph) {
        Map<String, String> ids = new HashMap<>();
        StringBuilder out = new StringBuilder("---\ntitle: \"").append(text(graph.title())).append("\"\n---\nflowchart LR\n");
        graph.nodes().forEach(n -> node(out, n, ids, "  "));
        graph.groups().forEach(g -> group(out, g, ids, "  "));
        for (GraphEdge e : graph.edges()) {
            String arrow = e.directed() ? " -->|" : " -.-|";
            out.append("  ").append(ids.get(e.from())).append(arrow).append(text(e.label())).append("| ").append(ids.get(e.to())).append('\n');
        }
        out.append("  classDef store fill:#fdf3e1;\n  classDef entry fill:#e6f5ea;\n");
        return out.toString();
    }

    private static void group(StringBuilder out, GraphGroup g, Map<String, String> ids, String indent) {
        String id = "g" + (ids.size() + 1);
        ids.put("group:" + g.id(), id);
        out.append(indent).append("subgraph ").append(id).append("[\"").append(text(g.label())).append("\"]\n");
        g.nodes().forEach(n -> node(out, n, ids, indent + "  "));
        g.groups().forEach(c -> group(out, c, ids, indent + "  "));
        out.append(indent).append("end\n");
    }

    private static void node(StringBuilder out, GraphNode n, Map<String, String> ids, String indent) {
        String id = "n" + (ids.size() + 1);
        ids.put(n.id(), id);
        String label = "\"" + text(n.label()) + "\"";
        out.append(indent).append(id).append(switch (n.kind()) {
            case STACK -> "[" + label + "]";
            case STORE -> "[(" + label + ")]:::store";
            case ENTRY -> "{{" + label + "}}:::entry";
        }).append('\n');
    }

    /** Mermaid has no escape for a double quote inside a quoted label; its HTML entity renders as one. */
    private static String text(String s) {
        return s.replace("\"", "#quot;").replace("|", "#124;").replace("\n", " ");
    }
}
