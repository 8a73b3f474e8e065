package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A three-account fleet with a zone per environment: every record, health check and certificate validation of an
 * environment is in that environment's zone, each environment routes with its own policy, and the deploy simulation
 * is clean.
 */
class EnvironmentZonesTest {
    private static final GuardrailFleets.Synthesized FLEET = GuardrailFleets.get("three-zones");

    @Test
    void synthesizesCleanly() {
        assertThat(FLEET.result().errors()).isEmpty();
        assertThat(FLEET.result().verify().problems()).as(FLEET.result().verify().summary()).isEmpty();
    }

    @Test
    void everyRecordHealthCheckAndCertificateValidationIsInItsEnvironmentsZone() {
        for (Environment e : FLEET.fleet().environments()) {
            Dns dns = e.dns().orElseThrow();
            int records = 0, healthChecks = 0, certificates = 0;
            for (Map.Entry<String, JsonNode> resource : Templates.resources(FLEET, e.name())) {
                JsonNode r = resource.getValue(), p = r.path("Properties");
                String where = e.name() + " " + resource.getKey();
                switch (r.path("Type").asText()) {
                    case "AWS::Route53::RecordSet" -> {
                        records++;
                        assertThat(p.path("HostedZoneId").asText()).as(where).isEqualTo(dns.zoneId());
                        assertThat(p.path("Name").asText()).as(where).endsWith("." + dns.zoneName() + ".");
                    }
                    case "AWS::Route53::HealthCheck" -> {
                        healthChecks++;
                        assertThat(p.path("HealthCheckConfig").path("FullyQualifiedDomainName").asText()).as(where)
                                .endsWith("." + dns.zoneName());
                    }
                    case "AWS::CertificateManager::Certificate" -> {
                        certificates++;
                        assertThat(p.path("DomainName").asText()).as(where).endsWith("." + dns.zoneName());
                        assertThat(p.path("DomainValidationOptions")).as(where).isNotEmpty()
                                .allSatisfy(o -> assertThat(o.path("HostedZoneId").asText()).as(where).isEqualTo(dns.zoneId()));
                    }
                    default -> { }
                }
            }
            int regions = e.deployments().size();
            assertThat(healthChecks).as(e.name()).isEqualTo(regions);
            // a load balancer certificate per region and CloudFront's
            assertThat(certificates).as(e.name()).isEqualTo(regions + 1);
            assertThat(records).as(e.name()).isGreaterThan(regions);
        }
    }

    @Test
    void eachEnvironmentRoutesItsOwnNameWithItsOwnPolicy() {
        assertThat(routed("dev")).extracting(r -> r.path("Name").asText(), r -> r.path("Region").asText())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("dev.dev.report.example.com.", "eu-west-2"),
                        org.assertj.core.groups.Tuple.tuple("dev.dev.report.example.com.", "us-east-1"));
        assertThat(routed("staging")).extracting(r -> r.path("Name").asText(), r -> r.path("Failover").asText())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("www.staging.report.example.com.", "PRIMARY"),
                        org.assertj.core.groups.Tuple.tuple("www.staging.report.example.com.", "SECONDARY"));
        assertThat(routed("prod")).extracting(r -> r.path("GeoLocation").path("ContinentCode").asText(r.path("GeoLocation")
                        .path("CountryCode").asText()))
                .containsExactlyInAnyOrder("NA", "EU", "OC", "*");
    }

    @Test
    void theCloudFrontAndRegionalNamesFollowFromTheRecordName() {
        List<String> domains = Templates.resources(FLEET, "staging").stream()
                .filter(r -> r.getValue().path("Type").asText().equals("AWS::CertificateManager::Certificate"))
                .map(r -> r.getValue().path("Properties").path("DomainName").asText()).toList();
        assertThat(domains).containsExactlyInAnyOrder("eu-west-2.www.staging.report.example.com",
                "eu-west-1.www.staging.report.example.com", "cdn.www.staging.report.example.com");
    }

    /** The routed records (those with a set identifier) of one environment's global dns stack. */
    private static List<JsonNode> routed(String environment) {
        return Templates.resources(FLEET, environment).stream().map(Map.Entry::getValue)
                .filter(r -> r.path("Type").asText().equals("AWS::Route53::RecordSet"))
                .map(r -> r.path("Properties"))
                .filter(p -> p.has("SetIdentifier") && !p.path("Name").asText().startsWith("standby."))
                .toList();
    }
}
