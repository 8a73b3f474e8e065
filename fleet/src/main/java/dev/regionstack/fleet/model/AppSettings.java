package dev.regionstack.fleet.model;

/**
 * The containerised service run by the {@code app} component.
 *
 * @param image      container image reference. Default: public.ecr.aws/nginx/nginx:stable
 * @param port       container port. Default: 80
 * @param healthPath ALB health check path. Default: /
 * @param cpu        Fargate CPU units. Default: 512
 * @param memoryMiB  Fargate memory. Default: 1024
 * @param minTasks   auto scaling minimum. Default: 2
 * @param maxTasks   auto scaling maximum. Default: 10
 * @param deployment {@code app.deployment} as written; {@link Settings#release()} applies the sizing's default
 */
public record AppSettings(String image, int port, String healthPath, int cpu, int memoryMiB, int minTasks, int maxTasks,
                          java.util.Optional<Release> deployment) {
    /** {@code app.image: ecr:<tag>} names a tag of the environment's own repository (component {@code images}). */
    public static final String ECR_PREFIX = "ecr:";

    public static final AppSettings DEFAULT =
            new AppSettings("public.ecr.aws/nginx/nginx:stable", 80, "/", 512, 1024, 2, 10);

    public AppSettings {
        deployment = deployment == null ? java.util.Optional.empty() : deployment;
    }

    /** Settings without an {@code app.deployment} of their own. */
    public AppSettings(String image, int port, String healthPath, int cpu, int memoryMiB, int minTasks, int maxTasks) {
        this(image, port, healthPath, cpu, memoryMiB, minTasks, maxTasks, java.util.Optional.empty());
    }

    /** The tag when the image is written {@code ecr:<tag>}: this environment's repository, in each region its replica. */
    public java.util.Optional<String> ecrTag() {
        return image.startsWith(ECR_PREFIX) ? java.util.Optional.of(image.substring(ECR_PREFIX.length())) : java.util.Optional.empty();
    }
}
