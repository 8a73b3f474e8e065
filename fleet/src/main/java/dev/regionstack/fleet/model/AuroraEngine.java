package dev.regionstack.fleet.model;

/**
 * Aurora global database engine, with the version regionstack runs when the file names none.
 */
public enum AuroraEngine {
    POSTGRES("16.6"),
    MYSQL("8.0.mysql_aurora.3.08.2");

    private final String defaultVersion;

    AuroraEngine(String defaultVersion) { this.defaultVersion = defaultVersion; }

    /** The engine version used when {@code data.aurora.version} is not set. */
    public String defaultVersion() { return defaultVersion; }

    /** The name as written in the fleet file ({@code postgres}, {@code mysql}). */
    public String fileName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
