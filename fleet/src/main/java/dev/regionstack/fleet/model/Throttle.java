package dev.regionstack.fleet.model;

/**
 * API Gateway throttling: a steady request rate with a token bucket for bursts.
 *
 * @param rateLimit  steady-state requests per second
 * @param burstLimit requests a burst may take above the rate (the bucket's size)
 */
public record Throttle(int rateLimit, int burstLimit) {}
