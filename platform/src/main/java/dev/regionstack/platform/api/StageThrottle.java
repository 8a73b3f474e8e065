package dev.regionstack.platform.api;

/**
 * The API stage's throttle: the ceiling over all keys together.
 *
 * @param rateLimit  steady-state requests per second
 * @param burstLimit requests allowed in a burst above the rate
 */
public record StageThrottle(int rateLimit, int burstLimit) {
    /** Above the enterprise plan, so that one key can never starve the others completely. */
    public static final StageThrottle DEFAULT = new StageThrottle(CreditsApi.STAGE_RATE_LIMIT, CreditsApi.STAGE_BURST_LIMIT);

    public StageThrottle {
        if (rateLimit < 1 || burstLimit < 1) {
            throw new IllegalArgumentException("a stage throttle needs a positive rate and burst, got " + rateLimit + "/" + burstLimit);
        }
    }
}
