package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every resource whose type takes tags (AWS's resource specification, {@link Taggable}) carries every tag of its
 * stack (the tags the CDK CLI deploys the stack with, from the manifest) in its tag property; a global table
 * replica carries them in its own {@code Replicas[].Tags}, with {@code Region} its own region (when the stack's
 * {@code Region} is regionstack's, its own region; a value the fleet file sets itself goes on every replica as it is).
 */
final class Tags implements Check {
    static final String GLOBAL_TABLE = "AWS::DynamoDB::GlobalTable";
    static final String REGION_TAG = "Region";

    @Override
    public String name() { return "tags"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        for (StackModel s : simulation.assembly().stacks()) {
            if (s.tags().isEmpty()) continue;
            for (Resource r : s.resources()) {
                if (r.type().equals(GLOBAL_TABLE)) {
                    for (JsonNode replica : r.property("Replicas")) {
                        Map<String, String> wanted = new TreeMap<>(s.tags());
                        // regionstack's Region tag (the stack's own region) names each replica's; a Region the file set holds everywhere
                        if (s.region().equals(wanted.get(REGION_TAG))) wanted.put(REGION_TAG, replica.path("Region").asText());
                        compare(f, r, "the replica in " + replica.path("Region").asText(), wanted, read(replica.path("Tags"), Taggable.Shape.STANDARD));
                    }
                    continue;
                }
                simulation.taggable().of(r.type()).ifPresent(p ->
                        compare(f, r, "it", s.tags(), read(r.property(p.property()), p.shape())));
            }
        }
    }

    private static void compare(Findings f, Resource r, String subject, Map<String, String> wanted, Map<String, String> actual) {
        Map<String, String> missing = new LinkedHashMap<>();
        wanted.forEach((k, v) -> {
            if (!v.equals(actual.get(k))) missing.put(k, v);
        });
        f.expect(missing.isEmpty(), r.stack().name(), r.logicalId(),
                r.type() + " takes tags, but " + subject + " lacks the stack's tag" + (missing.size() == 1 ? " " : "s ") + render(missing, actual),
                "tag it (Tags.of(scope) reaches only taggable constructs: set the tags of generated resources explicitly)");
    }

    /** Keys only, unless the resource has the key with another value: {@code Project, Region=eu-west-1 (has eu-west-2)}. */
    private static String render(Map<String, String> missing, Map<String, String> actual) {
        StringBuilder out = new StringBuilder();
        missing.forEach((k, v) -> {
            if (out.length() > 0) out.append(", ");
            out.append(k);
            if (actual.containsKey(k)) out.append('=').append(v).append(" (has ").append(actual.get(k)).append(')');
        });
        return out.toString();
    }

    /** Literal tags only: a tag whose key or value is an expression does not count as carried. */
    private static Map<String, String> read(JsonNode tags, Taggable.Shape shape) {
        Map<String, String> found = new TreeMap<>();
        if (shape == Taggable.Shape.MAP) {
            tags.properties().forEach(e -> {
                if (e.getValue().isValueNode()) found.put(e.getKey(), e.getValue().asText());
            });
        } else {
            tags.forEach(t -> {
                if (t.path("Key").isTextual() && t.path("Value").isValueNode()) found.put(t.path("Key").asText(), t.path("Value").asText());
            });
        }
        return found;
    }
}
