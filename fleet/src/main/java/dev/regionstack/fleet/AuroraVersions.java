package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AuroraEngine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Aurora engine versions the CDK's engine classes know ({@code aurora-versions.txt}, held here because this
 * module has no CDK dependency; a test in the app module keeps it equal to the CDK's constants), and which of them
 * AWS supports for an Aurora global database (the floors of AWS's "Supported Regions and DB engines for Aurora
 * global databases" table in the regions that have them; a few newer regions need later versions).
 */
public final class AuroraVersions {
    private static final Map<AuroraEngine, List<String>> KNOWN = load();
    private static final Pattern POSTGRES = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)?");
    private static final Pattern MYSQL = Pattern.compile("\\d\\.\\d\\.mysql_aurora\\.(\\d+)\\.(\\d+)\\.(\\d+)");
    /** Aurora PostgreSQL major version to the first minor version a global database accepts. */
    private static final Map<Integer, Integer> POSTGRES_GLOBAL_FLOOR = Map.of(11, 9, 12, 7, 13, 3, 14, 3, 15, 2, 16, 1, 17, 4);

    private AuroraVersions() {}

    /** Every version of {@code engine} the CDK knows, oldest first. */
    public static List<String> known(AuroraEngine engine) { return KNOWN.get(engine); }

    public static boolean isKnown(AuroraEngine engine, String version) { return KNOWN.get(engine).contains(version); }

    /**
     * Why {@code version} cannot run an Aurora global database, or empty when it can. PostgreSQL: 11.9 and 11.12 or
     * later, 12.7, 13.3, 14.3, 15.2, 16.1, 17.4 or later, any later major version; never a Limitless Database version.
     * MySQL: 2.07.0 or later (5.7) and every 3.x (8.0).
     */
    public static Optional<String> globalDatabaseRefusal(AuroraEngine engine, String version) {
        return switch (engine) {
            case POSTGRES -> postgres(version);
            case MYSQL -> mysql(version);
        };
    }

    private static Optional<String> postgres(String version) {
        if (version.endsWith("-limitless")) return Optional.of("Aurora PostgreSQL Limitless Database versions do not support global databases");
        Matcher m = POSTGRES.matcher(version);
        if (!m.matches()) return Optional.of("not an Aurora PostgreSQL version AWS lists for global databases");
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < 11) return Optional.of("Aurora global databases need Aurora PostgreSQL 11.9 or later");
        if (major == 11 && minor != 9 && minor < 12) return Optional.of("Aurora global databases need Aurora PostgreSQL 11.9, or 11.12 or later");
        Integer floor = POSTGRES_GLOBAL_FLOOR.get(major);
        if (floor != null && minor < floor && major != 11) {
            return Optional.of("Aurora global databases need Aurora PostgreSQL " + major + "." + floor + " or later");
        }
        return Optional.empty();
    }

    private static Optional<String> mysql(String version) {
        Matcher m = MYSQL.matcher(version);
        if (!m.matches()) return Optional.of("Aurora global databases need Aurora MySQL 2.07.0 or later, or 3.01.0 or later");
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major == 2 && minor < 7) return Optional.of("Aurora global databases need Aurora MySQL 2.07.0 or later (5.7), or 3.01.0 or later (8.0)");
        return Optional.empty();
    }

    private static Map<AuroraEngine, List<String>> load() {
        Map<AuroraEngine, List<String>> versions = new EnumMap<>(AuroraEngine.class);
        for (AuroraEngine e : AuroraEngine.values()) versions.put(e, new ArrayList<>());
        try (var in = AuroraVersions.class.getResourceAsStream("aurora-versions.txt")) {
            if (in == null) throw new IllegalStateException("aurora-versions.txt is missing from the fleet jar");
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.trim().split(" ");
                versions.get(AuroraEngine.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT))).add(parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.replaceAll((e, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(versions);
    }
}
