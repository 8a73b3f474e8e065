package dev.regionstack.platform.security;

/**
 * @param aggregateFindings this region aggregates Security Hub findings of every region (one per account). Default: false.
 */
public record ThreatDetectionProps(boolean aggregateFindings) {
}
