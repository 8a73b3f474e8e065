package dev.regionstack.platform.service;

import java.util.Objects;

/**
 * An image in a private ECR repository of the service's own account and region:
 * {@code <account>.dkr.ecr.<region>.amazonaws.com/<repositoryName>:<tag>}. The task's execution role may pull from
 * that repository and no other (plus the registry token, which has no resource); the repository's KMS key needs no
 * grant to the role, ECR decrypts through its own grant on the key.
 *
 * @param repositoryName the repository, e.g. {@code acme-prod/app}
 * @param tag            the image tag
 */
public record EcrImage(String repositoryName, String tag) {
    public EcrImage {
        Objects.requireNonNull(repositoryName, "repositoryName");
        Objects.requireNonNull(tag, "tag");
    }
}
