package dev.regionstack.platform.service;

import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * A WAFv2 web ACL of REGIONAL scope (for an ALB or an API Gateway stage): an optional geo-match block of the
 * region's blocked countries, a per-IP rate limit, then the AWS managed Common, KnownBadInputs and
 * AmazonIpReputationList rule groups. Everything else is allowed. With {@link RegionalWebAclProps#logs()}, every
 * request is logged to the KMS-encrypted log group {@code aws-waf-logs-<name>} (construct {@code Logs}, logging
 * configuration {@code Logging}), with the Authorization and Cookie headers redacted.
 */
public final class RegionalWebAcl extends Construct {
    /** The AWS managed rule groups, in evaluation order. */
    public static final List<String> MANAGED_RULE_GROUPS =
            List.of("AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet");

    private final CfnWebACL webAcl;

    public RegionalWebAcl(Construct scope, String id, RegionalWebAclProps props) {
        super(scope, id);
        List<Object> rules = new ArrayList<>();
        int priority = 0;
        if (!props.blockedCountries().isEmpty()) {
            rules.add(CfnWebACL.RuleProperty.builder()
                    .name("BlockedCountries")
                    .priority(priority++)
                    .action(CfnWebACL.RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                    .statement(CfnWebACL.StatementProperty.builder()
                            .geoMatchStatement(CfnWebACL.GeoMatchStatementProperty.builder()
                                    .countryCodes(props.blockedCountries()).build())
                            .build())
                    .visibilityConfig(visibility(props.name() + "-blocked-countries"))
                    .build());
        }
        rules.add(CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerIp")
                .priority(priority++)
                .action(CfnWebACL.RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(props.rateLimitPer5Min())
                                .evaluationWindowSec(300)
                                .aggregateKeyType("IP")
                                .build())
                        .build())
                .visibilityConfig(visibility(props.name() + "-rate-limit"))
                .build());
        for (String group : MANAGED_RULE_GROUPS) {
            rules.add(CfnWebACL.RuleProperty.builder()
                    .name(group)
                    .priority(priority++)
                    .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(java.util.Map.of()).build())
                    .statement(CfnWebACL.StatementProperty.builder()
                            .managedRuleGroupStatement(CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                                    .vendorName("AWS").name(group).build())
                            .build())
                    .visibilityConfig(visibility(props.name() + "-" + group))
                    .build());
        }
        webAcl = CfnWebACL.Builder.create(this, "Resource")
                .name(props.name())
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder().allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility(props.name()))
                .rules(rules)
                .build();
        if (props.logs() != null) logRequests(props);
    }

    private void logRequests(RegionalWebAclProps props) {
        String logGroupName = "aws-waf-logs-" + props.name(); // WAF delivers only to log groups named aws-waf-logs-*
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName(logGroupName)
                .encryptionKey(props.logs().key())
                .retention(props.logs().retention())
                .removalPolicy(props.logs().removalPolicy())
                .build();
        // The destination is the log group's ARN without the ":*" suffix LogGroup.getLogGroupArn() carries.
        String destination = Stack.of(this).formatArn(ArnComponents.builder()
                .service("logs").resource("log-group").resourceName(logGroupName)
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        CfnLoggingConfiguration logging = CfnLoggingConfiguration.Builder.create(this, "Logging")
                .resourceArn(webAcl.getAttrArn())
                .logDestinationConfigs(List.of(destination))
                .redactedFields(List.of(redactedHeader("authorization"), redactedHeader("cookie")))
                .build();
        logging.getNode().addDependency(logs);
    }

    private static CfnLoggingConfiguration.FieldToMatchProperty redactedHeader(String name) {
        return CfnLoggingConfiguration.FieldToMatchProperty.builder()
                .singleHeader(java.util.Map.of("Name", name))
                .build();
    }

    /** Associates the web ACL with an ALB or an API Gateway stage. */
    public CfnWebACLAssociation associate(String id, String resourceArn) {
        CfnWebACLAssociation association = CfnWebACLAssociation.Builder.create(this, id)
                .resourceArn(resourceArn)
                .webAclArn(webAcl.getAttrArn())
                .build();
        return association;
    }

    public String webAclArn() { return webAcl.getAttrArn(); }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true)
                .sampledRequestsEnabled(true)
                .metricName(metricName)
                .build();
    }
}
