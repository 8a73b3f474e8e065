package dev.regionstack.platform.search;

/**
 * A domain's nodes. OpenSearch Service requires one subnet per zone the data nodes span, and an even number of data
 * nodes over two zones.
 *
 * @param dataNodes          data nodes (at least 1)
 * @param dataInstanceType   e.g. {@code r6g.large.search}
 * @param zones              zones the data nodes span: 1 (no zone awareness), 2 or 3
 * @param masterInstanceType dedicated master nodes' type, or null for none; with it, three masters
 * @param volumeGiB          gp3 volume per data node
 */
public record SearchCapacity(int dataNodes, String dataInstanceType, int zones, String masterInstanceType, int volumeGiB) {
    /** Three dedicated masters: a quorum that survives the loss of one. */
    public static final int MASTERS = 3;

    public SearchCapacity {
        if (dataNodes < 1) throw new IllegalArgumentException("a domain needs at least one data node, not " + dataNodes);
        if (zones < 1 || zones > 3) throw new IllegalArgumentException("a domain spans 1 to 3 zones, not " + zones);
        if (dataNodes < zones) throw new IllegalArgumentException(dataNodes + " data nodes cannot span " + zones + " zones");
        if (zones == 2 && dataNodes % 2 != 0) {
            throw new IllegalArgumentException("OpenSearch Service needs an even number of data nodes over two zones, not " + dataNodes);
        }
        if (dataInstanceType == null || !dataInstanceType.endsWith(".search")) {
            throw new IllegalArgumentException("an OpenSearch instance type ends in .search: " + dataInstanceType);
        }
        if (masterInstanceType != null && !masterInstanceType.endsWith(".search")) {
            throw new IllegalArgumentException("an OpenSearch instance type ends in .search: " + masterInstanceType);
        }
        if (volumeGiB < 10) throw new IllegalArgumentException("a gp3 volume has at least 10 GiB, not " + volumeGiB);
    }

    public boolean zoneAware() { return zones > 1; }

    public boolean dedicatedMasters() { return masterInstanceType != null; }
}
