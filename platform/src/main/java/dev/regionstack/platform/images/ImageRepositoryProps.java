package dev.regionstack.platform.images;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;
import java.util.Optional;

/**
 * @param repositoryName the repository's name, the same in every region of the environment (ECR keeps the name when
 *                       it replicates). Required.
 * @param key            the region's key: encrypts the images (ECR uses it through the grant it creates with the
 *                       repository, so pulling principals need no KMS permission). Required.
 * @param keepImages     images kept, newest first; older ones expire. Default: {@value #DEFAULT_KEEP_IMAGES}.
 * @param pusher         the role that may push images, across accounts (the pipeline's image build role). Default:
 *                       none (nothing outside the account pushes).
 * @param removalPolicy  what happens to the repository (and its images) when it leaves the stack. Default: RETAIN.
 */
public record ImageRepositoryProps(String repositoryName, IKey key, int keepImages, Optional<Pusher> pusher,
                                   RemovalPolicy removalPolicy) {
    public static final int DEFAULT_KEEP_IMAGES = 30;

    /** A role in {@code account} named {@code roleName}: named, so another account's policy can say it before deploy. */
    public record Pusher(String account, String roleName) {
        public Pusher {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(roleName, "roleName");
        }

        public String roleArn(String partition) { return "arn:" + partition + ":iam::" + account + ":role/" + roleName; }
    }

    public ImageRepositoryProps {
        Objects.requireNonNull(repositoryName, "repositoryName");
        Objects.requireNonNull(key, "key");
        if (keepImages == 0) keepImages = DEFAULT_KEEP_IMAGES;
        if (keepImages < 1) throw new IllegalArgumentException("keepImages must be at least 1, got " + keepImages);
        pusher = pusher == null ? Optional.empty() : pusher;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
