package dev.regionstack.platform.edge;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EdgeWebAclTest {

    static Stack stackIn(String region) {
        return new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region(region).build()).build());
    }

    private static Template template(EdgeWebAclProps props) {
        Stack stack = stackIn("us-east-1");
        new EdgeWebAcl(stack, "WebAcl", props);
        return Template.fromStack(stack);
    }

    @Test
    void isCloudFrontScopedAndAllowsByDefault() {
        template(new EdgeWebAclProps("acme-prod-edge", List.of(), 2000)).hasResourceProperties("AWS::WAFv2::WebACL", Map.of(
                "Name", "acme-prod-edge",
                "Scope", "CLOUDFRONT",
                "DefaultAction", Map.of("Allow", Map.of())));
    }

    @Test
    void blocksTheConfiguredCountriesFirst() {
        template(new EdgeWebAclProps("acme-prod-edge", List.of("CN", "RU", "KP"), 2000)).hasResourceProperties("AWS::WAFv2::WebACL",
                Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "BlockedCountries",
                        "Priority", 0,
                        "Action", Map.of("Block", Map.of()),
                        "Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", List.of("CN", "RU", "KP")))))))));
    }

    @Test
    void rateLimitsEachClientIp() {
        template(new EdgeWebAclProps("acme-prod-edge", List.of(), 750)).hasResourceProperties("AWS::WAFv2::WebACL",
                Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "RateLimitPerIp",
                        "VisibilityConfig", Map.of("MetricName", "acme-prod-edge-rate-limit",
                                "CloudWatchMetricsEnabled", true, "SampledRequestsEnabled", true),
                        "Action", Map.of("Block", Map.of()),
                        "Statement", Map.of("RateBasedStatement", Map.of(
                                "Limit", 750, "AggregateKeyType", "IP", "EvaluationWindowSec", 300))))))));
    }

    @Test
    void withoutBlockedCountriesHasNoGeoRule() {
        Map<String, Map<String, Object>> acls = template(new EdgeWebAclProps("acme-prod-edge", List.of(), 2000))
                .findResources("AWS::WAFv2::WebACL");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) acls.values().iterator().next()
                .get("Properties")).get("Rules");
        assertThat(rules).extracting(r -> r.get("Name")).containsExactly("RateLimitPerIp",
                "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet");
    }

    @Test
    void appliesTheAwsManagedRuleGroupsWithTheirOwnActions() {
        template(new EdgeWebAclProps("acme-prod-edge", List.of(), 2000)).hasResourceProperties("AWS::WAFv2::WebACL",
                Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "AWSManagedRulesCommonRuleSet",
                        "OverrideAction", Map.of("None", Map.of()),
                        "Statement", Map.of("ManagedRuleGroupStatement",
                                Map.of("VendorName", "AWS", "Name", "AWSManagedRulesCommonRuleSet"))))))));
    }

    @Test
    void refusesAStackOutsideUsEast1() {
        Stack stack = stackIn("eu-west-2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeWebAcl(stack, "WebAcl", new EdgeWebAclProps("acme-prod-edge", List.of(), 2000)));
        assertThat(e).hasMessage("a CLOUDFRONT-scope web ACL must be in a us-east-1 stack (a CLOUDFRONT-scope web ACL is"
                + " managed only from us-east-1); this stack is in eu-west-2");
    }

    @Test
    void refusesACountryCodeThatIsNotUpperCaseAlpha2() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeWebAclProps("acme-prod-edge", List.of("KP", "ru"), 2000));
        assertThat(e).hasMessage("blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got 'ru'");
    }

    @Test
    void refusesACountryListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeWebAclProps("acme-prod-edge", List.of("KP", "CN", "KP"), 2000));
        assertThat(e).hasMessage("blockedCountries lists KP twice; list each country once");
    }

    @Test
    void refusesARateLimitBelowTheWafMinimum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EdgeWebAclProps("acme-prod-edge", List.of(), 5));
        assertThat(e).hasMessage("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got 5");
    }
}
