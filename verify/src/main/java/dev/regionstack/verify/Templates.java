package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.BiConsumer;

/** Walks template sections. */
final class Templates {
    private Templates() {}

    /**
     * Calls {@code visit(entry, node)} for every object node under the Resources, Outputs and Conditions of a
     * template, with the logical id of the entry it sits in.
     */
    static void objects(JsonNode template, BiConsumer<String, JsonNode> visit) {
        for (String section : new String[] {"Resources", "Outputs", "Conditions"}) {
            template.path(section).properties().forEach(e -> walk(e.getKey(), e.getValue(), visit));
        }
    }

    private static void walk(String entry, JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(entry, node);
            node.forEach(child -> walk(entry, child, visit));
        } else if (node.isArray()) {
            node.forEach(child -> walk(entry, child, visit));
        }
    }
}
