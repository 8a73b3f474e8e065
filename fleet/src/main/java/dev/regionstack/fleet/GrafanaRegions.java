package dev.regionstack.fleet;

import java.util.List;
import java.util.Optional;

/**
 * {@code dashboards: grafana} puts the environment's Amazon Managed Grafana workspace in its primary region, which
 * must offer the service: AMG runs in fewer regions than the rest of the platform, and CloudFormation has no
 * {@code AWS::Grafana::Workspace} elsewhere (the deploy would fail there). The list is the commercial regions whose
 * CloudFormation resource schemas (as cfn-lint, which the CDK's validation runs, carries them) have the type.
 */
final class GrafanaRegions {
    static final List<String> OFFERED = List.of("us-east-1", "us-east-2", "us-west-2", "eu-central-1", "eu-west-1",
            "eu-west-2", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2");

    private GrafanaRegions() {}

    static void check(FleetSpec.EnvironmentSpec env, ObservabilityReader.Telemetry telemetry, Values values) {
        Optional<Located<Boolean>> grafana = telemetry.grafanaDashboards();
        if (grafana.isEmpty() || !grafana.get().value()) return;
        Optional<String> primary = env.regions().stream().filter(r -> r.primary().map(Located::value).orElse(false))
                .map(FleetSpec.RegionSpec::code).findFirst();
        if (primary.isEmpty() || OFFERED.contains(primary.get())) return;
        List<String> alternatives = env.regions().stream().map(FleetSpec.RegionSpec::code).filter(OFFERED::contains).toList();
        values.problem(grafana.get().position(), grafana.get().path(), "`dashboards: grafana` puts the Grafana workspace of "
                + Echo.quoted(env.name()) + " in its primary region `" + primary.get() + "`, which Amazon Managed Grafana does not offer"
                + " (it offers " + String.join(", ", OFFERED) + "); "
                + (alternatives.isEmpty() ? "" : "make " + String.join(" or ", alternatives.stream().map(r -> "`" + r + "`").toList()) + " primary, ")
                + "or choose `dashboards: cloudwatch` for this environment");
    }
}
