package dev.regionstack.app.synth.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/**
 * What the cache keeps of one {@link SynthUnit}, as the entry's {@code entry.json}:
 * <ul>
 *   <li>{@code artifacts}: the manifest's artifacts of its stacks, in manifest order;</li>
 *   <li>{@code app}: what every stack shares (the manifest's version, minimum CLI version and feature-flag report);</li>
 *   <li>{@code validation}: its part of {@code validation-report.json} (absent when CDK's validation is off), with the
 *       acknowledged rules of the app it came from, which decide what is suppressed;</li>
 *   <li>{@code files}: every file of the assembly its stacks own or use (templates, asset manifests, metadata,
 *       assets) with its SHA-256, checked before the entry is trusted.</li>
 * </ul>
 */
record UnitEntry(String key, ObjectNode json) {
    ObjectNode artifacts() { return (ObjectNode) json.path("artifacts"); }

    JsonNode app() { return json.path("app"); }

    boolean validated() { return json.has("validation"); }

    JsonNode validation() { return json.path("validation"); }

    Set<String> acknowledged() {
        Set<String> ids = new TreeSet<>();
        validation().path("acknowledged").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Relative path to SHA-256, in the order they were listed. */
    List<Map.Entry<String, String>> files() {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        json.path("files").properties().forEach(f -> files.add(Map.entry(f.getKey(), f.getValue().asText())));
        return files;
    }

    static boolean isAsset(String relative) { return relative.startsWith("asset."); }
}
