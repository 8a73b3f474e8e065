package dev.regionstack.app.stacks;

import dev.regionstack.platform.guardrails.SuppressionRule;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * What {@link GlobalEdgeStack} accepts on its CloudFront web ACL (paths relative to the stack). The distribution's
 * own are EdgeDistribution's; this one belongs in the web ACL construct, where it moves with the one WAF builder.
 */
final class GlobalEdgeSuppressions {
    private GlobalEdgeSuppressions() {}

    static final List<SuppressionRule> ALL = List.of(
            on("AWS::WAFv2::WebACL", "WebAcl/Resource", of(NIST + "WAFv2LoggingEnabled", "The CloudFront web ACL lives in"
                    + " us-east-1, away from the environment's regional keys; it keeps sampled requests and per-rule metrics,"
                    + " while the regional web ACLs log every request.")));
}
