package dev.regionstack.app.diagram;

/**
 * One arrow of the diagram.
 *
 * @param from     a node id
 * @param to       a node id
 * @param label    what flows, e.g. {@code replica}
 * @param directed false for a symmetric link (VPC peering)
 */
public record GraphEdge(String from, String to, String label, boolean directed) {}
