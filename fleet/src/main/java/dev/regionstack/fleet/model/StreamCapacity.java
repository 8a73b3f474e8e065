package dev.regionstack.fleet.model;

/** The Kinesis stream's capacity mode ({@code messaging.stream.shards}). */
public sealed interface StreamCapacity {
    /** On-demand capacity: Kinesis scales the shards. */
    record OnDemand() implements StreamCapacity {}

    /** Provisioned capacity with a fixed number of shards. */
    record Provisioned(int shards) implements StreamCapacity {}

    StreamCapacity ON_DEMAND = new OnDemand();
}
