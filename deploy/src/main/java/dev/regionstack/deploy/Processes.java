package dev.regionstack.deploy;

import java.util.List;

/** Small helpers shared by the sequential runners. */
final class Processes {
    private Processes() {}

    /** Runs the command; an interruption destroys it, keeps the thread's interrupt flag and counts as a failure. */
    static int runUninterrupted(CdkProcess process, List<String> command, String prefix) {
        try {
            return process.run(command, prefix);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String listed(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
