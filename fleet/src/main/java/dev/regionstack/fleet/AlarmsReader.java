package dev.regionstack.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code alarms}: latencyP99Ms (1 to 60000) and email (one plausible address). */
final class AlarmsReader {
    static final long MAX_LATENCY_MS = 60_000;
    static final Pattern EMAIL = Pattern.compile("(?=.{3,254}$)[^@\\s,;<>]+@[^@\\s,;<>.]+(\\.[^@\\s,;<>.]+)+");

    private AlarmsReader() {}

    static SettingsLayer.AlarmsLayer read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "latencyP99Ms: 500, email: alerts@example.com");
        if (map.isEmpty()) return SettingsLayer.AlarmsLayer.EMPTY;
        MapFields fields = MapFields.check(map.get(), owner, path, List.of("latencyP99Ms", "email"), Map.of(), values);
        Optional<Integer> latency = fields.value("latencyP99Ms").flatMap(n -> values.integer(n, fields.path("latencyP99Ms"),
                1, MAX_LATENCY_MS, "milliseconds"));
        Optional<String> email = fields.value("email").flatMap(n -> values.matching(n, fields.path("email"), EMAIL,
                "expected one email address such as alerts@example.com"));
        return new SettingsLayer.AlarmsLayer(latency, email);
    }
}
