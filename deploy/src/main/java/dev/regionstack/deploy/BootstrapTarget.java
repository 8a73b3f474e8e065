package dev.regionstack.deploy;

import java.util.Objects;

/** One AWS environment to bootstrap: {@code aws://<account>/<region>}. */
public record BootstrapTarget(String account, String region) {
    public BootstrapTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }

    /** The CDK CLI's name of this environment. */
    public String uri() {
        return "aws://" + account + "/" + region;
    }
}
