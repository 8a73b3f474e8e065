package dev.regionstack.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How {@link BootstrapPlanner} and {@link DiffRunner} run the CDK CLI.
 *
 * @param profiles         account to AWS profile, see {@link AwsProfiles}. Default: none.
 * @param extraArgs        appended to every command before its positional arguments. Default: none.
 * @param environment      environment variables: read for profiles and given to every cdk process. Default: {@code System.getenv()}.
 * @param workingDirectory where cdk runs. Default: this process's working directory.
 */
public record CdkSettings(Map<String, String> profiles, List<String> extraArgs, Map<String, String> environment,
                          Path workingDirectory) {
    public CdkSettings {
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
    }

    /** The defaults with the caller's profiles. */
    public static CdkSettings of(Map<String, String> profiles) {
        return new CdkSettings(profiles, null, null, null);
    }

    AwsProfiles awsProfiles() {
        return new AwsProfiles(profiles, environment);
    }
}
