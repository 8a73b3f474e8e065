package dev.regionstack.fleet.sample;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Sizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates valid fleet files of any shape, for property tests and benchmarks. The same arguments always give the
 * same text.
 */
public final class SampleFleets {
    /** Commercial regions the samples draw from (all in the MRSC-free default; any subset is valid). */
    public static final List<String> REGIONS = List.of(
            "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-west-2", "eu-central-1", "ap-southeast-2", "ap-northeast-1");
    /**
     * More regions, drawn from only when an environment spans more than {@link #REGIONS} (so every fleet of up to 8
     * regions per environment stays the same text): long-standing commercial regions that offer every component.
     */
    static final List<String> MORE_REGIONS = List.of(
            "ca-central-1", "eu-north-1", "eu-west-3", "ap-south-1", "ap-northeast-2", "ap-southeast-1", "sa-east-1", "us-west-1");
    private static final List<String> NAMES = List.of("dev", "test", "stage", "prod");
    private static final List<List<String>> COUNTRIES = List.of(List.of("KP"), List.of("KP", "RU"), List.of("CN", "IR", "KP"));

    private SampleFleets() {}

    /**
     * A fleet file with {@code environments} environments of {@code regionsPerEnvironment} regions each: distinct
     * accounts, one /16 per region (never overlapping), one primary per environment, sizing varying by seed, and a
     * {@code dns} block when the components include {@code dns}. Components that {@code components} need are added
     * (the file would be invalid without them); an empty list leaves the default components.
     *
     * @param seed                  varies primaries, sizing, region choice and the per-region overrides
     * @param environments          1 to 20
     * @param regionsPerEnvironment 1 to 16 ({@link #REGIONS}, then {@link #MORE_REGIONS})
     */
    public static String generate(long seed, int environments, int regionsPerEnvironment, List<Component> components) {
        if (environments < 1 || environments > 20) throw new IllegalArgumentException("environments must be 1 to 20, got " + environments);
        List<String> pool = new ArrayList<>(REGIONS);
        if (regionsPerEnvironment > REGIONS.size()) pool.addAll(MORE_REGIONS);
        if (regionsPerEnvironment < 1 || regionsPerEnvironment > REGIONS.size() + MORE_REGIONS.size()) {
            throw new IllegalArgumentException("regionsPerEnvironment must be 1 to " + (REGIONS.size() + MORE_REGIONS.size())
                    + ", got " + regionsPerEnvironment);
        }
        int stride = Math.max(REGIONS.size(), regionsPerEnvironment);   // each environment's /16s apart from the next's
        Random random = new Random(seed);
        Set<Component> chosen = withNeeds(components);
        boolean dns = chosen.contains(Component.DNS);
        StringBuilder y = new StringBuilder();
        y.append("project: sample").append(Math.floorMod(seed, 1000)).append('\n');
        y.append("tags:\n  CostCenter: \"").append(1000 + random.nextInt(9000)).append("\"\n");
        if (dns) {
            y.append("dns:\n  zoneName: example.com\n  zoneId: Z0123456789ABCDEFGHIJ\n");
            y.append("  routing: ").append(random.nextBoolean() ? "failover" : "latency").append('\n');
        }
        y.append("defaults:\n");
        if (!chosen.isEmpty()) {
            y.append("  components: [").append(chosen.stream().map(Component::fileName).collect(Collectors.joining(", "))).append("]\n");
        }
        y.append("  waf: {blockedCountries: [KP], rateLimitPer5Min: ").append(100 * (1 + random.nextInt(50))).append("}\n");
        y.append("  alarms: {latencyP99Ms: ").append(100 + random.nextInt(900)).append(", email: alerts@example.com}\n");
        y.append("environments:\n");
        long accountBase = 100_000_000_000L + Math.floorMod(seed, 800_000_000_000L);
        for (int e = 0; e < environments; e++) {
            String name = e < NAMES.size() ? NAMES.get(e) : "env" + e;
            y.append("  ").append(name).append(":\n");
            y.append("    account: \"").append(String.format(Locale.ROOT, "%012d", (accountBase + e) % 1_000_000_000_000L)).append("\"\n");
            y.append("    sizing: ").append(Sizing.values()[random.nextInt(Sizing.values().length)].fileName()).append('\n');
            if (e == environments - 1 && environments > 1) y.append("    approval: manual\n");
            y.append("    regions:\n");
            List<String> regions = new ArrayList<>(pool);
            Collections.shuffle(regions, random);
            int primary = random.nextInt(regionsPerEnvironment);
            for (int r = 0; r < regionsPerEnvironment; r++) {
                int octet = (e * stride + r) % 256;
                y.append("      ").append(regions.get(r)).append(":\n");
                y.append("        cidr: 10.").append(octet).append(".0.0/16\n");
                if (r == primary) y.append("        primary: true\n");
                if (random.nextInt(3) == 0) {
                    y.append("        waf: {blockedCountries: [")
                            .append(String.join(", ", COUNTRIES.get(random.nextInt(COUNTRIES.size())))).append("]}\n");
                }
            }
        }
        return y.toString();
    }

    /** {@code components} plus everything they need, in declaration order; empty stays empty (the defaults). */
    private static Set<Component> withNeeds(List<Component> components) {
        Set<Component> all = EnumSet.noneOf(Component.class);
        List<Component> pending = new ArrayList<>(components);
        while (!pending.isEmpty()) {
            Component c = pending.remove(pending.size() - 1);
            if (all.add(c)) pending.addAll(c.needs());
        }
        for (Component c : List.copyOf(all)) {
            if (!c.needsOneOf().isEmpty() && c.needsOneOf().stream().noneMatch(all::contains)) {
                all.addAll(withNeeds(List.of(c.needsOneOf().get(0))));
            }
        }
        return all;
    }
}
