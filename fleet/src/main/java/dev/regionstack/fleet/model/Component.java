package dev.regionstack.fleet.model;

import java.util.List;
import java.util.Locale;

/** The platform components of the fleet-file spec, with the components each one needs. */
public enum Component {
    NETWORK(List.of()),
    SECURITY(List.of()),
    DATA(List.of("NETWORK", "SECURITY")),
    APP(List.of("NETWORK", "DATA")),
    API(List.of("DATA")),
    MESSAGING(List.of("SECURITY")),
    EDGE(List.of("APP")),
    /** Needs {@code app} or {@code api} ({@link #needsOneOf}): its records route to one of them. */
    DNS(List.of()),
    OBSERVABILITY(List.of()),
    PIPELINE(List.of()),
    /** The environment's image repository (app.image: ecr:<tag>): encrypted with each region's key. */
    IMAGES(List.of("SECURITY"));

    /** The default component list when the file names none: everything but the opt-in pipeline. */
    public static final List<Component> DEFAULTS =
            List.of(NETWORK, SECURITY, DATA, APP, API, MESSAGING, EDGE, DNS, OBSERVABILITY);

    private final List<String> needs;

    Component(List<String> needs) { this.needs = needs; }

    /** The components this one cannot work without (the spec's "needs" column). */
    public List<Component> needs() { return needs.stream().map(Component::valueOf).toList(); }

    /**
     * Components of which this one needs at least one: {@code dns} routes to the load balancers ({@code app}) or, without
     * them, to the API's regional custom domains ({@code api}).
     */
    public List<Component> needsOneOf() { return this == DNS ? List.of(APP, API) : List.of(); }

    /** The name as written in the fleet file, e.g. {@code observability}. */
    public String fileName() { return name().toLowerCase(Locale.ROOT); }
}
