package dev.regionstack.platform.data;

import java.util.List;

/** Aurora engines with the version every cluster of a global database runs (they must all match) and the port. */
public enum AuroraEngine {
    POSTGRESQL("aurora-postgresql", "16.6", 5432, List.of("postgresql")),
    MYSQL("aurora-mysql", "8.0.mysql_aurora.3.08.2", 3306, List.of("audit", "error", "general", "slowquery"));

    private final String engine;
    private final String version;
    private final int port;
    private final List<String> logExports;

    AuroraEngine(String engine, String version, int port, List<String> logExports) {
        this.engine = engine;
        this.version = version;
        this.port = port;
        this.logExports = logExports;
    }

    /** Every log type the engine can export to CloudWatch Logs. */
    public List<String> logExports() { return logExports; }

    /** CloudFormation's {@code Engine} value. */
    public String engine() { return engine; }
    /** CloudFormation's {@code EngineVersion} value. */
    public String version() { return version; }
    public int port() { return port; }
}
