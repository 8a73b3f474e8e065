package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.Routing;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules over a whole environment, once every value is read: one primary region, disjoint CIDRs, strong consistency
 * on a valid region set, geolocation continents, and the app values that only make sense together after
 * inheritance (Fargate cpu/memory, minTasks/maxTasks). Values already reported as wrong are empty and skipped.
 */
final class EnvironmentRules {
    private EnvironmentRules() {}

    static void check(FleetSpec fleet, Values values) {
        ImageRules.registries(fleet, values);
        for (FleetSpec.EnvironmentSpec env : fleet.environments()) {
            SettingsLayer envLayer = env.settings().over(fleet.defaults());
            onePrimary(env, values);
            disjointCidrs(env, values);
            strongConsistency(env, envLayer, values);
            if (fleet.dns(env).map(d -> d.routingOrDefault() == Routing.GEOLOCATION).orElse(false)
                    && envLayer.resolve(fleet.hasDnsBlock(env)).has(Component.DNS)) {
                oneRegionPerContinent(env, fleet.dns(env).flatMap(DnsLayer::routing).map(Located::path).orElse("dns.routing"), values);
            }
            KnobRules.check(env, envLayer, values);
            ObservabilityRules.check(envLayer.knobs().telemetry(), envLayer.resolve(fleet.hasDnsBlock(env)).components(), values);
            ImageRules.check(env, envLayer, envLayer.resolve(fleet.hasDnsBlock(env)).components(), values);
            GrafanaRegions.check(env, envLayer.knobs().telemetry(), values);
            for (FleetSpec.RegionSpec region : env.regions()) {
                appSizes(region.settings().app().over(envLayer.app()), values);
            }
        }
    }

    private static void onePrimary(FleetSpec.EnvironmentSpec env, Values values) {
        if (env.regions().isEmpty()) return;
        List<FleetSpec.RegionSpec> primaries = env.regions().stream()
                .filter(r -> r.primary().map(Located::value).orElse(false)).toList();
        if (primaries.isEmpty() && env.regions().stream().noneMatch(FleetSpec.RegionSpec::primaryUnreadable)) {
            values.problem(env.regionsPosition(), env.path() + ".regions", "no region of " + Echo.quoted(env.name()) + " is primary; set "
                    + "`primary: true` on exactly one of " + env.regions().stream().map(FleetSpec.RegionSpec::code)
                    .map(Echo::of).collect(Collectors.joining(", ")));
        }
        String first = primaries.isEmpty() ? "" : primaries.get(0).code();
        for (FleetSpec.RegionSpec extra : primaries.stream().skip(1).toList()) {
            Located<Boolean> p = extra.primary().orElseThrow();
            values.problem(p.position(), p.path(), Echo.quoted(first) + " is already the primary region of " + Echo.quoted(env.name())
                    + "; an environment has exactly one primary region: keep `primary: true` on one region only");
        }
    }

    private static void disjointCidrs(FleetSpec.EnvironmentSpec env, Values values) {
        for (int i = 0; i < env.regions().size(); i++) {
            FleetSpec.RegionSpec later = env.regions().get(i);
            if (later.cidr().isEmpty()) continue;
            IPAddress block = address(later.cidr().get().value());
            for (FleetSpec.RegionSpec earlier : env.regions().subList(0, i)) {
                if (earlier.cidr().isEmpty()) continue;
                IPAddress other = address(earlier.cidr().get().value());
                if (block.contains(other) || other.contains(block)) {
                    Located<String> cidr = later.cidr().get();
                    values.problem(cidr.position(), cidr.path(), "`" + cidr.value() + "` overlaps `" + earlier.cidr().get().value()
                            + "` of region " + Echo.of(earlier.code()) + " in the same environment; the environment's VPCs are peered, "
                            + "so choose a range that overlaps no other region of " + Echo.quoted(env.name()));
                    break;
                }
            }
        }
    }

