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
