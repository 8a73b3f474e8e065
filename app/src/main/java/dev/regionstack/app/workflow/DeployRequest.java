package dev.regionstack.app.workflow;

import dev.regionstack.deploy.AwsProfiles;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code deploy}, its arguments checked.
 *
 * @param target        what the deploy covers
 * @param aws           the profile per account, every named profile known to exist
 * @param profiles      the {@code --profile} values, account to profile
 * @param concurrency   stacks deployed at once within a wave, at least 1
 * @param dryRun        print the commands, deploy and record nothing
 * @param approve       approve manual environments without asking
 * @param allowDataLoss the {@code --allow-data-loss} values ({@code stack} or {@code stack/logicalId})
 * @param forget        the {@code --forget} stacks, already checked by {@link DeployTarget#forgetProblems}
 * @param outdir        the cloud assembly directory
 */
public record DeployRequest(DeployTarget target, AwsProfiles aws, Map<String, String> profiles, int concurrency,
                            boolean dryRun, boolean approve, Set<String> allowDataLoss, Set<String> forget, Path outdir) {
    public DeployRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(aws, "aws");
        Objects.requireNonNull(outdir, "outdir");
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        allowDataLoss = Collections.unmodifiableSet(new LinkedHashSet<>(allowDataLoss));
        forget = Collections.unmodifiableSet(new LinkedHashSet<>(forget));
    }
}
