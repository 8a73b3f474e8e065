package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code app.image: ecr:<tag>} needs the environment's {@code images} component, wherever the image is written. */
class ImageRulesTest {
    private static final String FLEET = """
            project: acme
            defaults:
              components: [network, security, data, app]
            environments:
              prod:
                account: "111111111111"
                regions:
                  us-east-1: {cidr: 10.0.0.0/16, primary: true}
                  us-east-2: {cidr: 10.1.0.0/16}
              qa:
                account: "111111111111"
                components: [network, security, data, app, images]
                regions:
                  us-east-1: {cidr: 10.2.0.0/16, primary: true}
            """;

    @Test
    void aRegionsEcrImageWithoutImagesIsRefusedWhereItIsWritten() {
        assertThat(Fleets.problems(FLEET.replace("us-east-2: {cidr: 10.1.0.0/16}", "us-east-2: {cidr: 10.1.0.0/16, app: {image: \"ecr:v1\"}}")))
                .containsExactly("error: fleet.yaml:9:51: environments.prod.regions.us-east-2.app.image: `ecr:v1` names a tag of "
                        + "`prod`'s own image repository, which only the component `images` creates, and this environment does not have it;"
                        + " add `images` to its `components`, or name a registry's image, e.g. public.ecr.aws/nginx/nginx:stable");
    }

    @Test
    void aDefaultEcrImageIsRefusedOnceForEachEnvironmentWithoutImages() {
        assertThat(Fleets.problems(FLEET.replace("  components: [network, security, data, app]\n",
                "  components: [network, security, data, app]\n  app: {image: \"ecr:v1\"}\n")))
                .singleElement().satisfies(p -> assertThat(p).startsWith("error: fleet.yaml:4:16: defaults.app.image: `ecr:v1` names a tag of `prod`'s"));
    }

    @Test
    void anEnvironmentWithImagesMayRunItsRepositorysTag() {
        Fleet fleet = Fleets.load(FLEET.replace("    components: [network, security, data, app, images]\n",
                "    components: [network, security, data, app, images]\n    app: {image: \"ecr:2026.12.03_1\"}\n"));
        assertThat(fleet.environments().get(1).settings().app().ecrTag()).contains("2026.12.03_1");
        assertThat(fleet.environments().get(1).settings().has(Component.IMAGES)).isTrue();
    }

    @Test
    void imagesNeedsTheSecurityComponentForItsKey() {
        assertThat(Component.IMAGES.needs()).containsExactly(Component.SECURITY);
        assertThat(Component.DEFAULTS).doesNotContain(Component.IMAGES);
        assertThat(Fleets.problems(FLEET.replace("    components: [network, security, data, app, images]", "    components: [images]")))
                .anySatisfy(p -> assertThat(p).contains("environments.qa.components").contains("`security`"));
    }

    /** Eleven environments of one account, each in two regions with the same primary: the eleventh is refused. */
    private static String sharedRegistry(int environments) {
        StringBuilder yaml = new StringBuilder("project: acme\ndefaults:\n  components: [network, security, images]\nenvironments:\n");
        for (int i = 0; i < environments; i++) {
            yaml.append("  e").append(i).append(":\n    account: \"111111111111\"\n    regions:\n")
                    .append("      us-east-1: {cidr: 10.").append(2 * i).append(".0.0/16, primary: true}\n")
                    .append("      us-west-2: {cidr: 10.").append(2 * i + 1).append(".0.0/16}\n");
        }
        return yaml.toString();
    }

    @Test
    void aRegistryReplicatesForAtMostTenEnvironments() {
        Fleets.load(sharedRegistry(ImageRules.MAX_REPLICATION_RULES));
        assertThat(Fleets.problems(sharedRegistry(ImageRules.MAX_REPLICATION_RULES + 1))).containsExactly("error: fleet.yaml:55:3: "
                + "environments.e10: `e10` would be the 11th environment with `images` that replicates from account 111111111111's "
                + "registry in us-east-1, and ECR's replication configuration holds at most 10 rules; give it another primary region "
                + "or account, or leave `images` out");
    }
}
