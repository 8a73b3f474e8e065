package dev.regionstack.fleet.model;

/**
 * One usage plan's limits, per API key.
 *
 * @param rateLimit     steady-state requests per second
 * @param burstLimit    requests allowed in a burst above the rate
 * @param quotaPerMonth requests per calendar month
 */
public record UsagePlanLimits(int rateLimit, int burstLimit, int quotaPerMonth) {}
