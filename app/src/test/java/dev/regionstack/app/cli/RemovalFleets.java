package dev.regionstack.app.cli;

import dev.regionstack.guard.Assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two environments (prod retains its data, dev is small) of two regions, with stateful stacks that synthesize quickly,
 * the fleet-file edits that remove stacks, and its assembly, synthesized once per test run.
 */
final class RemovalFleets {
    private RemovalFleets() {}

    static final String BASE = """
            project: rmtest
            defaults:
              components: [network, security, data, messaging]
              data: {aurora: false}
            environments:
              prod:
                account: "333333333333"
                sizing: large
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
                  us-west-2: {cidr: 10.22.0.0/16}
              dev:
                account: "111111111111"
                sizing: small
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.1.0.0/16}
            """;

    static final String PROD_REGION_REMOVED = without("      us-west-2: {cidr: 10.22.0.0/16}\n");
    static final String DEV_MESSAGING_DROPPED = replace("    sizing: small\n", "    sizing: small\n    components: [network, security, data]\n");
    static final String PROJECT_RENAMED = replace("project: rmtest\n", "project: rmtest2\n");
    static final String DEV_REMOVED = BASE.substring(0, BASE.indexOf("  dev:\n"));

    private static Path before;

    /** {@link #BASE} synthesized, once. */
    static synchronized Path before() {
        if (before != null) return before;
        try {
            Path dir = Files.createTempDirectory("removals-");
            Path fleet = Files.writeString(dir.resolve("base.yaml"), BASE);
            CliRun run = CliRun.of("synth", "-f", fleet.toString(), "-o", dir.resolve("before").toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            before = dir.resolve("before");
            return before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stacks of {@link #before()} of one environment, by their Environment tag. */
    static Set<String> stacksOf(String environment) {
        Set<String> names = new TreeSet<>();
        Assembly.stacks(before()).values().stream().filter(s -> environment.equals(s.tags().get("Environment")))
                .forEach(s -> names.add(s.name()));
        return names;
    }

    private static String without(String text) {
        return replace(text, "");
    }

    private static String replace(String from, String to) {
        if (!BASE.contains(from)) throw new IllegalArgumentException("not in the base fleet: " + from);
        return BASE.replace(from, to);
    }
}
