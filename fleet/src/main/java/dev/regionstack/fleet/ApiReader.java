package dev.regionstack.fleet;

import dev.regionstack.fleet.model.UsagePlan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code api}: {@code throttle {rateLimit, burstLimit}} of the default stage and {@code plans.<basic|premium|enterprise>
 * {rateLimit, burstLimit, quotaPerMonth}}. Ranges are API Gateway's: a rate up to the account's default throttle quota
 * per region (10,000 requests per second), a burst up to its bucket (5,000), a quota a positive 32-bit count.
 */
final class ApiReader {
    static final int MAX_RATE = 10_000;
    static final int MAX_BURST = 5_000;
    static final int MAX_QUOTA = Integer.MAX_VALUE;

    record Api(KnobsLayer.ThrottleLayer throttle, Map<UsagePlan, KnobsLayer.PlanLayer> plans) {
        static final Api EMPTY = new Api(KnobsLayer.ThrottleLayer.EMPTY, Map.of());
    }

    private ApiReader() {}

    static Api read(Node.Entry entry, String path, Values values) {
        Optional<Node.MapNode> map = values.map(entry.value(), path, "throttle: {rateLimit: 500, burstLimit: 1000}, plans: {...}");
        if (map.isEmpty()) return Api.EMPTY;
        MapFields f = MapFields.check(map.get(), entry.keyPosition(), path, List.of("throttle", "plans"), Map.of(), values);
        KnobsLayer.ThrottleLayer throttle = f.entry("throttle").flatMap(e -> values.map(e.value(), f.path("throttle"),
                        "rateLimit: 500, burstLimit: 1000")
                .map(m -> MapFields.check(m, e.keyPosition(), f.path("throttle"), List.of("rateLimit", "burstLimit"), Map.of(), values)))
                .map(t -> new KnobsLayer.ThrottleLayer(rate(t, values), burst(t, values)))
                .orElse(KnobsLayer.ThrottleLayer.EMPTY);
        Map<UsagePlan, KnobsLayer.PlanLayer> plans = new EnumMap<>(UsagePlan.class);
        f.entry("plans").flatMap(e -> values.map(e.value(), f.path("plans"), "basic: {rateLimit: 10, burstLimit: 20, quotaPerMonth: 100000}")
                .map(m -> MapFields.check(m, e.keyPosition(), f.path("plans"), KnobsReader.planNames(), Map.of(), values)))
                .ifPresent(p -> {
                    for (UsagePlan plan : UsagePlan.values()) {
                        p.entry(plan.fileName()).flatMap(e -> values.map(e.value(), p.path(plan.fileName()),
                                        "rateLimit: 10, burstLimit: 20, quotaPerMonth: 100000")
                                .map(m -> MapFields.check(m, e.keyPosition(), p.path(plan.fileName()),
                                        List.of("rateLimit", "burstLimit", "quotaPerMonth"), Map.of(), values)))
                                .ifPresent(l -> plans.put(plan, new KnobsLayer.PlanLayer(rate(l, values), burst(l, values),
                                        l.value("quotaPerMonth").flatMap(n -> values.integer(n, l.path("quotaPerMonth"), 1, MAX_QUOTA,
                                                "requests per API key per month")))));
                    }
                });
        return new Api(throttle, plans);
    }

    private static Optional<Located<Integer>> rate(MapFields f, Values values) {
        return f.value("rateLimit").flatMap(n -> values.integer(n, f.path("rateLimit"), 1, MAX_RATE,
                "requests per second; API Gateway's default throttle quota per account and region")
                .map(v -> new Located<>(v, n.position(), f.path("rateLimit"))));
    }

    private static Optional<Located<Integer>> burst(MapFields f, Values values) {
        return f.value("burstLimit").flatMap(n -> values.integer(n, f.path("burstLimit"), 1, MAX_BURST,
                "requests; API Gateway's default burst quota per account and region")
                .map(v -> new Located<>(v, n.position(), f.path("burstLimit"))));
    }
}
