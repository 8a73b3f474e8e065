package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One environment: its name, account, approval, settings and regions. */
final class EnvironmentReader {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{1,9}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    private EnvironmentReader() {}

    /** @param topLevelDns the file has a top-level {@code dns} block */
    static FleetSpec.EnvironmentSpec read(Node.Entry entry, boolean topLevelDns, Values values) {
        String name = entry.key();
        String path = KeyPath.child("environments", name);
        if (!NAME.matcher(name).matches()) {
            values.problem(entry.keyPosition(), path, Echo.quoted(name) + " is not a valid environment name: 2 to 10 lower-case "
                    + "letters and digits, starting with a letter (it is part of every stack and resource name), e.g. prod");
        }
        Optional<Node.MapNode> map = values.mapOrEmpty(entry.value(), path, "account: \"111111111111\", regions: {...}");
        if (map.isEmpty()) {
            return new FleetSpec.EnvironmentSpec(name, entry.keyPosition(), path, Optional.empty(), Optional.empty(),
                    SettingsLayer.EMPTY, entry.keyPosition(), List.of(), Map.of(), Optional.empty(), false, Optional.empty());
        }
        MapFields f = MapFields.check(map.get(), entry.keyPosition(), path, Placement.ENVIRONMENT,
                Placement.elsewhereFromEnvironment(path), values);
        if (!f.has("account")) f.missing("account", "the environment's 12-digit AWS account id, quoted: \"111111111111\"", values);
        if (!f.has("regions")) f.missing("regions", "at least one region, e.g. us-east-1: {cidr: 10.0.0.0/16, primary: true}", values);
        Optional<String> account = f.value("account").flatMap(n -> values.matching(n, f.path("account"), ACCOUNT,
                "an AWS account id is exactly 12 digits, quoted: \"111111111111\""));
        Optional<Approval> approval = f.value("approval").flatMap(n -> values.choice(n, f.path("approval"), Approval.class));
        Map<String, String> tags = f.entry("tags").map(e -> TagsReader.read(e.value(), f.path("tags"), values))
                .orElseGet(LinkedHashMap::new);
        Optional<DnsLayer> dns = f.entry("dns").flatMap(e -> DnsReader.read(e.value(), e.keyPosition(), f.path("dns"), values));
        boolean hasDnsBlock = topLevelDns || f.has("dns");
        SettingsLayer settings = SettingsReader.read(f, hasDnsBlock, values);
        List<FleetSpec.RegionSpec> regions = new ArrayList<>();
        Position regionsPosition = f.entry("regions").map(Node.Entry::keyPosition).orElse(entry.keyPosition());
        f.entry("regions").ifPresent(e -> {
            String regionsPath = f.path("regions");
            values.mapOrEmpty(e.value(), regionsPath, "us-east-1: {cidr: 10.0.0.0/16, primary: true}").ifPresent(regionMap -> {
                if (regionMap.entries().isEmpty()) {
                    values.problem(e.keyPosition(), regionsPath, "an environment needs at least one region, e.g. "
                            + "us-east-1: {cidr: 10.0.0.0/16, primary: true}");
                }
                Map<String, Integer> seen = new HashMap<>();
                for (Node.Entry region : regionMap.entries()) {
                    if (seen.containsKey(region.key())) {
                        values.problem(region.keyPosition(), KeyPath.child(regionsPath, region.key()), "duplicate key "
                                + Echo.quoted(region.key()) + " (first set at line " + seen.get(region.key()) + "); keep one of them");
                        continue;
                    }
                    seen.put(region.key(), region.keyPosition().line());
                    regions.add(RegionReader.read(region, path, hasDnsBlock, values));
                }
            });
        });
        return new FleetSpec.EnvironmentSpec(name, entry.keyPosition(), path, account, approval, settings, regionsPosition, regions,
                tags, f.entry("tags").map(Node.Entry::keyPosition), f.has("dns"), dns);
    }
}
