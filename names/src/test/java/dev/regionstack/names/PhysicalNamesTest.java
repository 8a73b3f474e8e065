package dev.regionstack.names;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The physical names every stack uses, pinned: a change here renames (and so replaces) deployed resources. */
class PhysicalNamesTest {
    @Test
    void environmentWideNamesStartWithTheProjectAndEnvironment() {
        assertThat(PhysicalNames.prefix("acme", "prod")).isEqualTo("acme-prod");
        assertThat(List.of(
                PhysicalNames.table("acme", "prod"),
                PhysicalNames.auroraGlobalCluster("acme", "prod"),
                PhysicalNames.auroraSecret("acme", "prod"),
                PhysicalNames.alertTopic("acme", "prod"),
                PhysicalNames.observabilityAlertTopic("acme", "prod"),
                PhysicalNames.eventBus("acme", "prod"),
                PhysicalNames.appWebAcl("acme", "prod"),
                PhysicalNames.apiWebAcl("acme", "prod"),
                PhysicalNames.edgeWebAcl("acme", "prod"),
                PhysicalNames.edgeAccessLogs("acme", "prod"),
                PhysicalNames.accelerator("acme", "prod"),
                PhysicalNames.function("acme", "prod", "payments"),
                PhysicalNames.globalStack("acme", "prod", "global-edge")))
                .containsExactly("acme-prod-main", "acme-prod-aurora", "acme-prod-aurora-credentials", "acme-prod-alerts",
                        "acme-prod-observability-alerts", "acme-prod-events", "acme-prod-app", "acme-prod-api", "acme-prod-edge",
                        "acme-prod", "acme-prod", "acme-prod-payments", "acme-prod-global-edge");
    }

    @Test
    void regionalNamesAddTheRegionAfterThePrefix() {
        assertThat(PhysicalNames.regionalStack("acme", "prod", "us-east-2", "data")).isEqualTo("acme-prod-us-east-2-data");
        assertThat(PhysicalNames.auroraCluster("acme", "prod", "us-east-2")).isEqualTo("acme-prod-us-east-2-aurora");
        assertThat(PhysicalNames.dataBucket("acme", "prod", "us-east-2", "111111111111"))
                .isEqualTo("acme-prod-us-east-2-111111111111-data");
        assertThat(PhysicalNames.monitoring("acme", "prod", "us-east-2")).isEqualTo("acme-prod-us-east-2");
    }

    @Test
    void anAlarmIsNamedAfterItsRegionsMonitoring() {
        // The Region switch plans name the alarms the observability stacks create from the monitoring prefix.
        assertThat(PhysicalNames.alarm("acme", "prod", "us-west-2", "alb-target-5xx"))
                .isEqualTo(PhysicalNames.monitoring("acme", "prod", "us-west-2") + "-alb-target-5xx")
                .isEqualTo("acme-prod-us-west-2-alb-target-5xx");
    }

    @Test
    void namesThatDoNotStartWithThePrefix() {
        assertThat(PhysicalNames.keyAlias("acme", "prod")).isEqualTo("alias/acme-prod-data");
        assertThat(PhysicalNames.parameter("acme", "prod", "eu-west-1", "app", "alb-arn")).isEqualTo("/acme/prod/eu-west-1/app/alb-arn");
        assertThat(PhysicalNames.regionSwitchPlan("acme", "prod", "us-east-2")).matches("prod-us-east-2-[0-9a-f]{6}")
                .isNotEqualTo(PhysicalNames.regionSwitchPlan("acme2", "prod", "us-east-2"));
        PhysicalNames.Domain domain = new PhysicalNames.Domain("prod", "example.com");
        assertThat(PhysicalNames.regionalDomain(domain, "us-east-2")).isEqualTo("us-east-2.prod.example.com");
        assertThat(PhysicalNames.cdnDomain(domain)).isEqualTo("cdn.prod.example.com");
    }

    @Test
    void theCheckedNamesAreTheOnesTheStacksUse() {
        List<PhysicalNames.Named> names = PhysicalNames.of("acme", "prod", "us-east-2", "111111111111",
                Optional.of(new PhysicalNames.Domain("prod", "example.com")));
        assertThat(names).extracting(PhysicalNames.Named::name).contains(
                PhysicalNames.regionalStack("acme", "prod", "us-east-2", "peering-routes"),
                PhysicalNames.globalStack("acme", "prod", "global-resilience"),
                PhysicalNames.dataBucket("acme", "prod", "us-east-2", "111111111111"),
                PhysicalNames.table("acme", "prod"),
                PhysicalNames.function("acme", "prod", "threshold-notification"),
                PhysicalNames.regionalDomain(new PhysicalNames.Domain("prod", "example.com"), "us-east-2"));
        assertThat(names).allSatisfy(n -> assertThat(n.problem()).as(n.what()).isEmpty());
    }

