package dev.regionstack.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which keys may appear at which level, and where a key written at the wrong level belongs.
 * defaults: sizing, components, waf, alarms, app, data and the knobs. An environment: account, approval, regions, its
 * own tags and dns (over the top-level ones) and any of the defaults' keys. A region: cidr, primary, zones and
 * overrides of everything but sizing and components (which span the environment), where data may only carry the
 * region's own Aurora cluster knobs ({@link DataReader}).
 */
final class Placement {
    static final List<String> TOP = List.of("project", "tags", "dns", "defaults", "environments");
    /** The knobs beyond the presets, besides those under {@code data}. */
    static final List<String> KNOBS = List.of("network", "logs", "api", "notifications", "messaging");
    static final List<String> DEFAULTS = concat(List.of("sizing", "components", "waf", "alarms", "app", "data", "resilience",
            "observability"), KNOBS);
    static final List<String> ENVIRONMENT = concat(List.of("account", "approval", "regions", "tags", "dns", "sizing", "components",
            "waf", "alarms", "app", "data", "resilience", "observability"), KNOBS);
    static final List<String> REGION = concat(List.of("cidr", "primary", "zones", "waf", "alarms", "app", "data"), KNOBS);

    private static final List<String> ENVIRONMENT_ONLY = List.of("account", "approval", "regions");
    private static final List<String> REGION_ONLY = List.of("cidr", "primary", "zones");
    private static final List<String> ENVIRONMENT_WIDE = List.of("sizing", "components");

    private Placement() {}

    static Map<String, String> elsewhereFromTop() {
        Map<String, String> m = new LinkedHashMap<>();
        DEFAULTS.forEach(k -> m.put(k, "belongs under `defaults` (every environment inherits it) or under an environment"));
        ENVIRONMENT_ONLY.forEach(k -> m.put(k, "belongs to an environment: environments.<name>." + k));
        REGION_ONLY.forEach(k -> m.put(k, "belongs to a region: environments.<name>.regions.<region>." + k));
        return m;
    }

    static Map<String, String> elsewhereFromDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        ENVIRONMENT_ONLY.forEach(k -> m.put(k, "is set per environment, not in defaults: environments.<name>." + k));
        REGION_ONLY.forEach(k -> m.put(k, "belongs to a region: environments.<name>.regions.<region>." + k));
        List.of("tags", "dns").forEach(k -> m.put(k, "is set at the top level (every environment inherits it) or in an "
                + "environment (environments.<name>." + k + "), not in defaults"));
        topLevel(m, List.of("project", "environments"));
        return m;
    }

    static Map<String, String> elsewhereFromEnvironment(String environmentPath) {
        Map<String, String> m = new LinkedHashMap<>();
        REGION_ONLY.forEach(k -> m.put(k, "belongs to a region: " + environmentPath + ".regions.<region>." + k));
        topLevel(m, List.of("project", "defaults", "environments"));
        return m;
    }

    static Map<String, String> elsewhereFromRegion(String environmentPath) {
        Map<String, String> m = new LinkedHashMap<>();
        ENVIRONMENT_WIDE.forEach(k -> m.put(k, "is set per environment, not per region (the global table and the "
                + "Aurora global cluster span the environment); move it to " + environmentPath + "." + k));
        ENVIRONMENT_ONLY.forEach(k -> m.put(k, "is set per environment; move it to " + environmentPath + "." + k));
        m.put("resilience", "is set per environment, not per region (a Region switch plan moves the whole environment); move it to "
                + environmentPath + ".resilience");
        m.put("observability", "is set per environment, not per region (one Grafana workspace serves the whole environment, and "
                + "its logs and metrics are searched together); move it to " + environmentPath + ".observability");
        // a region's resources carry their environment's tags, and its records live in the environment's zone
        List.of("tags", "dns").forEach(k -> m.put(k, "is set per environment or at the top level, not per region; move it to "
                + environmentPath + "." + k));
        topLevel(m, List.of("project", "defaults", "environments"));
        return m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void topLevel(Map<String, String> m, List<String> keys) {
        keys.forEach(k -> m.put(k, "is a top-level key; move it to the top of the file (no indentation)"));
    }
}
