package dev.regionstack.fleet;

import dev.regionstack.fleet.model.ObservabilitySettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code observability}: {@code logs: opensearch | cloudwatch}, {@code metrics: prometheus | cloudwatch},
 * {@code dashboards: grafana | cloudwatch}. Each choice keeps where it was written: what it needs (the components
 * {@code observability}, {@code network}, {@code app}) is checked once the environment's components are known
 * ({@link ObservabilityRules}).
 */
final class ObservabilityReader {
    static final String CLOUDWATCH = "cloudwatch";

    private ObservabilityReader() {}

    /** The three choices written at one level: true for the opt-in service, false for {@code cloudwatch}. */
    record Telemetry(Optional<Located<Boolean>> openSearchLogs, Optional<Located<Boolean>> prometheusMetrics,
                     Optional<Located<Boolean>> grafanaDashboards) {
        static final Telemetry EMPTY = new Telemetry(Optional.empty(), Optional.empty(), Optional.empty());

        Telemetry over(Telemetry parent) {
            return new Telemetry(openSearchLogs.or(parent::openSearchLogs), prometheusMetrics.or(parent::prometheusMetrics),
                    grafanaDashboards.or(parent::grafanaDashboards));
        }

        ObservabilitySettings resolve() {
            return new ObservabilitySettings(on(openSearchLogs), on(prometheusMetrics), on(grafanaDashboards));
        }

        private static boolean on(Optional<Located<Boolean>> choice) { return choice.map(Located::value).orElse(false); }
    }

    static Telemetry read(Node.Entry entry, String path, Values values) {
        Optional<Node.MapNode> map = values.map(entry.value(), path, "logs: opensearch, metrics: prometheus, dashboards: grafana");
        if (map.isEmpty()) return Telemetry.EMPTY;
        MapFields f = MapFields.check(map.get(), entry.keyPosition(), path, List.of("logs", "metrics", "dashboards"), Map.of(), values);
        return new Telemetry(choice(f, "logs", "opensearch", values), choice(f, "metrics", "prometheus", values),
                choice(f, "dashboards", "grafana", values));
    }

    private static Optional<Located<Boolean>> choice(MapFields f, String key, String service, Values values) {
        List<String> allowed = List.of(service, CLOUDWATCH);
        return f.value(key).flatMap(node -> values.string(node, f.path(key), allowed::contains).flatMap(s -> {
            if (allowed.contains(s)) return Optional.of(new Located<>(s.equals(service), node.position(), f.path(key)));
            values.problem(node.position(), f.path(key), Echo.quoted(s) + " is not one of " + String.join(" | ", allowed)
                    + Suggestions.closest(s, allowed).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        }));
    }
}
