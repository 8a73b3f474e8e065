package dev.regionstack.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The top level of the fleet file: project, tags, dns, defaults, environments. */
final class FleetReader {
    private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9-]{1,18}[a-z0-9]");

    private FleetReader() {}

    static Optional<FleetSpec> read(Node root, Values values) {
        Optional<Node.MapNode> map = values.map(root, "(file)", "project: acme, environments: {...}");
        if (map.isEmpty()) return Optional.empty();
        MapFields f = MapFields.check(map.get(), Position.START, "", Placement.TOP, Placement.elsewhereFromTop(), values);
        if (!f.has("project")) f.missing("project", "the prefix of every physical name, e.g. project: acme", values);
        if (!f.has("environments")) {
            f.missing("environments", "at least one environment, e.g. prod: {account: \"111111111111\", regions: {...}}", values);
        }
        Optional<String> project = f.value("project").flatMap(n -> values.matching(n, "project", PROJECT,
                "3 to 20 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen"
                        + " (it prefixes every physical name), e.g. acme"));
        Map<String, String> tags = f.entry("tags").map(e -> TagsReader.read(e.value(), "tags", values))
                .orElseGet(LinkedHashMap::new);
        boolean hasDnsBlock = f.has("dns");
        Optional<DnsLayer> dns = f.entry("dns").flatMap(e -> DnsReader.read(e.value(), e.keyPosition(), "dns", values));
        // `dns` in the defaults' components is fine when every environment that inherits it has a block
        boolean defaultsHaveDns = hasDnsBlock || everyEnvironmentHasDns(f.value("environments"));
        SettingsLayer defaults = f.entry("defaults").flatMap(e -> values.mapOrEmpty(e.value(), "defaults", "sizing: small, ...")
                        .map(m -> SettingsReader.read(MapFields.check(m, e.keyPosition(), "defaults", Placement.DEFAULTS,
                                Placement.elsewhereFromDefaults(), values), defaultsHaveDns, values)))
                .orElse(SettingsLayer.EMPTY);
        List<FleetSpec.EnvironmentSpec> environments = new ArrayList<>();
        f.entry("environments").ifPresent(e -> values.mapOrEmpty(e.value(), "environments", "prod: {account: ..., regions: ...}")
                .ifPresent(envs -> {
                    if (envs.entries().isEmpty()) {
                        values.problem(e.keyPosition(), "environments", "the fleet needs at least one environment, e.g. "
                                + "prod: {account: \"111111111111\", regions: {...}}");
                    }
                    Map<String, Integer> seen = new HashMap<>();
                    for (Node.Entry env : envs.entries()) {
                        if (seen.containsKey(env.key())) {
                            values.problem(env.keyPosition(), KeyPath.child("environments", env.key()), "duplicate key "
                                    + Echo.quoted(env.key()) + " (first set at line " + seen.get(env.key()) + "); keep one of them");
                            continue;
                        }
                        seen.put(env.key(), env.keyPosition().line());
                        environments.add(EnvironmentReader.read(env, hasDnsBlock, values));
                    }
                }));
        return Optional.of(new FleetSpec(project, f.entry("project").map(Node.Entry::keyPosition).orElse(Position.START), tags,
                f.entry("tags").map(Node.Entry::keyPosition), hasDnsBlock, dns, defaults, environments));
    }

    private static boolean everyEnvironmentHasDns(Optional<Node> environments) {
        if (environments.isEmpty() || !(environments.get() instanceof Node.MapNode envs) || envs.entries().isEmpty()) return false;
        return envs.entries().stream().allMatch(e -> e.value() instanceof Node.MapNode env
                && env.entries().stream().anyMatch(k -> k.key().equals("dns")));
    }
}
