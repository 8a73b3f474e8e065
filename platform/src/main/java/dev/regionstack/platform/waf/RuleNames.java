package dev.regionstack.platform.waf;

import java.util.Objects;

/**
 * The names of a web ACL's own rules (the managed groups are named after themselves), and the suffixes of their
 * metric names after the web ACL's name.
 *
 * @param geoRule         the geo-match rule. Required.
 * @param geoMetricSuffix appended to the web ACL name for the geo rule's metric, e.g. {@code -blocked-countries}. Required.
 * @param rateRule        the per-IP rate rule. Required.
 * @param rateMetricSuffix appended to the web ACL name for the rate rule's metric, e.g. {@code -rate-limit}. Required.
 */
public record RuleNames(String geoRule, String geoMetricSuffix, String rateRule, String rateMetricSuffix) {
    public RuleNames {
        Objects.requireNonNull(geoRule, "geoRule");
        Objects.requireNonNull(geoMetricSuffix, "geoMetricSuffix");
        Objects.requireNonNull(rateRule, "rateRule");
        Objects.requireNonNull(rateMetricSuffix, "rateMetricSuffix");
    }
}
