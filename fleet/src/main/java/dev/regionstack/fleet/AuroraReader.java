package dev.regionstack.fleet;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The knobs of {@code data.aurora}: each value's type and range. The version is checked against the engine, and the
 * instance class against global databases, once the levels are merged ({@link KnobRules}).
 */
final class AuroraReader {
    static final int MAX_BACKUP_DAYS = 35;
    /** Aurora allows 15 replicas per cluster. */
    static final int MAX_READERS = 15;
    private static final Pattern VERSION = Pattern.compile("[0-9][0-9a-z._-]{0,63}");
    private static final Pattern INSTANCE_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[0-9]*(micro|small|medium|large|xlarge|metal)");

    private AuroraReader() {}

    static SettingsLayer.AuroraLayer read(MapFields a, Values values) {
        Optional<Located<String>> version = a.value("version").flatMap(n -> values.matching(n, a.path("version"), VERSION,
                "expected an Aurora engine version such as 16.6 (PostgreSQL) or 8.0.mysql_aurora.3.08.2 (MySQL)")
                .map(v -> new Located<>(v, n.position(), a.path("version"))));
        Optional<Located<String>> instanceClass = a.value("instanceClass").flatMap(n -> values.matching(n, a.path("instanceClass"),
                INSTANCE_CLASS, "expected an Aurora DB instance class such as db.r6g.large (db.serverless is not supported: "
                        + "it needs a capacity range regionstack does not set)")
                .map(v -> new Located<>(v, n.position(), a.path("instanceClass"))));
        Optional<Integer> backups = a.value("backupRetentionDays").flatMap(n -> values.integer(n, a.path("backupRetentionDays"),
                1, MAX_BACKUP_DAYS, "days of automated backups Aurora keeps"));
        Optional<Boolean> insights = a.value("performanceInsights").flatMap(n -> values.bool(n, a.path("performanceInsights")));
        Optional<Located<Integer>> readers = a.value("readers").flatMap(n -> values.integer(n, a.path("readers"), 0, MAX_READERS,
                "reader instances; Aurora allows 15 per cluster").map(r -> new Located<>(r, n.position(), a.path("readers"))));
        return new SettingsLayer.AuroraLayer(version, instanceClass, backups, insights, readers);
    }
}
