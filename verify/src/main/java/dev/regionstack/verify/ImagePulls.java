package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service container whose image is in a private ECR repository: ECS pulls it with the task's execution role, which
 * needs the registry token and the pull actions on that repository, and the repository must exist in the task's
 * account and region (in the primary region the environment's repository; elsewhere its replica). The repository's
 * KMS key needs nothing of the role: ECR decrypts through the grant it made on the key when it created the repository.
 */
final class ImagePulls {
    private static final Pattern PRIVATE_IMAGE =
            Pattern.compile("(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)(?:[:@].+)?");
    static final List<String> PULL = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");

    private ImagePulls() {}

    /** The pull of one container's image, if it is in a private repository; a repository the assembly lacks is reported. */
    static Optional<DataPath> of(Resolver resolver, Resource task, Optional<Resource> executionRole, JsonNode container,
                                 Findings findings) {
        Optional<String> image = resolver.resolve(task.stack(), container.path("Image")).literal();
        if (image.isEmpty()) return Optional.empty();
        Matcher m = PRIVATE_IMAGE.matcher(image.get());
        if (!m.matches()) return Optional.empty();
        String account = m.group(1), region = m.group(2), name = m.group(3);
        boolean exists = resolver.model().resources("AWS::ECR::Repository").stream()
                .anyMatch(r -> r.account().equals(account) && r.region().equals(region)
                        && resolver.property(r, "RepositoryName").literal().filter(name::equals).isPresent());
        findings.checked();
        if (!exists) {
            findings.missing(task.stack().name(), task.logicalId(), "the container " + container.path("Name").asText() + " runs "
                    + image.get() + ", but no stack of the assembly creates the repository " + name + " in " + account + "/" + region,
                    "create the repository there (with the images component, each region has its replica)");
            return Optional.empty();
        }
        String arn = "arn:" + Resolver.partition(region) + ":ecr:" + region + ":" + account + ":repository/" + name;
        List<DataPath.Need> needs = new java.util.ArrayList<>();
        needs.add(DataPath.Need.of(new Request("ecr:GetAuthorizationToken", "*")));
        PULL.forEach(action -> needs.add(DataPath.Need.of(new Request(action, arn))));
        return Optional.of(new DataPath(task, executionRole, "ECS pulls the image " + name + " for the service task", needs));
    }
}
