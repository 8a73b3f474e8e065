package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dashboards: grafana} needs a primary region where Amazon Managed Grafana runs. */
class GrafanaRegionsTest {
    private static String fleet(String primary, String other) {
        return """
                project: acme
                defaults:
                  observability: {dashboards: grafana}
                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      %s: {cidr: 10.0.0.0/16, primary: true}
                      %s: {cidr: 10.1.0.0/16}
                """.formatted(primary, other);
    }

    @Test
    void aPrimaryRegionWithoutGrafanaIsRefusedWithTheRegionsThatWouldDo() {
        assertThat(Fleets.problems(fleet("eu-west-3", "eu-west-1"))).containsExactly(
                "error: fleet.yaml:3:31: defaults.observability.dashboards: `dashboards: grafana` puts the Grafana workspace of `prod`"
                        + " in its primary region `eu-west-3`, which Amazon Managed Grafana does not offer (it offers us-east-1,"
                        + " us-east-2, us-west-2, eu-central-1, eu-west-1, eu-west-2, ap-northeast-1, ap-northeast-2, ap-southeast-1,"
                        + " ap-southeast-2); make `eu-west-1` primary, or choose `dashboards: cloudwatch` for this environment");
    }

    @Test
    void withNoRegionOfferingItOnlyCloudWatchIsSuggested() {
        assertThat(Fleets.problems(fleet("sa-east-1", "ca-central-1")).get(0))
                .endsWith("ap-southeast-2); or choose `dashboards: cloudwatch` for this environment");
    }

    @Test
    void aPrimaryRegionWithGrafanaLoads() {
        assertThat(Fleets.load(fleet("eu-west-1", "eu-west-3")).environments().get(0).settings().knobs().observability()
                .grafanaDashboards()).isTrue();
    }

    @Test
    void anEnvironmentThatChoosesCloudWatchIsNotChecked() {
        Fleets.load(fleet("eu-west-3", "eu-west-1").replace("    account: \"111111111111\"",
                "    account: \"111111111111\"\n    observability: {dashboards: cloudwatch}"));
    }
}
