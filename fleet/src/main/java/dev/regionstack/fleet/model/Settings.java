package dev.regionstack.fleet.model;

import java.util.List;

/**
 * Settings after inheritance (defaults, then environment, then region). An environment holds its own
 * resolved settings; each deployment holds the settings with its region's overrides applied.
 *
 * @param sizing     the sizing preset
 * @param components enabled components, in {@link Component} declaration order
 */
public record Settings(Sizing sizing, List<Component> components, Waf waf, Alarms alarms, AppSettings app, DataSettings data) {
    public Settings {
        components = List.copyOf(components);
    }

    public boolean has(Component component) { return components.contains(component); }
}
