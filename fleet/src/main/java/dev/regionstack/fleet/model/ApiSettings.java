package dev.regionstack.fleet.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The credits API's throttling.
 *
 * @param throttle the default stage's throttle: the ceiling over all keys together. Default: {@link #DEFAULT_THROTTLE}.
 * @param plans    every usage plan's limits, all three always present. Default: {@link UsagePlan#defaults()}.
 */
public record ApiSettings(Throttle throttle, Map<UsagePlan, UsagePlanLimits> plans) {
    /** Above the enterprise plan, so that one key can never take the whole stage. */
    public static final Throttle DEFAULT_THROTTLE = new Throttle(500, 1000);
    public static final ApiSettings DEFAULT = new ApiSettings(DEFAULT_THROTTLE, Map.of());

    public ApiSettings {
        Map<UsagePlan, UsagePlanLimits> all = new EnumMap<>(UsagePlan.class);
        for (UsagePlan plan : UsagePlan.values()) all.put(plan, plan.defaults());
        if (plans != null) all.putAll(plans);
        plans = Collections.unmodifiableMap(all);
    }
}
