package dev.regionstack.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How {@link DeployRunner} runs a rollout. Build with {@link #builder()}.
 *
 * @param concurrency      how many stacks of one wave deploy at once, each in its own {@code cdk deploy}. Default: 1.
 * @param dryRun           print the commands in order and run nothing. Default: false.
 * @param approve          approve {@code approval: manual} environments without asking (for scripts). Default: false.
 * @param requireApproval  {@code cdk deploy --require-approval}: never, any-change or broadening. Default: never
 *                         (the output is not a terminal, so the CLI could not ask anyway).
 * @param profiles         account to AWS profile, see {@link AwsProfiles}. Default: none.
 * @param extraArgs        appended to every {@code cdk deploy} before the stack name (e.g. {@code --no-notices}). Default: none.
 * @param environment      environment variables: read for profiles and given to every cdk process. Default: {@code System.getenv()}.
 * @param workingDirectory where cdk runs. Default: this process's working directory.
 */
public record DeployOptions(int concurrency, boolean dryRun, boolean approve, String requireApproval,
                            Map<String, String> profiles, List<String> extraArgs, Map<String, String> environment,
                            Path workingDirectory) {
    private static final Set<String> APPROVAL_LEVELS = Set.of("never", "any-change", "broadening");

    public DeployOptions {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        requireApproval = requireApproval == null ? "never" : requireApproval;
        if (!APPROVAL_LEVELS.contains(requireApproval)) {
            throw new IllegalArgumentException("requireApproval must be never, any-change or broadening, got " + requireApproval);
        }
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts from the defaults listed on {@link DeployOptions}. */
    public static final class Builder {
        private int concurrency = 1;
        private boolean dryRun;
        private boolean approve;
        private String requireApproval;
        private Map<String, String> profiles;
        private List<String> extraArgs;
        private Map<String, String> environment;
        private Path workingDirectory;

        private Builder() {}

        public Builder concurrency(int concurrency) { this.concurrency = concurrency; return this; }
        public Builder dryRun(boolean dryRun) { this.dryRun = dryRun; return this; }
        public Builder approve(boolean approve) { this.approve = approve; return this; }
        public Builder requireApproval(String requireApproval) { this.requireApproval = requireApproval; return this; }
        public Builder profiles(Map<String, String> profiles) { this.profiles = profiles; return this; }
        public Builder extraArgs(List<String> extraArgs) { this.extraArgs = extraArgs; return this; }
        public Builder environment(Map<String, String> environment) { this.environment = environment; return this; }
        public Builder workingDirectory(Path workingDirectory) { this.workingDirectory = workingDirectory; return this; }

        public DeployOptions build() {
            return new DeployOptions(concurrency, dryRun, approve, requireApproval, profiles, extraArgs, environment,
                    workingDirectory);
        }
    }
}
