package dev.regionstack.fleet.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * regionstack's own tags (fleet-file spec, "Tags"): {@code Project}, {@code Environment}, {@code Region} and
 * {@code ManagedBy=regionstack} on every taggable resource. They are defaults: the file's tags (top level, then the
 * environment's own) win key by key.
 */
public final class OwnTags {
    public static final String PROJECT = "Project";
    public static final String ENVIRONMENT = "Environment";
    public static final String REGION = "Region";
    public static final String MANAGED_BY = "ManagedBy";
    public static final List<String> KEYS = List.of(PROJECT, ENVIRONMENT, REGION, MANAGED_BY);

    private OwnTags() {}

    /**
     * The tags of a stack of {@code environment} in {@code region}: regionstack's own, then the file's (the
     * deployment's merged {@code tags}), which win. Iteration order: the file's keys, then regionstack's others
     * (the order stacks have always listed them in, so a file without them synthesizes the same bytes).
     */
    public static Map<String, String> of(String project, String environment, String region, Map<String, String> fileTags) {
        Map<String, String> tags = new LinkedHashMap<>(fileTags);
        tags.putIfAbsent(PROJECT, project);
        tags.putIfAbsent(ENVIRONMENT, environment);
        tags.putIfAbsent(REGION, region);
        tags.putIfAbsent(MANAGED_BY, "regionstack");
        return tags;
    }

    /**
     * One line saying which of regionstack's own tags the file replaces, and where, e.g.
     * {@code the file's tags replace regionstack's own Environment (tags.Environment) and ManagedBy
     * (environments.prod.tags.ManagedBy)}; empty when it replaces none.
     */
    public static Optional<String> replacedBy(Fleet fleet) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (String key : KEYS) {
            List<String> paths = new ArrayList<>();
            if (fleet.tags().containsKey(key)) paths.add("tags." + key);
            for (Environment e : fleet.environments()) {
                if (e.tags().containsKey(key)) paths.add("environments." + e.name() + ".tags." + key);
            }
            if (!paths.isEmpty()) where.put(key, paths);
        }
        if (where.isEmpty()) return Optional.empty();
        List<String> parts = new ArrayList<>();
        where.forEach((key, paths) -> parts.add(key + " (" + String.join(", ", paths) + ")"));
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Optional.of("the file's tags replace regionstack's own " + list + " on the resources they cover");
    }
}
