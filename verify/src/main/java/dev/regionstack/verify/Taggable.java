package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which resource types take tags, in which property and in which shape: AWS's resource specification
 * ({@code @aws-cdk/aws-service-spec}), extracted at build time into {@code dev/regionstack/verify/taggable.json} by
 * {@code tools/service-spec/taggable.mjs}.
 */
public final class Taggable {
    /** How a type writes its tags. */
    public enum Shape {
        /** A list of {@code {Key, Value}}. */
        STANDARD,
        /** An object of key to value. */
        MAP,
        /** A list of {@code {Key, Value, PropagateAtLaunch}} (auto scaling groups). */
        ASG
    }

    /** A taggable type's tag property and shape. */
    public record TagProperty(String property, Shape shape) {}

    private final String sourceVersion;
    private final Map<String, TagProperty> types;

    private Taggable(String sourceVersion, Map<String, TagProperty> types) {
        this.sourceVersion = sourceVersion;
        this.types = types;
    }

    private static final class Holder {
        static final Taggable BUILT_IN = load();
    }

    public static Taggable builtIn() { return Holder.BUILT_IN; }

    private static Taggable load() {
        try (InputStream in = Taggable.class.getResourceAsStream("taggable.json")) {
            if (in == null) {
                throw new IllegalStateException("classpath resource dev/regionstack/verify/taggable.json is missing: build the"
                        + " verify module with Maven, which generates it from tools/service-spec");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, TagProperty> types = new HashMap<>();
            root.path("taggable").properties().forEach(e -> types.put(e.getKey(), new TagProperty(
                    e.getValue().path(0).asText(), Shape.valueOf(e.getValue().path(1).asText().toUpperCase(java.util.Locale.ROOT)))));
            return new Taggable(root.path("source").path("version").asText(), Map.copyOf(types));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/regionstack/verify/taggable.json", e);
        }
    }

    /** The tag property of a type that takes tags. */
    public Optional<TagProperty> of(String type) { return Optional.ofNullable(types.get(type)); }

    /** The version of {@code @aws-cdk/aws-service-spec} the facts come from. */
    public String sourceVersion() { return sourceVersion; }
}
