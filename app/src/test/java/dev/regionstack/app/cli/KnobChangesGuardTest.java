package dev.regionstack.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-loss guard classifies knob changes from AWS's resource specification: two synthesized assemblies of a
 * retained (large) environment, compared by {@code plan --against}. An engine version upgrade, a shard count, the
 * instance class, backups and Performance Insights change their resources in place; an engine change replaces the
 * database, and the guard says DATA LOSS.
 */
class KnobChangesGuardTest {
    private static final String BASE = """
            project: knobguard
            defaults:
              sizing: large
              components: [network, security, data, app, messaging]
              data: {aurora: {version: "16.6", instanceClass: db.r6g.large, backupRetentionDays: 7, performanceInsights: false}}
              messaging: {stream: {shards: 1}}
            environments:
              prod:
                account: "333333333333"
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
            """;

    @TempDir static Path dir;
    static Path before;

    @BeforeAll
    static void synthBase() throws IOException {
        Path fleet = Files.writeString(dir.resolve("base.yaml"), BASE);
        before = dir.resolve("before");
        CliRun run = CliRun.of("synth", "-f", fleet.toString(), "-o", before.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun planAgainst(String name, String yaml) throws IOException {
        Path fleet = Files.writeString(dir.resolve(name + ".yaml"), yaml);
        return CliRun.of("plan", "-f", fleet.toString(), "--against", before.toString(), "-o", dir.resolve(name).toString());
    }

    @Test
    void versionUpgradeShardsClassBackupsAndInsightsChangeInPlace() throws IOException {
        CliRun run = planAgainst("in-place", BASE.replace("version: \"16.6\"", "version: \"17.4\"")
                .replace("db.r6g.large", "db.r6g.xlarge").replace("backupRetentionDays: 7", "backupRetentionDays: 14")
                .replace("performanceInsights: false", "performanceInsights: true").replace("shards: 1", "shards: 2"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("~ \\S+ AWS::RDS::GlobalCluster updated \\(EngineVersion\\)")
                .containsPattern("~ \\S+ AWS::RDS::DBCluster updated \\(BackupRetentionPeriod, EngineVersion\\)")
                .containsPattern("~ \\S+ AWS::RDS::DBInstance updated \\(DBInstanceClass, EnablePerformanceInsights, "
                        + "PerformanceInsightsRetentionPeriod\\)")
                .containsPattern("~ \\S+ AWS::Kinesis::Stream updated \\(ShardCount\\)")
                .contains("0 replaced")
                .contains("0 DATA LOSS, 0 DESTRUCTIVE");
    }

    @Test
    void anEngineChangeReplacesTheDatabaseAndIsDataLoss() throws IOException {
        CliRun run = planAgainst("engine", BASE.replace("version: \"16.6\"", "engine: mysql, version: 8.0.mysql_aurora.3.08.2"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("~ \\S+ AWS::RDS::GlobalCluster replaced \\(Engine\\)  DATA LOSS")
                .containsPattern("~ \\S+ AWS::RDS::DBCluster replaced \\(.*Engine.*\\)  DATA LOSS");
    }
}
