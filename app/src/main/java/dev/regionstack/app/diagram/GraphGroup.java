package dev.regionstack.app.diagram;

import java.util.List;

/** A box around boxes: an environment, a region, or an environment's global stacks. */
public record GraphGroup(String id, String label, List<GraphNode> nodes, List<GraphGroup> groups) {
    public GraphGroup {
        nodes = List.copyOf(nodes);
        groups = List.copyOf(groups);
    }
}
