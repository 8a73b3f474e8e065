package dev.regionstack.platform.service;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

class ContainerServiceAccessLogsTest {
    @Test
    void accessLogsAreVersionedAndExpireAfterNinetyDays() {
        Fixtures f = new Fixtures();
        new ContainerService(f.stack, "App", f.serviceProps().build());
        Template.fromStack(f.stack).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", List.of(Map.of(
                        "Id", "ExpireAccessLogs",
                        "ExpirationInDays", 90,
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 7),
                        "Status", "Enabled"))))));
    }
}
