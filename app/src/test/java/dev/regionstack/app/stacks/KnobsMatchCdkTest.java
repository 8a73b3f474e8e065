package dev.regionstack.app.stacks;

import dev.regionstack.fleet.AuroraVersions;
import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Knobs;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraMysqlEngineVersion;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet module has no CDK dependency, so it holds the CDK's lists itself: the Aurora engine versions (every
 * constant of the CDK's engine version classes, read by reflection) and CloudWatch Logs' retention values.
 * After a CDK upgrade this test says what to add to {@code aurora-versions.txt}.
 */
class KnobsMatchCdkTest {

    @Test
    void auroraPostgresVersionsAreTheCdksConstants() {
        assertThat(AuroraVersions.known(AuroraEngine.POSTGRES)).containsExactlyInAnyOrderElementsOf(
                constants(AuroraPostgresEngineVersion.class, AuroraPostgresEngineVersion::getAuroraPostgresFullVersion));
    }

    @Test
    void auroraMysqlVersionsAreTheCdksConstants() {
        assertThat(AuroraVersions.known(AuroraEngine.MYSQL)).containsExactlyInAnyOrderElementsOf(
                constants(AuroraMysqlEngineVersion.class, AuroraMysqlEngineVersion::getAuroraMysqlFullVersion));
    }

    @Test
    void theDefaultVersionsAreKnownAndRunAGlobalDatabase() {
        for (AuroraEngine engine : AuroraEngine.values()) {
            assertThat(AuroraVersions.isKnown(engine, engine.defaultVersion())).as(engine.name()).isTrue();
            assertThat(AuroraVersions.globalDatabaseRefusal(engine, engine.defaultVersion())).as(engine.name()).isEmpty();
        }
    }

    @Test
    void everyLogRetentionOfTheFileIsACdkRetentionAndNoneIsMissing() {
        List<RetentionDays> mapped = Knobs.LOG_RETENTION_DAYS.stream().map(LogRetention::of).toList();
        assertThat(mapped).doesNotHaveDuplicates();
        // INFINITE (never expire) is left out on purpose: every log group of the platform has a retention.
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(Arrays.stream(RetentionDays.values())
                .filter(r -> r != RetentionDays.INFINITE).toList());
    }

    private static <T> List<String> constants(Class<T> type, Function<T, String> version) {
        return Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == type)
                .map(f -> version.apply(type.cast(read(f))))
                .toList();
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
