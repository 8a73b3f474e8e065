package dev.regionstack.platform.edge;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
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
 * A CLOUDFRONT-scope WAFv2 web ACL: blocks the configured countries, rate-limits each client IP, then applies
 * the AWS managed rule groups (IP reputation, common rule set, known bad inputs). Must live in a us-east-1 stack.
 *
 * <p>This is the only place a CloudFront viewer's country can be checked: the geo rule matches the viewer's
 * address, while the origins' own (regional) web ACLs see the address of the CloudFront edge that connects to them.
 * So {@link EdgeWebAclProps#blockedCountries()} must hold every country that any origin must not serve.
 */
public final class EdgeWebAcl extends Construct {
    /** AWS managed rule groups, in evaluation order after the geo and rate rules. */
    static final List<String> MANAGED_RULE_GROUPS = List.of(
            "AWSManagedRulesAmazonIpReputationList",
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet");

    private final CfnWebACL webAcl;

    public EdgeWebAcl(Construct scope, String id, EdgeWebAclProps props) {
        super(scope, id);
        HomeRegion.require(this, HomeRegion.CLOUDFRONT, "a CLOUDFRONT-scope web ACL");
        List<RuleProperty> rules = new ArrayList<>();
        int priority = 0;
        if (!props.blockedCountries().isEmpty()) {
            rules.add(RuleProperty.builder()
                    .name("block-countries").priority(priority++)
                    .statement(StatementProperty.builder()
                            .geoMatchStatement(GeoMatchStatementProperty.builder().countryCodes(props.blockedCountries()).build())
                            .build())
                    .action(RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                    .visibilityConfig(visibility(props.name() + "-block-countries"))
                    .build());
        }
        rules.add(RuleProperty.builder()
                .name("rate-limit").priority(priority++)
                .statement(StatementProperty.builder()
                        .rateBasedStatement(RateBasedStatementProperty.builder()
                                .limit(props.rateLimitPer5Min()).evaluationWindowSec(300).aggregateKeyType("IP").build())
                        .build())
                .action(RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .visibilityConfig(visibility(props.name() + "-rate-limit"))
                .build());
        for (String group : MANAGED_RULE_GROUPS) {
            rules.add(RuleProperty.builder()
                    .name(group).priority(priority++)
                    .statement(StatementProperty.builder()
                            .managedRuleGroupStatement(ManagedRuleGroupStatementProperty.builder().vendorName("AWS").name(group).build())
                            .build())
                    // "none" keeps each managed rule's own action (block); "count" would only observe.
                    .overrideAction(OverrideActionProperty.builder().none(Map.of()).build())
                    .visibilityConfig(visibility(props.name() + "-" + group))
                    .build());
        }
        webAcl = CfnWebACL.Builder.create(this, "Resource")
                .name(props.name())
                .scope("CLOUDFRONT")
                .defaultAction(DefaultActionProperty.builder().allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility(props.name()))
                .rules(rules)
                .build();
    }

    private static VisibilityConfigProperty visibility(String metricName) {
        return VisibilityConfigProperty.builder()
                .metricName(metricName).cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).build();
    }

    /** The web ACL's ARN, which CloudFront takes as its {@code WebACLId}. */
    public String webAclArn() { return webAcl.getAttrArn(); }
}