    private static void strongConsistency(FleetSpec.EnvironmentSpec env, SettingsLayer envLayer, Values values) {
        Optional<Located<Consistency>> consistency = envLayer.data().consistency();
        if (consistency.isEmpty() || consistency.get().value() != Consistency.STRONG || env.regions().isEmpty()) return;
        if (env.regions().stream().anyMatch(r -> !r.known())) return;  // the unknown region is reported already
        List<String> codes = env.regions().stream().map(FleetSpec.RegionSpec::code).toList();
        if (codes.size() == 3 && Regions.strongConsistencySet(codes).isPresent()) return;
        String sets = Regions.strongConsistencySets().entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", new TreeSet<>(e.getValue())))
                .collect(Collectors.joining("; "));
        Located<Consistency> where = consistency.get();
        values.problem(where.position(), where.path(), "`strong` consistency needs exactly 3 regions of one "
                + "multi-Region strong consistency set (" + sets + "); environment " + Echo.quoted(env.name()) + " has "
                + codes.stream().map(Echo::of).collect(Collectors.joining(", ")) + "; use `eventual`, or change the environment's regions");
    }

    private static void oneRegionPerContinent(FleetSpec.EnvironmentSpec env, String routingKey, Values values) {
        Map<String, String> byContinent = new HashMap<>();
        for (FleetSpec.RegionSpec region : env.regions()) {
            if (!region.known()) continue;
            String continent = Regions.continent(region.code());
            String earlier = byContinent.putIfAbsent(continent, region.code());
            if (earlier != null) {
                values.problem(region.position(), region.path(), "with " + routingKey + " `geolocation` each region answers for "
                        + "its continent, and " + region.code() + " and " + earlier + " are both in " + continent
                        + "; use `latency` or `failover` routing, or regions on different continents");
            }
        }
    }

    private static void appSizes(SettingsLayer.AppLayer app, Values values) {
        int cpu = app.cpu().map(Located::value).orElse(dev.regionstack.fleet.model.AppSettings.DEFAULT.cpu());
        int memory = app.memoryMiB().map(Located::value).orElse(dev.regionstack.fleet.model.AppSettings.DEFAULT.memoryMiB());
        if (!FargateSizes.memoryFor(cpu).contains(memory)) {
            if (deeper(app.memoryMiB(), app.cpu())) {
                Located<Integer> m = app.memoryMiB().orElseThrow();
                values.problem(m.position(), m.path(), "memoryMiB " + memory + " does not fit cpu " + cpu + where(app.cpu())
                        + ": with that cpu Fargate allows memoryMiB " + FargateSizes.describeMemoryFor(cpu) + "; change one of them");
            } else {
                Located<Integer> c = app.cpu().orElseThrow();
                values.problem(c.position(), c.path(), "cpu " + cpu + " does not fit memoryMiB " + memory + where(app.memoryMiB())
                        + ": with that cpu Fargate allows memoryMiB " + FargateSizes.describeMemoryFor(cpu) + "; change one of them");
            }
        }
        int min = app.minTasks().map(Located::value).orElse(dev.regionstack.fleet.model.AppSettings.DEFAULT.minTasks());
        int max = app.maxTasks().map(Located::value).orElse(dev.regionstack.fleet.model.AppSettings.DEFAULT.maxTasks());
        if (min > max) {
            if (deeper(app.maxTasks(), app.minTasks())) {
                Located<Integer> m = app.maxTasks().orElseThrow();
                values.problem(m.position(), m.path(), "maxTasks " + max + " is less than minTasks " + min + where(app.minTasks())
                        + "; raise maxTasks or lower minTasks");
            } else {
                Located<Integer> m = app.minTasks().orElseThrow();
                values.problem(m.position(), m.path(), "minTasks " + min + " is more than maxTasks " + max + where(app.maxTasks())
                        + "; lower minTasks or raise maxTasks");
            }
        }
    }

    /** Whether {@code a} was written at a more specific level than {@code b} (or {@code b} is a built-in default). */
    private static boolean deeper(Optional<Located<Integer>> a, Optional<Located<Integer>> b) {
        if (a.isEmpty()) return false;
        if (b.isEmpty()) return true;
        return depth(a.get().path()) >= depth(b.get().path());
    }

    private static long depth(String path) {
        return path.chars().filter(c -> c == '.').count();
    }

    private static String where(Optional<Located<Integer>> value) {
        return value.map(v -> " (set at " + v.path() + ")").orElse(" (the default)");
    }

    private static IPAddress address(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }
}
