package dev.regionstack.fleet.model;

/**
 * The Aurora global database of an environment, as one region's cluster sees it.
 *
 * @param engine              the engine. Default: POSTGRES.
 * @param version             the engine version, the same in every region. Default: {@link AuroraEngine#defaultVersion()}.
 * @param instanceClass       the DB instance class of this region's cluster. Default: {@link Sizing#auroraInstanceType()}.
 * @param backupRetentionDays automated backups, 1 to 35 days. Default: {@link Sizing#auroraBackupRetentionDays()}.
 * @param performanceInsights Performance Insights on the instances. Default: {@link Sizing#performanceInsights()}.
 * @param readers             reader instances in this region's cluster (the primary adds its writer). Default: in the
 *                            primary {@link Sizing#primaryReaders()}, elsewhere 1.
 */
public record AuroraSettings(AuroraEngine engine, String version, String instanceClass, int backupRetentionDays,
                             boolean performanceInsights, int readers) {
    /** Secondary clusters get one reader when the file says nothing: the region's app reads from it. */
    public static final int SECONDARY_READERS = 1;

    /** The preset's values for {@code engine}, for a region that is ({@code primary}) or is not the primary. */
    public static AuroraSettings preset(AuroraEngine engine, Sizing sizing, boolean primary) {
        return new AuroraSettings(engine, engine.defaultVersion(), sizing.auroraInstanceType(), sizing.auroraBackupRetentionDays(),
                sizing.performanceInsights(), primary ? sizing.primaryReaders() : SECONDARY_READERS);
    }

    /** DB instances of the cluster: the writer plus the readers in the primary, the readers alone elsewhere. */
    public int instances(boolean primary) { return primary ? readers + 1 : readers; }
}
