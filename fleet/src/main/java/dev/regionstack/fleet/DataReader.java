package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Consistency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code data}: {@code aurora} ({@code false} or {@code {engine: postgres|mysql}}) and {@code globalTable.consistency}. */
final class DataReader {
    private DataReader() {}

    static SettingsLayer.DataLayer read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "aurora: {engine: postgres}, globalTable: {consistency: eventual}");
        if (map.isEmpty()) return SettingsLayer.DataLayer.EMPTY;
        MapFields f = MapFields.check(map.get(), owner, path, List.of("aurora", "globalTable"), Map.of(), values);
        Optional<Boolean> enabled = Optional.empty();
        Optional<AuroraEngine> engine = Optional.empty();
        Optional<Node.Entry> aurora = f.entry("aurora");
        if (aurora.isPresent()) {
            Node value = aurora.get().value();
            String auroraPath = f.path("aurora");
            if (value instanceof Node.MapNode auroraMap) {
                enabled = Optional.of(true);
                MapFields a = MapFields.check(auroraMap, aurora.get().keyPosition(), auroraPath, List.of("engine"), Map.of(), values);
                engine = a.value("engine").flatMap(n -> values.choice(n, a.path("engine"), AuroraEngine.class));
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
        return new SettingsLayer.DataLayer(enabled, engine, consistency);
    }
}
