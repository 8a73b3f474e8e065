package dev.regionstack.verify;

import java.util.ArrayList;
import java.util.List;

/** What the checks of one run report: every check made (so a run can say how much it looked at), and the problems. */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();
    private String check = "";
    private int checked;

    /** The check that reports next. */
    void begin(String name) { check = name; }

    /** Counts one thing examined (one import, one name, one path). */
    void checked() { checked++; }

    void problem(String stack, String logicalId, String what, String fix) {
        problems.add(new Problem(check, stack, logicalId, what, fix));
    }

    /** Counts one thing examined and reports a problem unless {@code ok}. */
    void expect(boolean ok, String stack, String logicalId, String what, String fix) {
        checked++;
        if (!ok) problem(stack, logicalId, what, fix);
    }

    List<Problem> problems() { return List.copyOf(problems); }

    int checks() { return checked; }
}
