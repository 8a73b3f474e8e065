package dev.regionstack.platform.waf;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebAclRulesTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> webAcl(WafScope scope, List<String> countries, int rate) {
        Stack stack = new Stack(new App(), "Test");
        Construct owner = new Construct(stack, "WebAcl");
        WebAclRules.webAcl(owner, scope, "acme-prod-x", countries, rate);
        Map<String, Map<String, Object>> acls = Template.fromStack(stack).findResources("AWS::WAFv2::WebACL");
        assertThat(acls).hasSize(1);
        return (Map<String, Object>) acls.values().iterator().next().get("Properties");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> acl) {
        return (List<Map<String, Object>>) acl.get("Rules");
    }

    @Test
    void isTheOwnersResourceInTheGivenScope() {
        Stack stack = new Stack(new App(), "Test");
        Construct owner = new Construct(stack, "WebAcl");
        WebAclRules.webAcl(owner, WafScope.REGIONAL, "acme-prod-x", List.of(), 2000);
        assertThat(owner.getNode().findChild("Resource").getNode().getPath()).isEqualTo("Test/WebAcl/Resource");
        assertThat(webAcl(WafScope.CLOUDFRONT, List.of(), 2000)).containsEntry("Scope", "CLOUDFRONT")
                .containsEntry("Name", "acme-prod-x")
                .containsEntry("DefaultAction", Map.of("Allow", Map.of()))
                .containsEntry("VisibilityConfig", Map.of("MetricName", "acme-prod-x",
                        "CloudWatchMetricsEnabled", true, "SampledRequestsEnabled", true));
    }

    @Test
    void evaluatesGeoThenRateThenTheManagedGroupsWithConsecutivePriorities() {
        List<Map<String, Object>> rules = rules(webAcl(WafScope.REGIONAL, List.of("KP", "IR"), 500));
        assertThat(rules).extracting(r -> r.get("Name")).containsExactly("BlockedCountries", "RateLimitPerIp",
                "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet");
        assertThat(rules).extracting(r -> r.get("Priority")).containsExactly(0, 1, 2, 3, 4);
        assertThat(rules.get(0)).containsEntry("Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", List.of("KP", "IR"))))
                .containsEntry("Action", Map.of("Block", Map.of()));
        assertThat(rules.get(1)).containsEntry("Statement", Map.of("RateBasedStatement",
                Map.of("Limit", 500, "EvaluationWindowSec", 300, "AggregateKeyType", "IP")));
    }

    @Test
    void bothScopesNameTheirRulesAndMetricsAlike() {
        for (WafScope scope : WafScope.values()) {
            assertThat(rules(webAcl(scope, List.of("KP"), 2000))).extracting(r -> r.get("Name")).startsWith("BlockedCountries", "RateLimitPerIp");
        }
    }

    @Test
    void namesEachMetricAfterTheWebAcl() {
        assertThat(rules(webAcl(WafScope.REGIONAL, List.of("KP"), 2000)))
                .extracting(r -> (Object) ((Map<?, ?>) r.get("VisibilityConfig")).get("MetricName"))
                .containsExactly("acme-prod-x-blocked-countries", "acme-prod-x-rate-limit", "acme-prod-x-AWSManagedRulesAmazonIpReputationList",
                        "acme-prod-x-AWSManagedRulesCommonRuleSet", "acme-prod-x-AWSManagedRulesKnownBadInputsRuleSet");
    }

    @Test
    void withoutCountriesTheRateRuleComesFirst() {
        List<Map<String, Object>> rules = rules(webAcl(WafScope.CLOUDFRONT, List.of(), 2000));
        assertThat(rules).extracting(r -> r.get("Name")).doesNotContain("BlockedCountries");
        assertThat(rules.get(0)).containsEntry("Name", "RateLimitPerIp").containsEntry("Priority", 0);
    }

    @Test
    void keepsTheManagedRulesOwnActions() {
        List<Map<String, Object>> rules = rules(webAcl(WafScope.REGIONAL, List.of(), 2000));
        assertThat(rules.subList(1, rules.size())).allSatisfy(r -> assertThat(r)
                .containsEntry("OverrideAction", Map.of("None", Map.of()))
                .doesNotContainKey("Action"));
    }
}
