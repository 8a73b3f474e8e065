package dev.regionstack.fleet.model;

import java.util.List;

/**
 * Settings after inheritance (defaults, then environment, then region). An environment holds its own
 * resolved settings; each deployment holds the settings with its region's overrides applied.
 *
 * @param sizing     the sizing preset
 * @param components enabled components, in {@link Component} declaration order
 * @param knobs      network, logs, api, notifications and messaging knobs (the data knobs live in {@code data})
 */
public record Settings(Sizing sizing, List<Component> components, Waf waf, Alarms alarms, AppSettings app, DataSettings data,
                       Knobs knobs) {
    public Settings {
        components = List.copyOf(components);
        knobs = knobs == null ? Knobs.preset(sizing) : knobs;
    }

    /** Settings whose knobs are the preset's. */
    public Settings(Sizing sizing, List<Component> components, Waf waf, Alarms alarms, AppSettings app, DataSettings data) {
        this(sizing, components, waf, alarms, app, data, Knobs.preset(sizing));
    }

    public boolean has(Component component) { return components.contains(component); }

    /** The service's release strategy: {@code app.deployment}, else the sizing's. */
    public Release release() { return app.deployment().orElse(sizing.release()); }
}
