package dev.regionstack.app.cli;

import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.deploy.ShellWords;
import dev.regionstack.guard.StackRemovals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code deploy} says about the stacks the fleet no longer has: it never deletes one, it names each with what
 * deleting it would do to its data and the command that deletes it, for a person to review and run, dependents first.
 */
final class RemovalReport {
    private RemovalReport() {}

    /**
     * @param removals  the removed stacks, in deletion order
     * @param profiles  the profile per account, added to each command as {@code --profile}
     * @param fleetFile the fleet file, for the {@code --forget} command that follows the deletions
     * @param env       the environment being deployed
     */
    static List<String> lines(List<StackRemovals.Removal> removals, AwsProfiles profiles, Path fleetFile, String env) {
        List<String> lines = stacks(removals.size() + (removals.size() == 1 ? " stack is" : " stacks are")
                + " no longer in the fleet", removals, profiles);
        lines.add("then stop tracking " + (removals.size() == 1 ? "it" : "them") + ": " + ShellWords.join(List.of("regionstack",
                "deploy", "-f", fleetFile.toString(), "--env", env, "--forget",
                removals.stream().map(StackRemovals.Removal::stack).collect(Collectors.joining(",")))));
        return lines;
    }

    /** The stacks of a deploy record whose environment the fleet no longer has. */
    static List<String> orphanLines(String environment, Path record, List<StackRemovals.Removal> removals, AwsProfiles profiles) {
        List<String> lines = stacks("environment " + environment + " is no longer in the fleet, but its deploy record lists "
                + removals.size() + (removals.size() == 1 ? " stack" : " stacks"), removals, profiles);
        lines.add("then remove its record: rm -r " + ShellWords.quote(record.toString()));
        return lines;
    }

    private static List<String> stacks(String what, List<StackRemovals.Removal> removals, AwsProfiles profiles) {
        List<String> lines = new ArrayList<>();
        lines.add(what + "; deploy never deletes a stack. After review, delete "
                + (removals.size() == 1 ? "it" : "them, in this order") + ":");
        for (StackRemovals.Removal r : removals) {
            lines.add("  " + r.stack() + " (" + (r.account().isEmpty() ? "" : r.account() + ", ") + r.region() + "): "
                    + effect(r));
            List<String> command = new ArrayList<>(r.deleteCommand());
            profiles.profileFor(r.account()).ifPresent(p -> command.addAll(List.of("--profile", p)));
            lines.add("    " + ShellWords.join(command));
        }
        return lines;
    }

    private static String effect(StackRemovals.Removal r) {
        if (r.dataLoss().isEmpty() && r.retained().isEmpty()) return "no stateful resources";
        List<String> parts = new ArrayList<>();
        if (!r.dataLoss().isEmpty()) parts.add("deletes " + count(r.dataLoss().size()) + " (DATA LOSS)");
        if (!r.retained().isEmpty()) parts.add("leaves " + count(r.retained().size()) + " behind (RETAINED)");
        return String.join(", ", parts);
    }

    private static String count(int n) {
        return n + (n == 1 ? " stateful resource" : " stateful resources");
    }
}
