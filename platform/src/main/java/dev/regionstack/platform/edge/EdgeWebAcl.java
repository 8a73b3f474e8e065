package dev.regionstack.platform.edge;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.waf.WafScope;
import dev.regionstack.platform.waf.WebAclRules;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * A CLOUDFRONT-scope WAFv2 web ACL: blocks the configured countries, rate-limits each client IP, then applies
 * the AWS managed rule groups (IP reputation, common rule set, known bad inputs). Must live in a us-east-1 stack.
 *
 * <p>This is the only place a CloudFront viewer's country can be checked: the geo rule matches the viewer's
 * address, while the origins' own (regional) web ACLs see the address of the CloudFront edge that connects to them.
 * So {@link EdgeWebAclProps#blockedCountries()} must hold every country that any origin must not serve.
 */
public final class EdgeWebAcl extends Construct implements Guarded {
    /** Paths relative to this construct. */
    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::WAFv2::WebACL", "Resource", of(NIST + "WAFv2LoggingEnabled", "The CloudFront web ACL lives in"
                    + " us-east-1, away from the environment's regional keys; it keeps sampled requests and per-rule metrics,"
                    + " while the regional web ACLs log every request.")));

    private final CfnWebACL webAcl;

    public EdgeWebAcl(Construct scope, String id, EdgeWebAclProps props) {
        super(scope, id);
        HomeRegion.require(this, HomeRegion.CLOUDFRONT, "a CLOUDFRONT-scope web ACL");
        webAcl = WebAclRules.webAcl(this, WafScope.CLOUDFRONT, props.name(), props.blockedCountries(), props.rateLimitPer5Min());
    }

    /** The web ACL's ARN, which CloudFront takes as its {@code WebACLId}. */
    public String webAclArn() { return webAcl.getAttrArn(); }

    @Override public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }
}
