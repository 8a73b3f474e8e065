package dev.regionstack.app.diagram;

/**
 * One box of the diagram.
 *
 * @param id    unique in the graph, e.g. {@code prod/us-east-1/data}
 * @param label what the box says
 * @param kind  how it is drawn
 */
public record GraphNode(String id, String label, Kind kind) {
    public enum Kind {
        /** A CloudFormation stack (one layer of a region, or a global stack). */
        STACK,
        /** A data store that is wired across regions (table, bucket, Aurora cluster). */
        STORE,
        /** A global entry point or control (DNS, CloudFront, Global Accelerator, Region switch, pipeline). */
        ENTRY
    }
}
