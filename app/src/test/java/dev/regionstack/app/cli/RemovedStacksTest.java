package dev.regionstack.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plan --against} over the union of the earlier assembly's stacks and the new selection's: a stack the fleet
 * no longer has is reported removed, with each stateful resource DATA LOSS or RETAINED; a stack outside the selection
 * is not.
 */
class RemovedStacksTest {
    @TempDir Path dir;

    private CliRun planAgainst(String yaml, String... selection) throws IOException {
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), yaml);
        List<String> args = new java.util.ArrayList<>(List.of("plan", "-f", fleet.toString(), "--against",
                RemovalFleets.before().toString(), "-o", dir.resolve("after").toString()));
        args.addAll(List.of(selection));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static List<String> removedStacks(CliRun run) {
        return run.out().lines().filter(l -> l.endsWith(" (stack removed)")).map(l -> l.substring(0, l.indexOf(' '))).toList();
    }

    @Test
    void aRemovedRegionsStacksAreRemovedWithTheirData() throws IOException {
        CliRun run = planAgainst(RemovalFleets.PROD_REGION_REMOVED, "--env", "prod");

        assertThat(removedStacks(run)).containsExactlyInAnyOrder("rmtest-prod-us-east-1-peering", "rmtest-prod-us-west-2-security",
                "rmtest-prod-us-west-2-network", "rmtest-prod-us-west-2-peering-routes", "rmtest-prod-us-west-2-messaging");
        assertThat(run.out()).containsPattern("  - \\S+ AWS::SQS::Queue  DATA LOSS")      // prod keeps buckets, keys, logs; not queues
                .containsPattern("  - \\S+ AWS::KMS::ReplicaKey  RETAINED")
                .containsPattern("  - \\S+ AWS::Kinesis::Stream  RETAINED")
                .doesNotContain("rmtest-dev-");
    }

    @Test
    void aDeploymentOutsideAPartialSelectionIsNotRemoved() throws IOException {
        CliRun run = planAgainst(RemovalFleets.PROD_REGION_REMOVED, "--only", "prod/us-east-1");

        // us-east-1 no longer requests a peering: that is a removal inside the selection; us-west-2 is outside it
        assertThat(removedStacks(run)).containsExactly("rmtest-prod-us-east-1-peering");
        assertThat(run.out()).doesNotContain("rmtest-prod-us-west-2-").doesNotContain("rmtest-dev-");
    }

    @Test
    void aDroppedComponentsStacksAreRemoved() throws IOException {
        CliRun run = planAgainst(RemovalFleets.DEV_MESSAGING_DROPPED, "--env", "dev");

        assertThat(removedStacks(run)).containsExactlyInAnyOrder("rmtest-dev-eu-west-2-messaging", "rmtest-dev-eu-west-1-messaging");
        assertThat(run.out()).containsPattern("  - \\S+ AWS::Kinesis::Stream  DATA LOSS")   // small: nothing retained
                .doesNotContain("rmtest-prod-");
    }

    @Test
    void aRenamedProjectRemovesEveryStackOfTheSelection() throws IOException {
        CliRun run = planAgainst(RemovalFleets.PROJECT_RENAMED, "--env", "dev");

        assertThat(removedStacks(run)).containsExactlyInAnyOrderElementsOf(RemovalFleets.stacksOf("dev"));
        assertThat(run.out()).contains("rmtest2-dev-eu-west-2-data (new stack)").doesNotContain("rmtest-prod-")
                .containsPattern("  - \\S+ AWS::DynamoDB::GlobalTable  DATA LOSS");
    }

    @Test
    void aRemovedEnvironmentsStacksAreRemovedAndTheOthersUntouched() throws IOException {
        CliRun run = planAgainst(RemovalFleets.DEV_REMOVED);

        assertThat(removedStacks(run)).containsExactlyInAnyOrderElementsOf(RemovalFleets.stacksOf("dev"));
        assertThat(run.out().lines().filter(l -> l.startsWith("rmtest-prod-"))).isEmpty();   // unchanged stacks are not listed
    }
}
