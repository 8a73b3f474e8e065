package dev.regionstack.platform.waf;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACL.AllowActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.BlockActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.DefaultActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.GeoMatchStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.ManagedRuleGroupStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.OverrideActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RateBasedStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.StatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.VisibilityConfigProperty;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one builder of regionstack's web ACLs, CLOUDFRONT or REGIONAL. Rules in evaluation order: a geo-match block of
 * the blocked countries (only when there are any), a per-IP rate limit over 5 minutes, then the AWS managed rule
 * groups with their own actions. Everything else is allowed. Both scopes use the same rule names, and every rule has
 * CloudWatch metrics and sampled requests under {@code <web ACL name>-<suffix>}: {@code BlockedCountries}
 * ({@code -blocked-countries}), {@code RateLimitPerIp} ({@code -rate-limit}), each managed group under its own name.
 */
public final class WebAclRules {
    /** The AWS managed rule groups, in evaluation order after the geo and rate rules. */
    public static final List<String> MANAGED_RULE_GROUPS = List.of(
            "AWSManagedRulesAmazonIpReputationList",
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet");
    /** The geo-match rule's name, and the suffix of its metric. */
    public static final String GEO_RULE = "BlockedCountries";
    static final String GEO_METRIC_SUFFIX = "-blocked-countries";
    /** The per-IP rate rule's name, and the suffix of its metric. */
    public static final String RATE_RULE = "RateLimitPerIp";
    static final String RATE_METRIC_SUFFIX = "-rate-limit";
    /** A rate-based rule counts each client IP's requests over this window (WAF's longest: 5 minutes). */
    static final int EVALUATION_WINDOW_SEC = 300;

    private WebAclRules() {}

    /**
     * The web ACL, as {@code owner}'s child {@code Resource}.
     *
     * @param name             the web ACL's name and the prefix of its metric names
     * @param blockedCountries as checked by {@link WafLimits#countries}; none: no geo rule
     * @param rateLimitPer5Min as checked by {@link WafLimits#rateLimit}
     */
    public static CfnWebACL webAcl(Construct owner, WafScope scope, String name, List<String> blockedCountries,
                                   int rateLimitPer5Min) {
        return CfnWebACL.Builder.create(owner, "Resource")
                .name(name)
                .scope(scope.name())
                .defaultAction(DefaultActionProperty.builder().allow(AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility(name))
                .rules(rules(name, blockedCountries, rateLimitPer5Min))
                .build();
    }

    /** The rules, priorities from 0 in evaluation order. */
    public static List<RuleProperty> rules(String metricPrefix, List<String> blockedCountries, int rateLimitPer5Min) {
        List<RuleProperty> rules = new ArrayList<>();
        int priority = 0;
        if (!blockedCountries.isEmpty()) {
            rules.add(RuleProperty.builder()
                    .name(GEO_RULE).priority(priority++)
                    .statement(StatementProperty.builder()
                            .geoMatchStatement(GeoMatchStatementProperty.builder().countryCodes(blockedCountries).build())
                            .build())
                    .action(block())
                    .visibilityConfig(visibility(metricPrefix + GEO_METRIC_SUFFIX))
                    .build());
        }
        rules.add(RuleProperty.builder()
                .name(RATE_RULE).priority(priority++)
                .statement(StatementProperty.builder()
                        .rateBasedStatement(RateBasedStatementProperty.builder()
                                .limit(rateLimitPer5Min).evaluationWindowSec(EVALUATION_WINDOW_SEC).aggregateKeyType("IP").build())
                        .build())
                .action(block())
                .visibilityConfig(visibility(metricPrefix + RATE_METRIC_SUFFIX))
                .build());
        for (String group : MANAGED_RULE_GROUPS) {
            rules.add(RuleProperty.builder()
                    .name(group).priority(priority++)
                    .statement(StatementProperty.builder()
                            .managedRuleGroupStatement(ManagedRuleGroupStatementProperty.builder().vendorName("AWS").name(group).build())
                            .build())
                    // "none" keeps each managed rule's own action (block); "count" would only observe.
                    .overrideAction(OverrideActionProperty.builder().none(Map.of()).build())
                    .visibilityConfig(visibility(metricPrefix + "-" + group))
                    .build());
        }
        return List.copyOf(rules);
    }

    /** CloudWatch metrics and sampled requests on, under {@code metricName}. */
    static VisibilityConfigProperty visibility(String metricName) {
        return VisibilityConfigProperty.builder()
                .metricName(metricName).cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).build();
    }

    private static RuleActionProperty block() {
        return RuleActionProperty.builder().block(BlockActionProperty.builder().build()).build();
    }
}
