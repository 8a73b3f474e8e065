package dev.regionstack.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one run report: every check made (so a run can say how much it looked at), and the problems.
 * For an assembly of part of a fleet, a reference to something the assembly does not hold may point at a stack
 * outside the selection: it is counted as not checked instead of reported.
 */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();
    private final boolean partial;
    private String check = "";
    private int checked;
    private int outside;

    Findings(boolean partial) {
        this.partial = partial;
    }

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

    /** A reference to something the assembly does not hold: a problem, unless the assembly is part of a fleet. */
    void missing(String stack, String logicalId, String what, String fix) {
        if (partial) outside++;
        else problem(stack, logicalId, what, fix);
    }

    /** References left unchecked because they lead outside a partial assembly. */
    int outside() { return outside; }

    List<Problem> problems() { return List.copyOf(problems); }

    int checks() { return checked; }
}
