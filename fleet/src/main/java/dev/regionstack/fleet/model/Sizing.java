package dev.regionstack.fleet.model;

/**
 * The sizing presets of the fleet-file spec. Each preset fixes capacity and how much the
 * environment's stateful resources are protected.
 *
 * @param natGatewayPerZone   true: one NAT gateway per availability zone; false: one per region
 * @param auroraInstanceType  the Aurora instance class, e.g. {@code db.r6g.large}
 * @param lambdaMemoryMiB     memory of every Lambda function
 * @param logRetentionDays    CloudWatch Logs retention
 * @param detailedMonitoring  detailed (1-minute) monitoring and Container Insights enhanced metrics
 * @param retainData          stateful resources survive stack delete and replacement
 * @param deletionProtection  deletion protection on databases and tables, termination protection on data stacks
 * The presets also give the defaults of the knobs beyond them: {@link #auroraBackupRetentionDays()},
 * {@link #performanceInsights()}, {@link #primaryReaders()}, {@link #streamCapacity()}.
 */
public enum Sizing {
    SMALL(false, "db.t4g.medium", 256, 7, false, false, false),
    MEDIUM(true, "db.r6g.large", 512, 14, true, true, false),
    LARGE(true, "db.r6g.xlarge", 1024, 30, true, true, true);

    private final boolean natGatewayPerZone;
    private final String auroraInstanceType;
    private final int lambdaMemoryMiB;
    private final int logRetentionDays;
    private final boolean detailedMonitoring;
    private final boolean retainData;
    private final boolean deletionProtection;

    Sizing(boolean natGatewayPerZone, String auroraInstanceType, int lambdaMemoryMiB, int logRetentionDays,
           boolean detailedMonitoring, boolean retainData, boolean deletionProtection) {
        this.natGatewayPerZone = natGatewayPerZone;
        this.auroraInstanceType = auroraInstanceType;
        this.lambdaMemoryMiB = lambdaMemoryMiB;
        this.logRetentionDays = logRetentionDays;
        this.detailedMonitoring = detailedMonitoring;
        this.retainData = retainData;
        this.deletionProtection = deletionProtection;
    }

    public boolean natGatewayPerZone() { return natGatewayPerZone; }
    public String auroraInstanceType() { return auroraInstanceType; }
    public int lambdaMemoryMiB() { return lambdaMemoryMiB; }
    public int logRetentionDays() { return logRetentionDays; }
    public boolean detailedMonitoring() { return detailedMonitoring; }
    public boolean retainData() { return retainData; }
    public boolean deletionProtection() { return deletionProtection; }

    /** Aurora automated backups: 1 day (small), 7 days (medium), 35 days, the maximum (large). */
    public int auroraBackupRetentionDays() {
        return switch (this) {
            case SMALL -> 1;
            case MEDIUM -> 7;
            case LARGE -> 35;
        };
    }

    /** Performance Insights on the Aurora instances: on for medium and large (the spec's default). */
    public boolean performanceInsights() { return this != SMALL; }

    /** Readers beside the primary's writer: medium and large get one in another zone to fail over to. */
    public int primaryReaders() { return this == SMALL ? 0 : 1; }

    /** One provisioned shard costs a third of an on-demand stream; the larger presets get on-demand headroom. */
    public StreamCapacity streamCapacity() {
        return this == SMALL ? new StreamCapacity.Provisioned(1) : StreamCapacity.ON_DEMAND;
    }

    /** Small fleets release rolling (one target group, cheapest); medium and large use ECS's native blue/green. */
    public Release release() { return this == SMALL ? Release.ROLLING : Release.BLUE_GREEN; }

    /** The X-Ray sampling rule's fixed rate for the service: 1 %, 2 %, 5 % of requests (after a reservoir of 1 per second). */
    public double traceSampleRate() {
        return switch (this) {
            case SMALL -> 0.01;
            case MEDIUM -> 0.02;
            case LARGE -> 0.05;
        };
    }

    /** The name as written in the fleet file ({@code small}, {@code medium}, {@code large}). */
    public String fileName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