    /** The commercial regions of 2026, and GovCloud's. */
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
            "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2",
            "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2",
            "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1",
            "mx-central-1", "sa-east-1", "us-gov-west-1", "us-gov-east-1");

    @Test
    void regionCodesAreShortAndDistinct() {
        assertThat(PhysicalNames.regionCode("us-east-1")).isEqualTo("use1");
        assertThat(PhysicalNames.regionCode("ap-southeast-2")).isEqualTo("apse2");
        assertThat(PhysicalNames.regionCode("ap-northeast-3")).isEqualTo("apne3");
        assertThat(PhysicalNames.regionCode("eu-central-2")).isEqualTo("euc2");
        assertThat(PhysicalNames.regionCode("us-gov-west-1")).isEqualTo("usgw1");
        assertThat(REGIONS.stream().map(PhysicalNames::regionCode).distinct()).hasSameSizeAs(REGIONS);
        assertThat(REGIONS).allSatisfy(r -> assertThat(PhysicalNames.regionCode(r).length()).isLessThanOrEqualTo(6));
    }

    @Test
    void theSearchDomainFitsOpenSearchsTwentyEightCharactersForTheLongestEnvironmentAndRegion() {
        NameRule rule = NameRules.of("AWS::OpenSearchService::Domain", "DomainName");
        assertThat(PhysicalNames.searchDomain("acme", "prod", "us-east-2")).matches("prod-use2-[0-9a-f]{6}")
                .isNotEqualTo(PhysicalNames.searchDomain("acme2", "prod", "us-east-2"));
        for (String region : REGIONS) {
            String longest = PhysicalNames.searchDomain("a-very-long-project-name", "abcdefghij", region);
            assertThat(rule.problem(longest)).as(longest).isEmpty();
        }
        assertThat(rule.problem("a".repeat(29))).hasValue("it is 29 characters, 1 over OpenSearch Service's 28");
        assertThat(rule.problem("Prod-use1")).isPresent();
    }

    @Test
    void theSamplingRuleFitsXRaysThirtyTwoCharacters() {
        NameRule rule = NameRules.of("AWS::XRay::SamplingRule", "RuleName");
        assertThat(PhysicalNames.samplingRule("acme", "prod", "us-east-2")).matches("prod-us-east-2-[0-9a-f]{6}");
        for (String region : REGIONS) {
            assertThat(rule.problem(PhysicalNames.samplingRule("acme", "abcdefghij", region))).isEmpty();
        }
        assertThat(PhysicalNames.logShipper("acme", "prod")).isEqualTo("acme-prod-log-shipper");
    }

    @Test
    void theImageRepositoryIsNamespacedSoItsPrefixMatchesOnlyItsEnvironment() {
        assertThat(PhysicalNames.imageRepository("acme", "prod")).isEqualTo("acme-prod/app");
        assertThat(PhysicalNames.imageRepositoryPrefix("acme", "prod")).isEqualTo("acme-prod/");
        // prod's filter must not match prod2's repository (a bare "acme-prod" prefix would)
        assertThat(PhysicalNames.imageRepository("acme", "prod2")).doesNotStartWith(PhysicalNames.imageRepositoryPrefix("acme", "prod"));
        assertThat(PhysicalNames.imageBuildRole("acme", "prod")).isEqualTo("acme-prod-image-build");
    }

    @Test
    void ecrRefusesWhatItsRepositoryNamePatternRefuses() {
        NameRule ecr = NameRules.of("AWS::ECR::Repository", "RepositoryName");
        assertThat(ecr.problem("acme-prod/app")).isEmpty();
        assertThat(ecr.problem("a--b/app")).isPresent();      // two separators in a row
        assertThat(ecr.problem("Acme-prod/app")).isPresent(); // uppercase
        assertThat(ecr.problem("a")).isPresent();             // under 2 characters
        assertThat(ecr.problem("a".repeat(257))).isPresent();
        assertThat(PhysicalNames.of("a--b", "prod", "us-east-2", "111111111111", Optional.empty()))
                .filteredOn(n -> n.what().equals("the image repository"))
                .singleElement().satisfies(n -> assertThat(n.problem()).isPresent());
    }

    @Test
    void metricsAndDashboardWorkspaces() {
        assertThat(PhysicalNames.prometheusWorkspace("acme", "prod", "eu-west-1")).isEqualTo("acme-prod-eu-west-1");
        assertThat(PhysicalNames.grafanaWorkspace("acme", "prod")).isEqualTo("acme-prod");
        assertThat(NameRules.of("AWS::Grafana::Workspace", "Name").problem("acme prod")).isPresent();
        assertThat(NameRules.of("AWS::APS::Workspace", "Alias").problem("a".repeat(101))).isPresent();
        assertThat(NameRules.of("AWS::APS::Workspace", "Alias").problem("a".repeat(100))).isEmpty();
    }
}
