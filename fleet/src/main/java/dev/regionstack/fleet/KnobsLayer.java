package dev.regionstack.fleet;

import dev.regionstack.fleet.model.ApiSettings;
import dev.regionstack.fleet.model.Knobs;
import dev.regionstack.fleet.model.NatGateways;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.StreamCapacity;
import dev.regionstack.fleet.model.Throttle;
import dev.regionstack.fleet.model.UsagePlan;
import dev.regionstack.fleet.model.UsagePlanLimits;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The knobs written at one level: {@code network.natGateways}, {@code logs.retentionDays}, {@code api.throttle},
 * {@code api.plans}, {@code notifications.sender}, {@code messaging.stream.shards} and {@code .transform},
 * {@code resilience.rtoMinutes}, {@code observability}. Maps merge key by key (a plan's
 * {@code rateLimit} keeps the parent's {@code quotaPerMonth}); scalars replace. Throttle values keep where they were
 * set: a plan may not exceed the stage, which is checked once the levels are merged ({@link KnobRules}).
 */
record KnobsLayer(Optional<NatGateways> natGateways, Optional<Integer> logRetentionDays, ThrottleLayer throttle,
                  Map<UsagePlan, PlanLayer> plans, Optional<String> sender, Optional<StreamCapacity> stream,
                  Optional<Integer> rtoMinutes, ObservabilityReader.Telemetry telemetry, Optional<Boolean> streamTransform) {
    static final KnobsLayer EMPTY = new KnobsLayer(Optional.empty(), Optional.empty(), ThrottleLayer.EMPTY, Map.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), ObservabilityReader.Telemetry.EMPTY, Optional.empty());

    KnobsLayer {
        plans = Map.copyOf(plans);
    }

    KnobsLayer over(KnobsLayer parent) {
        Map<UsagePlan, PlanLayer> merged = new EnumMap<>(UsagePlan.class);
        for (UsagePlan plan : UsagePlan.values()) {
            PlanLayer own = plans.getOrDefault(plan, PlanLayer.EMPTY);
            PlanLayer inherited = parent.plans.getOrDefault(plan, PlanLayer.EMPTY);
            PlanLayer layer = own.over(inherited);
            if (!layer.equals(PlanLayer.EMPTY)) merged.put(plan, layer);
        }
        return new KnobsLayer(natGateways.or(parent::natGateways), logRetentionDays.or(parent::logRetentionDays),
                throttle.over(parent.throttle), merged, sender.or(parent::sender), stream.or(parent::stream),
                rtoMinutes.or(parent::rtoMinutes), telemetry.over(parent.telemetry), streamTransform.or(parent::streamTransform));
    }

    Knobs resolve(Sizing sizing) {
        Knobs preset = Knobs.preset(sizing);
        Map<UsagePlan, UsagePlanLimits> limits = new EnumMap<>(UsagePlan.class);
        plans.forEach((plan, layer) -> limits.put(plan, layer.resolve(plan.defaults())));
        return new Knobs(natGateways.orElse(preset.natGateways()), logRetentionDays.orElse(preset.logRetentionDays()),
                new ApiSettings(throttle.resolve(), limits), sender, stream.orElse(preset.stream()),
                rtoMinutes.orElse(preset.rtoMinutes()), telemetry.resolve(), streamTransform.orElse(false));
    }

    /** {@code api.throttle}: the default stage's rate and burst. */
    record ThrottleLayer(Optional<Located<Integer>> rateLimit, Optional<Located<Integer>> burstLimit) {
        static final ThrottleLayer EMPTY = new ThrottleLayer(Optional.empty(), Optional.empty());

        ThrottleLayer over(ThrottleLayer parent) {
            return new ThrottleLayer(rateLimit.or(parent::rateLimit), burstLimit.or(parent::burstLimit));
        }

        Throttle resolve() {
            Throttle d = ApiSettings.DEFAULT_THROTTLE;
            return new Throttle(rateLimit.map(Located::value).orElse(d.rateLimit()), burstLimit.map(Located::value).orElse(d.burstLimit()));
        }
    }

    /** {@code api.plans.<plan>}: one usage plan's rate, burst and monthly quota. */
    record PlanLayer(Optional<Located<Integer>> rateLimit, Optional<Located<Integer>> burstLimit, Optional<Integer> quotaPerMonth) {
        static final PlanLayer EMPTY = new PlanLayer(Optional.empty(), Optional.empty(), Optional.empty());

        PlanLayer over(PlanLayer parent) {
            return new PlanLayer(rateLimit.or(parent::rateLimit), burstLimit.or(parent::burstLimit), quotaPerMonth.or(parent::quotaPerMonth));
        }

        UsagePlanLimits resolve(UsagePlanLimits d) {
            return new UsagePlanLimits(rateLimit.map(Located::value).orElse(d.rateLimit()),
                    burstLimit.map(Located::value).orElse(d.burstLimit()), quotaPerMonth.orElse(d.quotaPerMonth()));
        }
    }
}
