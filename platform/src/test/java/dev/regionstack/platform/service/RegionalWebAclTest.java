package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegionalWebAclTest {
    private static Template synth(RegionalWebAclProps props) {
        Stack stack = new Stack(new App(), "Test");
        new RegionalWebAcl(stack, "WebAcl", props);
        return Template.fromStack(stack);
    }

    @Test
    void rateRuleBlocksAtTheConfiguredLimitPerIp() {
        synth(new RegionalWebAclProps("acme-prod-app", 1500, List.of())).hasResourceProperties("AWS::WAFv2::WebACL",
                Match.objectLike(Map.of("Scope", "REGIONAL", "Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "RateLimitPerIp",
                        "Action", Map.of("Block", Map.of()),
                        "Statement", Map.of("RateBasedStatement", Map.of(
                                "Limit", 1500, "AggregateKeyType", "IP", "EvaluationWindowSec", 300)))))))));
    }

    @Test
    void geoRuleBlocksTheRegionsCountries() {
        synth(new RegionalWebAclProps("acme-prod-app", 2000, List.of("CN", "RU", "KP", "IR"))).hasResourceProperties(
                "AWS::WAFv2::WebACL", Match.objectLike(Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "BlockedCountries",
                        "Priority", 0,
                        "Action", Map.of("Block", Map.of()),
                        "Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", List.of("CN", "RU", "KP", "IR"))))))))));
    }

    @Test
    void noGeoRuleWithoutBlockedCountries() {
        Template t = synth(new RegionalWebAclProps("acme-dev-app", 2000, List.of()));
        Map<String, Map<String, Object>> acls = t.findResources("AWS::WAFv2::WebACL");
        assertThat(acls.toString()).doesNotContain("GeoMatchStatement");
        t.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of("Rules", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "RateLimitPerIp", "Priority", 0)))))));
    }

    @Test
    void managedRuleGroupsAreEvaluated() {
        Template t = synth(new RegionalWebAclProps("acme-dev-app", 2000, List.of("KP")));
        for (String group : List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesAmazonIpReputationList")) {
            t.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of("Rules", Match.arrayWith(List.of(
                    Match.objectLike(Map.of("Name", group, "OverrideAction", Map.of("None", Map.of()),
                            "Statement", Map.of("ManagedRuleGroupStatement", Map.of("VendorName", "AWS", "Name", group)))))))));
        }
    }

    @Test
    void rejectsARateLimitBelowTheWafMinimum() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RegionalWebAclProps("x", 5, List.of()));
        assertThat(e).hasMessage("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got 5");
    }

    @Test
    void rejectsLowerCaseCountryCodes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RegionalWebAclProps("x", 100, List.of("kp")));
        assertThat(e).hasMessage("blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got 'kp'");
    }

    @Test
    void rejectsACountryListedTwice() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RegionalWebAclProps("x", 100, List.of("KP", "KP")));
        assertThat(e).hasMessage("blockedCountries lists KP twice; list each country once");
    }
}
