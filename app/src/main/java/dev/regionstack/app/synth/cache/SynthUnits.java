package dev.regionstack.app.synth.cache;

import dev.regionstack.app.layers.LayerSpecs;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a plan into {@link SynthUnit}s and keys each on everything its stacks' output can depend on: the build, the
 * stacks' specs (with the waits the plan keeps, which become the manifest's dependencies), and the fleet.
 *
 * <p>The fleet is the resolved model's own rendering (records all the way down, so {@code toString} shows every
 * value; {@code SynthUnitsTest} checks that), with one thing left out: another account-region's regional WAF
 * settings, which only that region's API and app stacks read, and the environment's global edge stack (CloudFront's
 * web ACL joins every region's blocked countries): a unit holding that stack keeps its environment's in full. Everything else
 * another region's stacks could read by name (CIDRs, regions, settings, tags) stays in the key: a change there
 * re-synthesizes the unit, never reuses it.
 */
final class SynthUnits {
    static final String FORMAT = "regionstack synth cache 1";

    private SynthUnits() {}

    /** Whether the plan can be synthesized by parts: the pipeline's stacks synthesize every environment inside them. */
    static boolean cacheable(RolloutPlan plan) {
        Set<Object> fleetLayers = LayerSpecs.fleet().stream().map(l -> (Object) l.layer()).collect(Collectors.toSet());
        return plan.stacks().stream().noneMatch(s -> fleetLayers.contains(s.layer()));
    }

    static List<SynthUnit> of(Fleet fleet, RolloutPlan plan, String build) {
        Map<String, List<StackSpec>> byEnvironment = new LinkedHashMap<>();
        for (StackSpec s : plan.stacks()) byEnvironment.computeIfAbsent(SynthUnit.environmentOf(s), k -> new ArrayList<>()).add(s);
        Set<String> inPlan = plan.stacks().stream().map(StackSpec::name).collect(Collectors.toSet());
        List<SynthUnit> units = new ArrayList<>();
        byEnvironment.forEach((environment, stacks) -> units.add(new SynthUnit(environment, stacks,
                sha256(keyText(fleet, environment, stacks, inPlan, build)))));
        return units;
    }

    static String keyText(Fleet fleet, String environment, List<StackSpec> stacks, Set<String> inPlan, String build) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append("build ").append(build).append('\n');
        text.append("unit ").append(environment).append('\n');
        for (StackSpec s : stacks) {
            List<String> kept = s.waitsFor().stream().map(StackSpec.Wait::stack).filter(inPlan::contains).toList();
            text.append("stack ").append(s).append(" waits-in-plan ").append(kept).append('\n');
        }
        Set<String> fullEnvironments = stacks.stream().filter(s -> s.layer() == Layer.GLOBAL_EDGE).map(StackSpec::environment)
                .collect(Collectors.toSet());
        text.append("fleet ").append(view(fleet, environment, fullEnvironments)).append('\n');
        return text.toString();
    }

    /** The fleet as the unit's stacks may read it: other account-regions' regional WAF lists left out (see above). */
    static Fleet view(Fleet fleet, String environment, Set<String> fullEnvironments) {
        List<Environment> environments = new ArrayList<>();
        for (Environment e : fleet.environments()) {
            if (fullEnvironments.contains(e.name())) {
                environments.add(e);
                continue;
            }
            List<Deployment> deployments = e.deployments().stream()
                    .map(d -> environment.equals(d.account() + "::" + d.region()) ? d : withoutWaf(d)).toList();
            environments.add(new Environment(e.name(), e.account(), e.approval(), e.settings(), deployments, e.tags(), e.dns()));
        }
        return new Fleet(fleet.project(), fleet.tags(), environments);
    }

    private static Deployment withoutWaf(Deployment d) {
        Settings s = d.settings();
        Settings without = new Settings(s.sizing(), s.components(), null, s.alarms(), s.app(), s.data(), s.knobs());
        return new Deployment(d.project(), d.environment(), d.account(), d.region(), d.primary(), d.primaryRegion(),
                d.environmentRegions(), d.cidr(), d.zones(), d.peerCidrs(), without, d.tags(), d.ownsAccountRegionSingletons(),
                d.ownsAccountTrail());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
