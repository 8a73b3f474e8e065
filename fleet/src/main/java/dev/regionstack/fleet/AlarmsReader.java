package dev.regionstack.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code alarms}: latencyP99Ms (1 to 60000), email (one plausible address) and findingsSeverity (1 to 10, GuardDuty's
 * severity scale: the lowest severity of a finding that is mailed).
 */
final class AlarmsReader {
    static final long MAX_LATENCY_MS = 60_000;
    static final Pattern EMAIL = Pattern.compile("(?=.{3,254}$)[^@\\s,;<>]+@[^@\\s,;<>.]+(\\.[^@\\s,;<>.]+)+");

    private AlarmsReader() {}

    static SettingsLayer.AlarmsLayer read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "latencyP99Ms: 500, email: alerts@example.com");
        if (map.isEmpty()) return SettingsLayer.AlarmsLayer.EMPTY;
        MapFields fields = MapFields.check(map.get(), owner, path, List.of("latencyP99Ms", "email", "findingsSeverity"), Map.of(), values);
        Optional<Integer> latency = fields.value("latencyP99Ms").flatMap(n -> values.integer(n, fields.path("latencyP99Ms"),
                1, MAX_LATENCY_MS, "milliseconds"));
        Optional<String> email = fields.value("email").flatMap(n -> values.matching(n, fields.path("email"), EMAIL,
                "expected one email address such as alerts@example.com"));
        Optional<Integer> severity = fields.value("findingsSeverity").flatMap(n -> values.integer(n,
                fields.path("findingsSeverity"), 1, 10, "GuardDuty severity: 7 and above is high, 9 and above critical"));
        return new SettingsLayer.AlarmsLayer(latency, email, severity);
    }
}
