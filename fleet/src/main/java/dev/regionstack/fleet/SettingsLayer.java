package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.AuroraSettings;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.DataSettings;
import dev.regionstack.fleet.model.Release;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The settings written at one level (defaults, an environment, a region): only what the file says there.
 * {@link #over} lays one level on its parent: maps merge key by key, lists and scalars replace.
 */
record SettingsLayer(Optional<Sizing> sizing, Optional<List<Component>> components,
                     WafLayer waf, AlarmsLayer alarms, AppLayer app, DataLayer data, KnobsLayer knobs) {
    static final SettingsLayer EMPTY = new SettingsLayer(Optional.empty(), Optional.empty(),
            WafLayer.EMPTY, AlarmsLayer.EMPTY, AppLayer.EMPTY, DataLayer.EMPTY, KnobsLayer.EMPTY);

    SettingsLayer over(SettingsLayer parent) {
        return new SettingsLayer(sizing.or(parent::sizing), components.or(parent::components),
                waf.over(parent.waf), alarms.over(parent.alarms), app.over(parent.app), data.over(parent.data),
                knobs.over(parent.knobs));
    }

    /** The environment's own settings: Aurora's defaults are the primary region's. */
    Settings resolve(boolean hasDnsBlock) { return resolve(hasDnsBlock, true); }

    /**
     * Applies the built-in defaults. Without a {@code dns} block the default component list leaves {@code dns}
     * out (the validator refuses an explicit {@code dns} component without the block).
     */
    Settings resolve(boolean hasDnsBlock, boolean primary) {
        Sizing preset = sizing.orElse(Sizing.SMALL);
        List<Component> chosen = components.orElseGet(() -> Component.DEFAULTS.stream()
                .filter(c -> hasDnsBlock || c != Component.DNS).toList());
        return new Settings(preset, chosen.stream().distinct().sorted(Comparator.naturalOrder()).toList(),
                waf.resolve(), alarms.resolve(), app.resolve(), data.resolve(preset, primary), knobs.resolve(preset));
    }

    record WafLayer(Optional<List<String>> blockedCountries, Optional<Integer> rateLimitPer5Min) {
        static final WafLayer EMPTY = new WafLayer(Optional.empty(), Optional.empty());

        WafLayer over(WafLayer parent) {
            return new WafLayer(blockedCountries.or(parent::blockedCountries), rateLimitPer5Min.or(parent::rateLimitPer5Min));
        }

        Waf resolve() {
            return new Waf(blockedCountries.orElse(Waf.DEFAULT.blockedCountries()),
                    rateLimitPer5Min.orElse(Waf.DEFAULT.rateLimitPer5Min()));
        }
    }

    record AlarmsLayer(Optional<Integer> latencyP99Ms, Optional<String> email, Optional<Integer> findingsSeverity) {
        static final AlarmsLayer EMPTY = new AlarmsLayer(Optional.empty(), Optional.empty(), Optional.empty());

        AlarmsLayer over(AlarmsLayer parent) {
            return new AlarmsLayer(latencyP99Ms.or(parent::latencyP99Ms), email.or(parent::email),
                    findingsSeverity.or(parent::findingsSeverity));
        }

        Alarms resolve() {
            return new Alarms(latencyP99Ms.orElse(Alarms.DEFAULT.latencyP99Ms()), email.or(Alarms.DEFAULT::email),
                    findingsSeverity.orElse(Alarms.DEFAULT.findingsSeverity()));
        }
    }

    /** cpu, memory and task counts keep where they were set: their combination is checked after merging. */
    record AppLayer(Optional<String> image, Optional<Integer> port, Optional<String> healthPath,
                    Optional<Located<Integer>> cpu, Optional<Located<Integer>> memoryMiB,
                    Optional<Located<Integer>> minTasks, Optional<Located<Integer>> maxTasks,
                    Optional<Located<Release>> deployment) {
        static final AppLayer EMPTY = new AppLayer(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        AppLayer over(AppLayer parent) {
            return new AppLayer(image.or(parent::image), port.or(parent::port), healthPath.or(parent::healthPath),
                    cpu.or(parent::cpu), memoryMiB.or(parent::memoryMiB), minTasks.or(parent::minTasks), maxTasks.or(parent::maxTasks),
                    deployment.or(parent::deployment));
        }

        AppSettings resolve() {
            AppSettings d = AppSettings.DEFAULT;
            return new AppSettings(image.orElse(d.image()), port.orElse(d.port()), healthPath.orElse(d.healthPath()),
                    value(cpu, d.cpu()), value(memoryMiB, d.memoryMiB()), value(minTasks, d.minTasks()), value(maxTasks, d.maxTasks()),
                    deployment.map(Located::value));
        }

        private static int value(Optional<Located<Integer>> located, int fallback) {
            return located.map(Located::value).orElse(fallback);
        }
    }

    /**
     * @param auroraEnabled false for {@code aurora: false}, true for an {@code aurora} map
     * @param auroraEngine  {@code aurora.engine}
     * @param aurora        the other {@code aurora} keys
     */
    record DataLayer(Optional<Boolean> auroraEnabled, Optional<AuroraEngine> auroraEngine, Optional<Located<Consistency>> consistency,
                     AuroraLayer aurora) {
        static final DataLayer EMPTY = new DataLayer(Optional.empty(), Optional.empty(), Optional.empty(), AuroraLayer.EMPTY);

        DataLayer over(DataLayer parent) {
            return new DataLayer(auroraEnabled.or(parent::auroraEnabled), auroraEngine.or(parent::auroraEngine),
                    consistency.or(parent::consistency), aurora.over(parent.aurora));
        }

        DataSettings resolve(Sizing sizing, boolean primary) {
            Optional<AuroraSettings> resolved = auroraEnabled.orElse(true)
                    ? Optional.of(aurora.resolve(AuroraSettings.preset(auroraEngine.orElse(AuroraEngine.POSTGRES), sizing, primary)))
                    : Optional.empty();
            return new DataSettings(resolved, consistency.map(Located::value).orElse(DataSettings.DEFAULT.consistency()));
        }
    }

    /** {@code data.aurora}'s knobs; version, class and readers keep where they were set for the rules over them. */
    record AuroraLayer(Optional<Located<String>> version, Optional<Located<String>> instanceClass,
                       Optional<Integer> backupRetentionDays, Optional<Boolean> performanceInsights,
                       Optional<Located<Integer>> readers) {
        static final AuroraLayer EMPTY = new AuroraLayer(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        AuroraLayer over(AuroraLayer parent) {
            return new AuroraLayer(version.or(parent::version), instanceClass.or(parent::instanceClass),
                    backupRetentionDays.or(parent::backupRetentionDays), performanceInsights.or(parent::performanceInsights),
                    readers.or(parent::readers));
        }

        AuroraSettings resolve(AuroraSettings preset) {
            return new AuroraSettings(preset.engine(), version.map(Located::value).orElse(preset.version()),
                    instanceClass.map(Located::value).orElse(preset.instanceClass()),
                    backupRetentionDays.orElse(preset.backupRetentionDays()),
                    performanceInsights.orElse(preset.performanceInsights()), readers.map(Located::value).orElse(preset.readers()));
        }
    }
}
