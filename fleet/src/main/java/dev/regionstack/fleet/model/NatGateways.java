package dev.regionstack.fleet.model;

/** How many NAT gateways a region's VPC gets ({@code network.natGateways}). */
public enum NatGateways {
    /** One for the whole VPC: cheaper, but traffic of the other zones crosses zones and depends on one zone. */
    ONE("one"),
    /** One in each availability zone: zonal resilience. */
    PER_ZONE("perZone");

    private final String fileName;

    NatGateways(String fileName) { this.fileName = fileName; }

    /** The value as written in the fleet file. */
    public String fileName() { return fileName; }
}
