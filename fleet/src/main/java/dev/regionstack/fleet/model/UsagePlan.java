package dev.regionstack.fleet.model;

/** The credits API's usage plans, with the limits each gets when the file says nothing. */
public enum UsagePlan {
    BASIC(new UsagePlanLimits(10, 20, 100_000)),
    PREMIUM(new UsagePlanLimits(50, 100, 1_000_000)),
    ENTERPRISE(new UsagePlanLimits(200, 400, 10_000_000));

    private final UsagePlanLimits defaults;

    UsagePlan(UsagePlanLimits defaults) { this.defaults = defaults; }

    public UsagePlanLimits defaults() { return defaults; }

    /** The name as written in the fleet file and in the plan's physical name ({@code basic}, ...). */
    public String fileName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
