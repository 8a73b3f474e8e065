package dev.regionstack.platform.service;

import dev.regionstack.platform.waf.WafLimits;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Objects;

/**
 * @param name             web ACL name (also the CloudWatch metric prefix). Required.
 * @param rateLimitPer5Min requests one client IP may send in any 5 minutes before it is blocked; 10 to 2,000,000,000.
 *                         Default: 2000.
 * @param blockedCountries ISO 3166-1 alpha-2 codes, upper case, each at most once, whose requests are blocked.
 *                         Default: none (no geo rule at all).
 * @param logs             where full request logs go: a log group {@code aws-waf-logs-<name>}. Default: null (none;
 *                         sampled requests and metrics only).
 */
public record RegionalWebAclProps(String name, int rateLimitPer5Min, List<String> blockedCountries, Logs logs) {
    /** Without request logs. */
    public RegionalWebAclProps(String name, int rateLimitPer5Min, List<String> blockedCountries) {
        this(name, rateLimitPer5Min, blockedCountries, null);
    }

    /**
     * The web ACL's request log group.
     *
     * @param key           encrypts the log group (its policy must let CloudWatch Logs use it). Required.
     * @param retention     how long the log lines are kept. Required.
     * @param removalPolicy what happens to the log group when it leaves the stack. Required.
     */
    public record Logs(IKey key, RetentionDays retention, RemovalPolicy removalPolicy) {
        public Logs {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(removalPolicy, "removalPolicy");
        }
    }

    public RegionalWebAclProps {
        Objects.requireNonNull(name, "name");
        rateLimitPer5Min = WafLimits.rateLimit(rateLimitPer5Min == 0 ? 2000 : rateLimitPer5Min);
        blockedCountries = WafLimits.countries(blockedCountries);
    }
}
