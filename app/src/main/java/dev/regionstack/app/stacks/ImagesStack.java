package dev.regionstack.app.stacks;

import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.images.ImageRepository;
import dev.regionstack.platform.images.ImageRepositoryProps;
import dev.regionstack.platform.images.RegistryReplication;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

import java.util.Optional;

/**
 * The {@code images} layer of one region: the environment's image repository, encrypted with the region's key. In
 * the primary region it is the repository images are pushed to (by the pipeline's image build role, when the
 * fleet has the pipeline) and, where this environment owns the registry's replication configuration
 * ({@link ImageReplication}), that configuration. In the other regions it is the replica's repository, created
 * before the primary's stack so replication finds it (see ImageRepository).
 */
public final class ImagesStack extends Stack {
    public static final String LAYER = "images";

    private final ImageRepository repository;

    public ImagesStack(Construct scope, String id, StackProps props, Fleet fleet, Deployment deployment, IKey key) {
        super(scope, id, props);
        boolean retain = deployment.settings().sizing().retainData();
        repository = new ImageRepository(this, "Images", new ImageRepositoryProps(
                PhysicalNames.imageRepository(deployment.project(), deployment.environment()), key, 0,
                deployment.primary() ? pusher(fleet) : Optional.empty(), Removal.of(retain)));
        if (deployment.primary()) {
            ImageReplication.rules(fleet, deployment).ifPresent(rules -> new RegistryReplication(this, "Replication", rules));
        }
        CfnOutput.Builder.create(this, "RepositoryUri").value(repository.repository().getRepositoryUri())
                .description(deployment.primary() ? "Push the service's images here" : "The replica of the primary region's repository")
                .build();
    }

    /** With the pipeline on, its image build role (in the first environment's account) pushes to every primary repository. */
    private static Optional<ImageRepositoryProps.Pusher> pusher(Fleet fleet) {
        if (!LayerSelection.pipeline(fleet)) return Optional.empty();
        Environment first = fleet.environments().get(0);
        return Optional.of(new ImageRepositoryProps.Pusher(first.account(), PhysicalNames.imageBuildRole(fleet.project(), first.name())));
    }

    public ImageRepository repository() { return repository; }
}
