package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The service running an image of the environment's own repository: the URI of its region, and pull on exactly it. */
class ContainerServiceEcrImageTest {
    @Test
    @SuppressWarnings("unchecked")
    void theAppContainerRunsTheRepositorysImageOfItsOwnRegionAndTheExecutionRoleMayPullOnlyThere() {
        Fixtures f = new Fixtures();
        ContainerService service = new ContainerService(f.stack, "App",
                f.serviceProps().ecrImage(Optional.of(new EcrImage("acme-dev/app", "abc123"))).build());
        Template t = Template.fromStack(f.stack);
        t.hasResourceProperties("AWS::ECS::TaskDefinition", Match.objectLike(Map.of("ContainerDefinitions", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "app", "Image", Map.of("Fn::Join", List.of("", List.of(
                        "111111111111.dkr.ecr.eu-west-2.", Map.of("Ref", "AWS::URLSuffix"), "/acme-dev/app:abc123"))))))))));

        String executionRole = f.stack.getLogicalId((CfnElement) service.service().getTaskDefinition().getExecutionRole().getNode().getDefaultChild());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) t
                .findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties", Match.objectLike(Map.of(
                        "Roles", List.of(Map.of("Ref", executionRole)))))))
                .values().iterator().next().get("Properties")).get("PolicyDocument")).get("Statement");
        assertThat(statements).anySatisfy(s -> {
            assertThat((List<Object>) s.get("Action")).containsExactlyInAnyOrder("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
            assertThat(s.get("Resource").toString()).contains(":ecr:eu-west-2:111111111111:repository/acme-dev/app");
        });
        assertThat(statements).filteredOn(s -> "*".equals(s.get("Resource")))
                .singleElement().satisfies(s -> assertThat(s.get("Action")).isEqualTo("ecr:GetAuthorizationToken"));
    }

    @Test
    void aPublicImageGrantsNoEcrPermission() {
        Fixtures f = new Fixtures();
        new ContainerService(f.stack, "App", f.serviceProps().build());
        assertThat(Template.fromStack(f.stack).toJSON().toString()).doesNotContain("ecr:");
    }
}
