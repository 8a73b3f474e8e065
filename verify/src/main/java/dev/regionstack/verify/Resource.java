package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resource of one template.
 *
 * @param stack      the stack it belongs to
 * @param logicalId  its logical id
 * @param type       its CloudFormation type
 * @param properties its properties (a missing node when it has none)
 */
public record Resource(StackModel stack, String logicalId, String type, JsonNode properties) {
    /** The property at a path of object keys; a missing node when absent. */
    public JsonNode property(String... path) {
        JsonNode node = properties;
        for (String key : path) node = node.path(key);
        return node;
    }

    /** {@code <stack>/<logicalId>}. */
    public String id() { return stack.name() + "/" + logicalId; }

    public String account() { return stack.account(); }

    public String region() { return stack.region(); }

    /** One resource is one logical id of one stack (never compared by its properties: they can be large). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Resource r && r.stack == stack && r.logicalId.equals(logicalId);
    }

    @Override
    public int hashCode() { return System.identityHashCode(stack) * 31 + logicalId.hashCode(); }

    @Override
    public String toString() { return id(); }
}
