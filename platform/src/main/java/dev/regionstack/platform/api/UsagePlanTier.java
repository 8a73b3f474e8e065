package dev.regionstack.platform.api;

import java.util.List;

/**
 * One usage plan: a steady request rate with a burst allowance, and a monthly request quota, per API key.
 *
 * @param name          plan name suffix ({@code basic}, {@code premium}, {@code enterprise})
 * @param rateLimit     steady-state requests per second
 * @param burstLimit    requests allowed in a burst above the rate
 * @param monthlyQuota  requests per calendar month
 */
public record UsagePlanTier(String name, int rateLimit, int burstLimit, int monthlyQuota) {
    /**
     * The three plans. Each step is roughly 5-10x the one below; enterprise stays under the stage limit
     * ({@link CreditsApi#STAGE_RATE_LIMIT}) so that one key can never starve the others completely.
     */
    public static final List<UsagePlanTier> TIERS = List.of(
            new UsagePlanTier("basic", 10, 20, 100_000),
            new UsagePlanTier("premium", 50, 100, 1_000_000),
            new UsagePlanTier("enterprise", 200, 400, 10_000_000));
}
