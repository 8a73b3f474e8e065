package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the app container learns about its database, and what its roles may do with the credentials. */
class ContainerServiceDatabaseTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-2:111111111111:secret:acme-dev-aurora-credentials";

    private static Template withDatabase(Fixtures f) {
        new ContainerService(f.stack, "App", f.serviceProps().database(Optional.of(f.database())).build());
        return Template.fromStack(f.stack);
    }

    private static Object appContainer(String property, Object value) {
        return Match.objectLike(Map.of("ContainerDefinitions", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "app", property, value))))));
    }

    @Test
    void appContainerGetsTheWriterAndReaderEndpointsAndThePort() {
        withDatabase(new Fixtures()).hasResourceProperties("AWS::ECS::TaskDefinition", appContainer(
                "Environment", Match.arrayWith(List.of(
                        Map.of("Name", "DB_HOST", "Value", "writer.cluster-abc.eu-west-2.rds.amazonaws.com"),
                        Map.of("Name", "DB_PORT", "Value", "5432"),
                        Map.of("Name", "DB_READER_HOST", "Value", "reader.cluster-ro-abc.eu-west-2.rds.amazonaws.com")))));
    }

    @Test
    void credentialsAreEcsSecretsFromTheSecretsJsonKeysNeverEnvironment() {
        Template t = withDatabase(new Fixtures());
        t.hasResourceProperties("AWS::ECS::TaskDefinition", appContainer("Secrets", List.of(
                Map.of("Name", "DB_PASSWORD", "ValueFrom", SECRET_ARN + ":password::"),
                Map.of("Name", "DB_USERNAME", "ValueFrom", SECRET_ARN + ":username::"))));
        assertThat(t.findResources("AWS::ECS::TaskDefinition").toString()).doesNotContain("Name=DB_PASSWORD, Value=");
    }

    @Test
    void executionRoleMayReadTheSecretAndDecryptItThroughSecretsManagerOnly() {
        Fixtures f = new Fixtures();
        Template t = withDatabase(f);
        t.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("AppExecutionRole.*"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of(
                                "Sid", "DecryptDatabaseCredentials",
                                "Action", "kms:Decrypt",
                                "Resource", Map.of("Fn::GetAtt", List.of(f.stack.getLogicalId((CfnElement) f.key.getNode().getDefaultChild()), "Arn")),
                                "Condition", Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager.eu-west-2.amazonaws.com")))),
                        Match.objectLike(Map.of(
                                "Action", Match.arrayWith(List.of("secretsmanager:GetSecretValue")),
                                "Resource", SECRET_ARN + "-??????")))))))));
    }

    @Test
    void taskRoleIsNotGrantedTheCredentials() {
        Template t = withDatabase(new Fixtures());
        assertThat(t.findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("AppTaskRole.*")))))))).toString())
                .doesNotContain("secretsmanager");
    }

    @Test
    void withoutADatabaseNoDatabaseVariablesSecretsOrPermissions() {
        Fixtures f = new Fixtures();
        new ContainerService(f.stack, "App", f.serviceProps().build());
        Template t = Template.fromStack(f.stack);
        String task = t.findResources("AWS::ECS::TaskDefinition").toString();
        assertThat(task).doesNotContain("DB_HOST", "DB_READER_HOST", "DB_PORT", "Secrets");
        assertThat(t.findResources("AWS::IAM::Policy").toString()).doesNotContain("secretsmanager", "DecryptDatabaseCredentials");
        t.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "Description", "ECS agent: pull the images, write the container logs")));
    }

    @Test
    void rejectsAPortOutOfRange() {
        Fixtures f = new Fixtures();
        var e = assertThrows(IllegalArgumentException.class, () -> new ServiceDatabase("w", "r", 0, f.credentials()));
        assertThat(e).hasMessage("port must be between 1 and 65535, got 0");
    }
}
