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
 */
public record AppSettings(String image, int port, String healthPath, int cpu, int memoryMiB, int minTasks, int maxTasks) {
    public static final AppSettings DEFAULT =
            new AppSettings("public.ecr.aws/nginx/nginx:stable", 80, "/", 512, 1024, 2, 10);
}
