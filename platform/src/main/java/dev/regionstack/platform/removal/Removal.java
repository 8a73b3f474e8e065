package dev.regionstack.platform.removal;

import software.amazon.awscdk.RemovalPolicy;

/**
 * What happens to a resource that holds or protects data (a table, a bucket, a key, a log group) when it leaves its
 * stack: the one mapping of the sizing's {@code retainData}, and the one default of the props records.
 */
public final class Removal {
    private Removal() {}

    /** {@code RETAIN} when the sizing retains data ({@code Sizing.retainData()}), otherwise {@code DESTROY}. */
    public static RemovalPolicy of(boolean retainData) {
        return retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    }

    /** A props record's {@code removalPolicy}: as given, or {@code RETAIN} when none is (data is never lost by default). */
    public static RemovalPolicy orRetain(RemovalPolicy removalPolicy) {
        return removalPolicy == null ? RemovalPolicy.RETAIN : removalPolicy;
    }
}
