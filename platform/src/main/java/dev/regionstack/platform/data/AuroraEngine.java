package dev.regionstack.platform.data;

/** Aurora engines with the version every cluster of a global database runs (they must all match) and the port. */
public enum AuroraEngine {
    POSTGRESQL("aurora-postgresql", "16.6", 5432),
    MYSQL("aurora-mysql", "8.0.mysql_aurora.3.08.2", 3306);

    private final String engine;
    private final String version;
    private final int port;

    AuroraEngine(String engine, String version, int port) {
        this.engine = engine;
        this.version = version;
        this.port = port;
    }

    /** CloudFormation's {@code Engine} value. */
    public String engine() { return engine; }
    /** CloudFormation's {@code EngineVersion} value. */
    public String version() { return version; }
    public int port() { return port; }
}
