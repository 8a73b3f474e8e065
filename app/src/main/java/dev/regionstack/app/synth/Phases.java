package dev.regionstack.app.synth;

/**
 * With {@code REGIONSTACK_PROFILE=1}: the wall time of each phase of a synth, printed as one {@code profile:} line on
 * stderr (what README's Performance section quotes).
 */
public final class Phases {
    private final boolean on = "1".equals(System.getenv("REGIONSTACK_PROFILE"));
    private final StringBuilder line;
    private long last = System.nanoTime();

    public Phases(String what) { line = new StringBuilder("profile: " + what + ":"); }

    /** Ends the phase begun by the last call (or the constructor). */
    public void end(String phase) {
        long now = System.nanoTime();
        line.append(String.format(" %s %.2f s;", phase, (now - last) / 1e9));
        last = now;
    }

    public void print() {
        if (on) System.err.println(line);
    }
}
