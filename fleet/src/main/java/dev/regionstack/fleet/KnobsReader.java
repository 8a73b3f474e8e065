package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Knobs;
import dev.regionstack.fleet.model.NatGateways;
import dev.regionstack.fleet.model.StreamCapacity;
import dev.regionstack.fleet.model.UsagePlan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The knobs beyond the presets outside {@code data}: {@code network.natGateways}, {@code logs.retentionDays},
 * {@code api} ({@link ApiReader}), {@code notifications.sender}, {@code messaging.stream.shards} and {@code .transform},
 * {@code resilience.rtoMinutes} and {@code observability} ({@link ObservabilityReader}).
 */
final class KnobsReader {
    private static final List<Integer> RETENTION_DAYS = Knobs.LOG_RETENTION_DAYS;
    /** The smallest default shard quota of an account in a region: a stream cannot have more. */
    static final int MAX_SHARDS = 1000;
    private static final Pattern EMAIL = AlarmsReader.EMAIL;
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private KnobsReader() {}

    static KnobsLayer read(MapFields f, Values values) {
        Optional<NatGateways> nat = section(f, "network", "natGateways: one", values)
                .flatMap(n -> n.value("natGateways").flatMap(v -> natGateways(v, n.path("natGateways"), values)));
        Optional<Integer> retention = section(f, "logs", "retentionDays: 30", values)
                .flatMap(l -> l.value("retentionDays").flatMap(v -> retention(v, l.path("retentionDays"), values)));
        ApiReader.Api api = f.entry("api").map(e -> ApiReader.read(e, f.path("api"), values)).orElse(ApiReader.Api.EMPTY);
        Optional<String> sender = section(f, "notifications", "sender: credits@example.com", values)
                .flatMap(s -> s.value("sender").flatMap(v -> sender(v, s.path("sender"), values)));
        Optional<MapFields> streamFields = section(f, "messaging", "stream: {shards: onDemand}", values)
                .flatMap(m -> m.entry("stream").flatMap(e -> values.map(e.value(), m.path("stream"), "shards: onDemand")
                        .map(map -> MapFields.check(map, e.keyPosition(), m.path("stream"), List.of("shards", "transform"),
                                Map.of(), values))));
        Optional<StreamCapacity> stream = streamFields.flatMap(s -> s.value("shards").flatMap(v -> shards(v, s.path("shards"), values)));
        Optional<Boolean> transform = streamFields.flatMap(s -> s.value("transform").flatMap(v -> values.bool(v, s.path("transform"))));
        ObservabilityReader.Telemetry telemetry = f.entry("observability")
                .map(e -> ObservabilityReader.read(e, f.path("observability"), values)).orElse(ObservabilityReader.Telemetry.EMPTY);
        Optional<Integer> rto = section(f, "resilience", "rtoMinutes: 5", values).flatMap(r -> r.value("rtoMinutes")
                .flatMap(v -> values.integer(v, r.path("rtoMinutes"), 1, Knobs.MAX_RTO_MINUTES, "minutes")));
        return new KnobsLayer(nat, retention, api.throttle(), api.plans(), sender, stream, rto, telemetry, transform);
    }

    /** The map under {@code key} with its one allowed key, checked. */
    private static Optional<MapFields> section(MapFields f, String key, String example, Values values) {
        String only = example.substring(0, example.indexOf(':'));
        return f.entry(key).flatMap(e -> values.map(e.value(), f.path(key), example)
                .map(map -> MapFields.check(map, e.keyPosition(), f.path(key), List.of(only), Map.of(), values)));
    }

    private static Optional<NatGateways> natGateways(Node node, String path, Values values) {
        List<String> allowed = Arrays.stream(NatGateways.values()).map(NatGateways::fileName).toList();
        return values.string(node, path, allowed::contains).flatMap(s -> {
            for (NatGateways n : NatGateways.values()) if (n.fileName().equals(s)) return Optional.of(n);
            values.problem(node.position(), path, Echo.quoted(s) + " is not one of " + String.join(" | ", allowed)
                    + Suggestions.closest(s, allowed).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        });
    }

    private static Optional<Integer> retention(Node node, String path, Values values) {
        return values.integer(node, path, 1, 3653, "days").flatMap(days -> {
            if (RETENTION_DAYS.contains(days)) return Optional.of(days);
            values.problem(node.position(), path, days + " is not a CloudWatch Logs retention; use one of "
                    + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (days)");
            return Optional.empty();
        });
    }

    private static Optional<String> sender(Node node, String path, Values values) {
        return values.string(node, path, s -> EMAIL.matcher(s).matches() || DOMAIN.matcher(s).matches()).flatMap(s -> {
            if (EMAIL.matcher(s).matches() || DOMAIN.matcher(s).matches()) return Optional.of(s);
            values.problem(node.position(), path, s.isEmpty() ? "the value is empty; expected an SES identity: an e-mail address "
                    + "(credits@example.com) or a lower-case domain (example.com)" : Echo.quoted(s) + " is not an SES identity: expected "
                    + "an e-mail address (credits@example.com) or a lower-case domain (example.com)");
            return Optional.empty();
        });
    }

    private static Optional<StreamCapacity> shards(Node node, String path, Values values) {
        if (node instanceof Node.ScalarNode s && !s.looksNumeric()) {
            if (s.text().equals("onDemand")) return Optional.of(StreamCapacity.ON_DEMAND);
            values.problem(node.position(), path, "expected a shard count from 1 to " + MAX_SHARDS + " or `onDemand`, got "
                    + node.describe() + Suggestions.closest(s.text(), List.of("onDemand")).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        }
        return values.integer(node, path, 1, MAX_SHARDS, "provisioned shards, at most the smallest default shard quota of an "
                + "account in a region; or onDemand").map(StreamCapacity.Provisioned::new);
    }

    static List<String> planNames() { return Arrays.stream(UsagePlan.values()).map(UsagePlan::fileName).toList(); }
}
