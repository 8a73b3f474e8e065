package dev.regionstack.app.workflow;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One retained environment (large) in two regions with stateful stacks that synthesize quickly, the fleet-file edits
 * the workflow tests deploy, and their real assemblies: the base one (what the deploy record holds), and each edit
 * synthesized and simulated against it, once per test run.
 */
final class WorkflowFleets {
    private WorkflowFleets() {}

    static final String BASE = """
            project: wftest
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
            """;
    /** The stacks of us-west-2 (and us-east-1's peering with it) are removed: DATA LOSS of their queues. */
    static final String REGION_REMOVED = edit("      us-west-2: {cidr: 10.22.0.0/16}\n", "");
    /** The messaging stacks are removed: the security stacks stop exporting what the deployed ones import. */
    static final String MESSAGING_DROPPED = edit("[network, security, data, messaging]", "[network, security, data]");
    static final Selection PROD = new Selection(Optional.of("prod"), List.of());

    private static SynthResult base;
    private static SynthResult regionRemoved;
    private static SynthResult messagingDropped;

    static synchronized SynthResult base() {
        if (base == null) base = synth(BASE, List.of(), "base");
        return base;
    }

    static synchronized SynthResult regionRemoved() {
        if (regionRemoved == null) regionRemoved = synth(REGION_REMOVED, List.of(base().outdir()), "region-removed");
        assertThat(regionRemoved.verify().clean()).as("the simulation lets a removed region through").isTrue();
        return regionRemoved;
    }

    static synchronized SynthResult messagingDropped() {
        if (messagingDropped == null) messagingDropped = synth(MESSAGING_DROPPED, List.of(base().outdir()), "messaging-dropped");
        assertThat(messagingDropped.verify().clean()).as("the simulation refuses the dropped exports").isFalse();
        return messagingDropped;
    }

    static Fleet fleet(String yaml) {
        return TestFleets.parse(yaml);
    }

    private static SynthResult synth(String yaml, List<Path> deployed, String name) {
        try {
            Fleet fleet = fleet(yaml);
            Path out = java.nio.file.Files.createTempDirectory("workflow-" + name + "-");
            SynthResult result = Synthesizer.FLEET.synth(fleet, RolloutPlanner.plan(fleet, PROD.predicate()), out, deployed);
            assertThat(result.errors()).isEmpty();
            return result;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String edit(String from, String to) {
        if (!BASE.contains(from)) throw new IllegalArgumentException("not in the base fleet: " + from);
        return BASE.replace(from, to);
    }
}
