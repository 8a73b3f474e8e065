package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.UsagePlan;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rules over the knobs that only make sense after inheritance: the Aurora version against the engine (which may be
 * set at another level) and global databases, readers in a secondary region, usage plans within the stage's
 * throttle, and the warning for an instance class that is not memory-optimised. Values already reported are empty.
 */
final class KnobRules {
    private KnobRules() {}

    static void check(FleetSpec.EnvironmentSpec env, SettingsLayer envLayer, Values values) {
        boolean aurora = envLayer.data().auroraEnabled().orElse(true);
        AuroraEngine engine = envLayer.data().auroraEngine().orElse(AuroraEngine.POSTGRES);
        if (aurora) envLayer.data().aurora().version().ifPresent(v -> version(engine, v, values));
        for (FleetSpec.RegionSpec region : env.regions()) {
            SettingsLayer merged = region.settings().over(envLayer);
            if (aurora) {
                merged.data().aurora().instanceClass().ifPresent(c -> instanceClass(c, values));
                boolean primary = region.primary().map(Located::value).orElse(false);
                merged.data().aurora().readers().filter(r -> r.value() == 0 && !primary && !region.primaryUnreadable())
                        .ifPresent(r -> values.problem(r.position(), r.path(), "readers 0 leaves region " + region.code()
                                + "'s secondary cluster without an instance, so its app has no database endpoint to read from; "
                                + "a secondary region needs at least 1 (set 0 on the primary region only: "
                                + region.path().substring(0, region.path().lastIndexOf(".regions.")) + ".regions.<primary>.data.aurora.readers)"));
            }
            plansWithinStage(merged.knobs(), values);
        }
    }

    private static void version(AuroraEngine engine, Located<String> version, Values values) {
        String name = engine == AuroraEngine.POSTGRES ? "Aurora PostgreSQL" : "Aurora MySQL";
        if (!AuroraVersions.isKnown(engine, version.value())) {
            List<String> known = AuroraVersions.known(engine);
            values.problem(version.position(), version.path(), "`" + version.value() + "` is not an " + name + " version the AWS CDK "
                    + "knows" + Suggestions.closest(version.value(), known).map(s -> "; did you mean `" + s + "`?")
                    .orElse("; e.g. " + engine.defaultVersion()) + " (engine " + engine.fileName() + ")");
            return;
        }
        AuroraVersions.globalDatabaseRefusal(engine, version.value()).ifPresent(why -> values.problem(version.position(),
                version.path(), "`" + version.value() + "` cannot run regionstack's Aurora global database: " + why
                        + "; e.g. " + engine.defaultVersion()));
    }

    /** AWS recommends memory-optimised classes (db.r*, db.x2g*) for the instances of a global database. */
    private static void instanceClass(Located<String> instanceClass, Values values) {
        String family = instanceClass.value().split("\\.")[1];
        if (family.startsWith("r") || family.startsWith("x")) return;
        values.warning(instanceClass.position(), instanceClass.path(), "`" + instanceClass.value() + "` is not a memory-optimised "
                + "instance class; AWS recommends db.r* or db.x2g* classes for Aurora global databases (replication to the "
                + "other regions needs the memory), e.g. db.r6g.large");
    }

    private static void plansWithinStage(KnobsLayer knobs, Values values) {
        var stage = knobs.throttle();
        var stageLimits = stage.resolve();
        for (UsagePlan plan : UsagePlan.values()) {
            KnobsLayer.PlanLayer layer = knobs.plans().getOrDefault(plan, KnobsLayer.PlanLayer.EMPTY);
            var limits = layer.resolve(plan.defaults());
            exceeds(plan, "rateLimit", limits.rateLimit(), layer.rateLimit(), stageLimits.rateLimit(), stage.rateLimit(), values);
            exceeds(plan, "burstLimit", limits.burstLimit(), layer.burstLimit(), stageLimits.burstLimit(), stage.burstLimit(), values);
        }
    }

    private static void exceeds(UsagePlan plan, String key, int planValue, Optional<Located<Integer>> planSet, int stageValue,
                                Optional<Located<Integer>> stageSet, Values values) {
        if (planValue <= stageValue || (planSet.isEmpty() && stageSet.isEmpty())) return;
        Function<Optional<Located<Integer>>, String> where = v -> v.map(l -> " (set at " + l.path() + ")").orElse(" (the default)");
        if (deeper(planSet, stageSet)) {
            Located<Integer> p = planSet.orElseThrow();
            values.problem(p.position(), p.path(), "the " + plan.fileName() + " plan's " + key + " " + planValue + " exceeds the "
                    + "stage's " + key + " " + stageValue + where.apply(stageSet) + ": API Gateway applies the stage's throttle to "
                    + "every key, so the plan could never get it; lower the plan or raise api.throttle." + key);
        } else {
            Located<Integer> s = stageSet.orElseThrow();
            values.problem(s.position(), s.path(), "the stage's " + key + " " + stageValue + " is below the " + plan.fileName()
                    + " plan's " + planValue + where.apply(planSet) + ": API Gateway applies the stage's throttle to every key, "
                    + "so the plan could never get it; raise api.throttle." + key + " or lower the plan");
        }
    }

    private static boolean deeper(Optional<Located<Integer>> a, Optional<Located<Integer>> b) {
        if (a.isEmpty()) return false;
        if (b.isEmpty()) return true;
        return level(a.get().path()) >= level(b.get().path());
    }

    /** 0 for defaults, 1 for an environment, 2 for a region. */
    private static int level(String path) {
        return path.startsWith("defaults.") ? 0 : path.contains(".regions.") ? 2 : 1;
    }
}
