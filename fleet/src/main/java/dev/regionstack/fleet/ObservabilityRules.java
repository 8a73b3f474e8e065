package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;

import java.util.List;
import java.util.Optional;

/**
 * What each {@code observability} choice needs of the environment's components: every one the {@code observability}
 * component itself (its stacks hold them), OpenSearch the network's isolated subnets, the Prometheus collector the
 * service's task it runs in.
 */
final class ObservabilityRules {
    private ObservabilityRules() {}

    static void check(ObservabilityReader.Telemetry telemetry, List<Component> components, Values values) {
        need(telemetry.openSearchLogs(), "logs: opensearch", List.of(Component.OBSERVABILITY, Component.NETWORK),
                "the domain lives in the network's isolated subnets", components, values);
        need(telemetry.prometheusMetrics(), "metrics: prometheus", List.of(Component.OBSERVABILITY, Component.APP),
                "the collector runs in the service's task", components, values);
        need(telemetry.grafanaDashboards(), "dashboards: grafana", List.of(Component.OBSERVABILITY),
                "", components, values);
    }

    private static void need(Optional<Located<Boolean>> choice, String what, List<Component> needed, String why,
                             List<Component> components, Values values) {
        if (choice.isEmpty() || !choice.get().value()) return;
        List<String> missing = needed.stream().filter(c -> !components.contains(c)).map(Component::fileName).toList();
        if (missing.isEmpty()) return;
        Located<Boolean> at = choice.get();
        values.problem(at.position(), at.path(), "`" + what + "` needs the component" + (missing.size() > 1 ? "s " : " ")
                + String.join(" and ", missing.stream().map(m -> "`" + m + "`").toList()) + (why.isEmpty() ? "" : " (" + why + ")")
                + ", which this environment does not have; add " + (missing.size() > 1 ? "them" : "it") + " to `components`, or remove the key");
    }
}
