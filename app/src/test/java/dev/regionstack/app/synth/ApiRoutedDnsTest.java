package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import org.junit.jupiter.api.Test;

import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code dns} and {@code api} but no {@code app}, the environment's records route to the API's regional custom
 * domains: each region has its certificate (validated in the zone), a REGIONAL {@code AWS::ApiGateway::DomainName}
 * for the routed name and one for its own name, each mapped to the stage, and a {@code GET /health} route the
 * Route53 health checks request.
 */
class ApiRoutedDnsTest {
    private static final GuardrailFleets.Synthesized FLEET = GuardrailFleets.get("api-dns-no-app");
    private static final String ZONE_ID = "Z00000000000CREDITZONE";

    @Test
    void synthesizesCleanly() {
        assertThat(FLEET.result().errors()).isEmpty();
        assertThat(FLEET.result().verify().problems()).as(FLEET.result().verify().summary()).isEmpty();
    }

    @Test
    void eachRegionsApiHasItsRegionalCustomDomains() {
        for (String region : List.of("us-east-1", "eu-west-1")) {
            List<JsonNode> resources = resources("credits-prod-" + region + "-api");
            assertThat(ofType(resources, "AWS::ApiGateway::DomainName")).extracting(p -> p.path("DomainName").asText(),
                            p -> p.path("EndpointConfiguration").path("Types").get(0).asText(), p -> p.path("SecurityPolicy").asText())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("api.credits.example.com", "REGIONAL", "TLS_1_2"),
                            org.assertj.core.groups.Tuple.tuple(region + ".api.credits.example.com", "REGIONAL", "TLS_1_2"));
            assertThat(ofType(resources, "AWS::ApiGateway::BasePathMapping")).hasSize(2);
            assertThat(ofType(resources, "AWS::CertificateManager::Certificate")).singleElement().satisfies(c -> {
                assertThat(c.path("DomainName").asText()).isEqualTo(region + ".api.credits.example.com");
                assertThat(c.path("DomainValidationOptions")).allSatisfy(o -> assertThat(o.path("HostedZoneId").asText()).isEqualTo(ZONE_ID));
            });
            assertThat(ofType(resources, "AWS::ApiGateway::Method")).anySatisfy(m -> {
                assertThat(m.path("HttpMethod").asText()).isEqualTo("GET");
                assertThat(m.path("AuthorizationType").asText()).isEqualTo("NONE");
                assertThat(m.path("Integration").path("Type").asText()).isEqualTo("MOCK");
            });
        }
    }

    @Test
    void theRecordsRouteToTheApiDomainsWithHealthChecksOnItsHealthRoute() {
        List<JsonNode> dns = resources("credits-prod-global-dns");
        assertThat(ofType(dns, "AWS::Route53::HealthCheck")).extracting(h -> h.path("HealthCheckConfig").path("FullyQualifiedDomainName").asText(),
                        h -> h.path("HealthCheckConfig").path("ResourcePath").asText())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("us-east-1.api.credits.example.com", "/health"),
                        org.assertj.core.groups.Tuple.tuple("eu-west-1.api.credits.example.com", "/health"));
        List<JsonNode> latency = ofType(dns, "AWS::Route53::RecordSet").stream().filter(r -> r.has("Region")).toList();
        assertThat(latency).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("Name").asText()).isEqualTo("api.credits.example.com.");
            assertThat(r.path("HostedZoneId").asText()).isEqualTo(ZONE_ID);
            // the API domain's alias target, read from its region's parameters (no dualstack prefix: not a load balancer)
            assertThat(r.path("AliasTarget").path("DNSName").toString()).doesNotContain("dualstack");
            assertThat(r.path("AliasTarget").path("EvaluateTargetHealth").asBoolean()).isFalse();
        });
    }

    private static List<JsonNode> resources(String stack) {
        List<JsonNode> all = new java.util.ArrayList<>();
        Templates.template(FLEET, stack).path("Resources").properties().forEach(e -> all.add(e.getValue()));
        return all;
    }

    private static List<JsonNode> ofType(List<JsonNode> resources, String type) {
        return resources.stream().filter(r -> r.path("Type").asText().equals(type)).map(r -> r.path("Properties")).toList();
    }

}
