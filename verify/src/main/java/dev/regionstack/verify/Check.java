package dev.regionstack.verify;

/** One aspect of the deploy simulation. Each reports every problem it finds, never just the first. */
interface Check {
    /** A short name, e.g. {@code imports}: what {@link Problem#check()} says. */
    String name();

    void run(Simulation simulation, Findings findings);
}
