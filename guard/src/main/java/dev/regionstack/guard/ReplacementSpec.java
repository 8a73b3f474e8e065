package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which property changes replace a resource, and which resource types hold data: the facts generated at build time
 * from AWS's resource specification ({@code @aws-cdk/aws-service-spec}, see {@code tools/service-spec}) into the
 * classpath resource {@code dev/regionstack/guard/replacement.json}, plus {@link GuardRules}.
 */
public final class ReplacementSpec {
    static final String RESOURCE = "replacement.json";

    private final String sourceVersion;
    private final Set<String> stateful;
    private final Map<String, Set<String>> always;
    private final Map<String, Set<String>> conditional;
    private final Map<String, List<List<String>>> paths;

    private ReplacementSpec(String sourceVersion, Set<String> stateful, Map<String, Set<String>> always,
                            Map<String, Set<String>> conditional, Map<String, List<List<String>>> paths) {
        this.sourceVersion = sourceVersion;
        this.stateful = stateful;
        this.always = always;
        this.conditional = conditional;
        this.paths = paths;
    }

    private static final class Holder {
        static final ReplacementSpec BUILT_IN = loadBuiltIn();
    }

    /** The facts generated into this module at build time. */
    public static ReplacementSpec builtIn() {
        return Holder.BUILT_IN;
    }

    private static ReplacementSpec loadBuiltIn() {
        try (InputStream in = ReplacementSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource dev/regionstack/guard/" + RESOURCE
                        + " is missing: build the guard module with Maven, which generates it from tools/service-spec");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/regionstack/guard/" + RESOURCE, e);
        }
    }

    /** Reads the JSON that {@code tools/service-spec/extract.mjs} writes. */
    static ReplacementSpec parse(JsonNode root) {
        Set<String> stateful = new HashSet<>();
        root.path("stateful").forEach(t -> stateful.add(t.asText()));
        Map<String, Set<String>> always = new HashMap<>();
        Map<String, Set<String>> conditional = new HashMap<>();
        Map<String, List<List<String>>> paths = new HashMap<>();
        root.path("resources").properties().forEach(e -> {
            always.put(e.getKey(), names(e.getValue().path("yes")));
            conditional.put(e.getKey(), names(e.getValue().path("maybe")));
            List<List<String>> typePaths = new ArrayList<>();
            e.getValue().path("paths").forEach(p -> {
                List<String> path = new ArrayList<>();
                p.forEach(segment -> path.add(segment.asText()));
                typePaths.add(List.copyOf(path));
            });
            paths.put(e.getKey(), List.copyOf(typePaths));
        });
        return new ReplacementSpec(root.path("source").path("version").asText(), Set.copyOf(stateful),
                Map.copyOf(always), Map.copyOf(conditional), Map.copyOf(paths));
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return Set.copyOf(names);
    }

    /** The version of {@code @aws-cdk/aws-service-spec} the facts come from. */
    public String sourceVersion() {
        return sourceVersion;
    }

    /** Whether the type holds data: the specification's {@code isStateful}, or {@link GuardRules#EXTRA_STATEFUL}. */
    public boolean isStateful(String type) {
        return stateful.contains(type) || GuardRules.EXTRA_STATEFUL.contains(type);
    }

    /** The top-level properties the specification says replace (yes or maybe) a resource of this type. */
    Set<String> specReplacingProperties(String type) {
        Set<String> properties = new HashSet<>(always.getOrDefault(type, Set.of()));
        properties.addAll(conditional.getOrDefault(type, Set.of()));
        return properties;
    }

    /** Whether the specification alone marks the type stateful. */
    boolean specMarksStateful(String type) {
        return stateful.contains(type);
    }

    /**
     * Whether a change of this top-level property replaces the resource. Types the specification does not know
     * (custom resources, new types) replace nothing.
     */
    public Replacement replacementOf(String type, String property) {
        if (GuardRules.EXTRA_REPLACING.getOrDefault(type, Set.of()).contains(property)) return Replacement.GUARD_RULE;
        return specReplacementOf(type, property);
    }

    /** What the specification alone says, without {@link GuardRules}. */
    Replacement specReplacementOf(String type, String property) {
        if (always.getOrDefault(type, Set.of()).contains(property)) return Replacement.ALWAYS;
        if (conditional.getOrDefault(type, Set.of()).contains(property)) return Replacement.CONDITIONAL;
        return Replacement.NONE;
    }

    /** The specification's nested property paths that also replace the resource; {@code *} means any element. */
    public List<List<String>> replacingPaths(String type) {
        return paths.getOrDefault(type, List.of());
    }
}
