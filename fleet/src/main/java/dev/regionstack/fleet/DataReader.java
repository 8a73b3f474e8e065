package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Consistency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code data}: {@code aurora} ({@code false} or a map of engine, version, instanceClass, backupRetentionDays,
 * performanceInsights, readers) and {@code globalTable.consistency}. A region may set only what one region's cluster
 * can have of its own: {@code aurora.instanceClass}, {@code aurora.performanceInsights} and {@code aurora.readers}.
 */
final class DataReader {
    static final List<String> AURORA_KEYS = List.of("engine", "version", "instanceClass", "backupRetentionDays",
            "performanceInsights", "readers");
    static final List<String> REGION_AURORA_KEYS = List.of("instanceClass", "performanceInsights", "readers");

    private DataReader() {}

    /** @param environmentPath the environment's path when this is a region's {@code data}, else empty */
    static SettingsLayer.DataLayer read(Node node, Position owner, String path, Optional<String> environmentPath, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "aurora: {engine: postgres}, globalTable: {consistency: eventual}");
        if (map.isEmpty()) return SettingsLayer.DataLayer.EMPTY;
        Map<String, String> elsewhere = environmentPath.map(env -> Map.of("globalTable", "is set per environment, not per "
                + "region (one global table spans the environment); move it to " + env + ".data.globalTable")).orElse(Map.of());
        MapFields f = MapFields.check(map.get(), owner, path, environmentPath.isPresent() ? List.of("aurora") : List.of("aurora", "globalTable"),
                elsewhere, values);
        Optional<Boolean> enabled = Optional.empty();
        Optional<AuroraEngine> engine = Optional.empty();
        SettingsLayer.AuroraLayer knobs = SettingsLayer.AuroraLayer.EMPTY;
        Optional<Node.Entry> aurora = f.entry("aurora");
        if (aurora.isPresent()) {
            Node value = aurora.get().value();
            String auroraPath = f.path("aurora");
            if (value instanceof Node.MapNode auroraMap) {
                enabled = Optional.of(true);
                MapFields a = MapFields.check(auroraMap, aurora.get().keyPosition(), auroraPath,
                        environmentPath.isPresent() ? REGION_AURORA_KEYS : AURORA_KEYS, regionElsewhere(environmentPath), values);
                engine = a.value("engine").flatMap(n -> values.choice(n, a.path("engine"), AuroraEngine.class));
                knobs = AuroraReader.read(a, values);
            } else if (environmentPath.isPresent()) {
                values.problem(value.position(), auroraPath, "expected a map of this region's cluster settings (instanceClass, "
                        + "performanceInsights, readers), got " + value.describe() + "; Aurora is on or off for the whole "
                        + "environment: set " + environmentPath.get() + ".data.aurora");
            } else if (value instanceof Node.ScalarNode s && s.asBoolean().equals(Optional.of(false))) {
                enabled = Optional.of(false);
            } else {
                values.problem(value.position(), auroraPath, "expected `false` (no Aurora) or a map such as {engine: postgres}, got "
                        + value.describe() + (value instanceof Node.ScalarNode s && s.asBoolean().isPresent()
                        ? "; Aurora is on by default: remove the key or write {engine: postgres}" : ""));
            }
        }
        Optional<Located<Consistency>> consistency = Optional.empty();
        Optional<Node.Entry> table = f.entry("globalTable");
        if (table.isPresent()) {
            String tablePath = f.path("globalTable");
            Optional<Node.MapNode> tableMap = values.map(table.get().value(), tablePath, "consistency: eventual");
            if (tableMap.isPresent()) {
                MapFields t = MapFields.check(tableMap.get(), table.get().keyPosition(), tablePath, List.of("consistency"), Map.of(), values);
                consistency = t.value("consistency").flatMap(n -> values.choice(n, t.path("consistency"), Consistency.class)
                        .map(c -> new Located<>(c, n.position(), t.path("consistency"))));
            }
        }
        return new SettingsLayer.DataLayer(enabled, engine, consistency, knobs);
    }

    private static Map<String, String> regionElsewhere(Optional<String> environmentPath) {
        Map<String, String> m = new LinkedHashMap<>();
        environmentPath.ifPresent(env -> AURORA_KEYS.stream().filter(k -> !REGION_AURORA_KEYS.contains(k)).forEach(k ->
                m.put(k, "is set per environment, not per region (every cluster of the Aurora global database shares it); "
                        + "move it to " + env + ".data.aurora." + k)));
        return m;
    }
}
