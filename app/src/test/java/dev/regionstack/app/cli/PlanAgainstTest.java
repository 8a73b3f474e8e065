package dev.regionstack.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `plan --against` flags fleet-file edits that would lose data, and lets harmless ones through. */
class PlanAgainstTest {
    @TempDir static Path dir;
    static Path before;

    @BeforeAll
    static void synthBase() throws IOException {
        Path fleet = Files.writeString(dir.resolve("base.yaml"), DataLossFleets.BASE);
        before = dir.resolve("before");
        CliRun run = CliRun.of("synth", "-f", fleet.toString(), "-o", before.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun planAgainst(String name, String yaml) throws IOException {
        Path fleet = Files.writeString(dir.resolve(name + ".yaml"), yaml);
        return CliRun.of("plan", "-f", fleet.toString(), "--against", before.toString(), "-o", dir.resolve(name).toString());
    }

    @Test
    void changingTheAuroraEngineIsDataLoss() throws IOException {
        CliRun run = planAgainst("engine", DataLossFleets.with("engine: postgres", "engine: mysql"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("~ \\S+ AWS::RDS::DBCluster replaced \\(.*Engine.*\\)  DATA LOSS");
        assertThat(run.out()).containsPattern("~ \\S+ AWS::RDS::GlobalCluster replaced \\(.*Engine.*\\)  DATA LOSS");
    }

    @Test
    void changingTheGlobalTableConsistencyIsDataLoss() throws IOException {
        CliRun run = planAgainst("consistency", DataLossFleets.with("consistency: eventual", "consistency: strong"));
        assertThat(run.out()).containsPattern("~ \\S+ AWS::DynamoDB::GlobalTable replaced \\(.*MultiRegionConsistency.*\\)  DATA LOSS");
    }

    @Test
    void changingAVpcCidrIsDestructive() throws IOException {
        CliRun run = planAgainst("cidr", DataLossFleets.with("cidr: 10.21.0.0/16", "cidr: 10.31.0.0/16"));
        assertThat(run.out()).contains("guardtest-prod-us-east-2-network")
                .containsPattern("~ \\S+ AWS::EC2::VPC replaced \\(CidrBlock\\)  DESTRUCTIVE");
    }

    @Test
    void scalingTasksAndAlarmsLosesNothing() throws IOException {
        CliRun run = planAgainst("scaling", DataLossFleets.with("maxTasks: 10", "maxTasks: 20")
                .replace("latencyP99Ms: 500", "latencyP99Ms: 300"));
        assertThat(run.out()).contains("AWS::ApplicationAutoScaling::ScalableTarget updated")
                .contains("AWS::CloudWatch::Alarm updated")
                .contains("0 DATA LOSS, 0 DESTRUCTIVE");
    }

    @Test
    void theSameFleetChangesNothing() throws IOException {
        CliRun run = planAgainst("same", DataLossFleets.BASE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no changes");
    }

    @Test
    void againstSomethingThatIsNotAnAssemblyExitsTwo() throws IOException {
        Path fleet = Files.writeString(dir.resolve("plain.yaml"), DataLossFleets.BASE);
        CliRun bad = CliRun.of("plan", "-f", fleet.toString(), "--against", dir.resolve("missing").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: --against ").contains("not a cloud assembly");
    }
}
