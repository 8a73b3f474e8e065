package dev.regionstack.platform.service;

import dev.regionstack.platform.waf.WafScope;
import dev.regionstack.platform.waf.WebAclRules;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

import java.util.List;

/**
 * A WAFv2 web ACL of REGIONAL scope (for an ALB or an API Gateway stage): an optional geo-match block of the
 * region's blocked countries, a per-IP rate limit, then the AWS managed Common, KnownBadInputs and
 * AmazonIpReputationList rule groups. Everything else is allowed. With {@link RegionalWebAclProps#logs()}, every
 * request is logged to the KMS-encrypted log group {@code aws-waf-logs-<name>} (construct {@code Logs}, logging
 * configuration {@code Logging}), with the Authorization and Cookie headers redacted.
 */
public final class RegionalWebAcl extends Construct {
    private final CfnWebACL webAcl;

    public RegionalWebAcl(Construct scope, String id, RegionalWebAclProps props) {
        super(scope, id);
        webAcl = WebAclRules.webAcl(this, WafScope.REGIONAL, props.name(), props.blockedCountries(), props.rateLimitPer5Min());
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
}
