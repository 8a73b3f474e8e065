package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Dns;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules over the top-level {@code tags} and {@code dns} merged with an environment's own, once every value is read:
 * AWS's tag count per resource, keys that differ only in case across the levels, the zone keys each environment with
 * records needs (the spec's "both fields required", per environment), and one routed name per environment.
 */
final class TagsAndDnsRules {
    private TagsAndDnsRules() {}

    static void check(FleetSpec fleet, Values values) {
        fleet.tagsPosition().ifPresent(p -> TagsReader.checkCount(fleet.tags(), p, "tags", "the top-level tags", values));
        Set<String> reportedTopLevel = new HashSet<>();
        Map<String, String> routedNames = new LinkedHashMap<>();  // "<zoneId> <routed name>" -> environment
        for (FleetSpec.EnvironmentSpec env : fleet.environments()) {
            env.tagsPosition().ifPresent(p -> {
                TagsReader.checkCaseAgainst(env.tags(), fleet.tags(), env.path() + ".tags", p, values);
                Map<String, String> merged = new LinkedHashMap<>(fleet.tags());
                merged.putAll(env.tags());
                if (merged.size() > fleet.tags().size() || fleet.tagsPosition().isEmpty()) {
                    TagsReader.checkCount(merged, p, env.path() + ".tags", fleet.tags().isEmpty() ? "these tags"
                            : "the top-level tags and these", values);
                }
            });
            boolean records = env.settings().over(fleet.defaults()).resolve(fleet.hasDnsBlock(env)).has(Component.DNS);
            if (!records) continue;
            Optional<DnsLayer> dns = fleet.dns(env);
            // a block that is not a map is reported already
            if (dns.isEmpty() || (env.hasDnsBlock() && env.dns().isEmpty()) || (fleet.hasDnsBlock() && fleet.dns().isEmpty())) continue;
            zoneKeys(fleet, env, dns.get(), reportedTopLevel, values);
            dns.get().resolve(env.name()).ifPresent(d -> uniqueRoutedName(env, dns.get(), d, routedNames, values));
        }
    }

    private static void zoneKeys(FleetSpec fleet, FleetSpec.EnvironmentSpec env, DnsLayer dns, Set<String> reportedTopLevel,
                                 Values values) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("zoneName", "the name of an existing public hosted zone, e.g. example.com");
        required.put("zoneId", "the hosted zone's id, e.g. Z0123456789ABCDEFGHIJ (regionstack never looks it up)");
        required.forEach((key, what) -> {
            if (dns.written().contains(key)) return;
            if (env.dns().isPresent()) {
                DnsLayer own = env.dns().get();
                values.problem(own.position(), KeyPath.child(own.path(), key), "missing required key `" + key + "`: " + what
                        + (fleet.hasDnsBlock() ? "; neither this block nor the top-level `dns` sets it" : "")
                        + " (the zone must be hosted in this environment's account)");
            } else if (reportedTopLevel.add(key)) {
                DnsLayer top = fleet.dns().orElseThrow();
                values.problem(top.position(), KeyPath.child(top.path(), key), "missing required key `" + key + "`: " + what);
            }
        });
    }

    /** Two environments cannot answer for one name in one zone: the later one's records would replace the earlier's. */
    private static void uniqueRoutedName(FleetSpec.EnvironmentSpec env, DnsLayer dns, Dns d, Map<String, String> routedNames,
                                         Values values) {
        String earlier = routedNames.putIfAbsent(d.zoneId() + " " + d.routedName(), env.name());
        if (earlier == null) return;
        Position where = dns.recordName().map(Located::position).orElse(env.dns().map(DnsLayer::position).orElse(env.position()));
        String path = dns.recordName().map(Located::path).orElse(env.path() + ".dns.recordName");
        values.problem(where, path, "environment `" + env.name() + "` would route " + d.routedName() + ", which environment `"
                + earlier + "` routes in the same zone; set a different recordName for one of them");
    }
}
