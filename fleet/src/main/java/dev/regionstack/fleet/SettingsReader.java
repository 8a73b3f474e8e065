package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Sizing;

import java.util.List;
import java.util.Optional;

/**
 * The inheritable settings written at one level: defaults, an environment, or a region (which may not set sizing or
 * components, and of data only its own cluster's Aurora knobs).
 */
final class SettingsReader {
    private SettingsReader() {}

    static SettingsLayer read(MapFields f, boolean hasDnsBlock, Values values) {
        return read(f, hasDnsBlock, Optional.empty(), values);
    }

    /** @param regionOf the environment's path when {@code f} is one of its regions */
    static SettingsLayer read(MapFields f, boolean hasDnsBlock, Optional<String> regionOf, Values values) {
        Optional<Sizing> sizing = f.value("sizing").flatMap(n -> values.choice(n, f.path("sizing"), Sizing.class));
        Optional<List<Component>> components = f.value("components")
                .flatMap(n -> ComponentsReader.read(n, f.path("components"), hasDnsBlock, values));
        SettingsLayer.WafLayer waf = f.entry("waf")
                .map(e -> WafReader.read(e.value(), e.keyPosition(), f.path("waf"), values)).orElse(SettingsLayer.WafLayer.EMPTY);
        SettingsLayer.AlarmsLayer alarms = f.entry("alarms")
                .map(e -> AlarmsReader.read(e.value(), e.keyPosition(), f.path("alarms"), values)).orElse(SettingsLayer.AlarmsLayer.EMPTY);
        SettingsLayer.AppLayer app = f.entry("app")
                .map(e -> AppReader.read(e.value(), e.keyPosition(), f.path("app"), values)).orElse(SettingsLayer.AppLayer.EMPTY);
        SettingsLayer.DataLayer data = f.entry("data")
                .map(e -> DataReader.read(e.value(), e.keyPosition(), f.path("data"), regionOf, values))
                .orElse(SettingsLayer.DataLayer.EMPTY);
        return new SettingsLayer(sizing, components, waf, alarms, app, data, KnobsReader.read(f, values));
    }
}
