package dev.regionstack.app.resilience;

/**
 * What one data store or entry point gives by construction when a region is lost or switched away from.
 *
 * @param store what it is, e.g. {@code DynamoDB global table acme-prod-main}
 * @param event {@code region loss} (unplanned) or {@code planned switchover}
 * @param rpo   the recovery point: what can be lost, e.g. {@code 0} or {@code typically under 1 s}
 * @param rto   the recovery time: until it serves again from another region
 * @param why   the configuration (and AWS's own figure) it follows from
 */
public record RecoveryObjective(String store, String event, String rpo, String rto, String why) {}
