package dev.regionstack.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which AWS profile the CDK CLI uses for each account, and a check that every named profile exists.
 *
 * <p>For an account, in this order: the {@code REGIONSTACK_PROFILE_<account>} environment variable, then the
 * caller's {@code profiles} map, else none: the CLI then uses the default credential chain ({@code AWS_PROFILE},
 * {@code AWS_ACCESS_KEY_ID}..., SSO, instance roles). A named profile must be a section of the AWS config file
 * ({@code AWS_CONFIG_FILE}, default {@code ~/.aws/config}) or the credentials file
 * ({@code AWS_SHARED_CREDENTIALS_FILE}, default {@code ~/.aws/credentials}).
 */
public final class AwsProfiles {
    /** Prefix of the per-account profile variable: {@code REGIONSTACK_PROFILE_111111111111=dev-admin}. */
    public static final String PROFILE_VARIABLE_PREFIX = "REGIONSTACK_PROFILE_";

    private final Map<String, String> profiles;
    private final Map<String, String> environment;

    /**
     * @param profiles    account to profile name, from the caller (flags or settings). Default: none.
     * @param environment the environment variables to read (normally {@code System.getenv()})
     */
    public AwsProfiles(Map<String, String> profiles, Map<String, String> environment) {
        this.profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        this.environment = Map.copyOf(environment);
    }

    /** The profile to pass as {@code --profile} for {@code account}; empty means the default credential chain. */
    public Optional<String> profileFor(String account) {
        String fromVariable = environment.get(PROFILE_VARIABLE_PREFIX + account);
        if (fromVariable != null && !fromVariable.isBlank()) return Optional.of(fromVariable.trim());
        return Optional.ofNullable(profiles.get(account)).filter(p -> !p.isBlank()).map(String::trim);
    }

    /**
     * Checks, before anything runs, that each account's named profile (or {@code AWS_PROFILE} for accounts
     * without one) is defined.
     *
     * @throws RolloutException naming every missing profile, where it came from and how to fix it
     */
    public void requireDefined(Collection<String> accounts) {
        Set<String> known = null;
        List<String> problems = new ArrayList<>();
        for (String account : new LinkedHashSet<>(accounts)) {
            Optional<String> named = profileFor(account);
            String profile;
            String source;
            if (named.isPresent()) {
                profile = named.get();
                source = environment.containsKey(PROFILE_VARIABLE_PREFIX + account)
                        && !environment.get(PROFILE_VARIABLE_PREFIX + account).isBlank()
                        ? "from " + PROFILE_VARIABLE_PREFIX + account
                        : "given for the account";
            } else {
                profile = environment.get("AWS_PROFILE");
                if (profile == null || profile.isBlank()) continue;
                profile = profile.trim();
                source = "from AWS_PROFILE, as " + PROFILE_VARIABLE_PREFIX + account + " is not set";
            }
            if (known == null) known = definedProfiles();
            if (!known.contains(profile)) {
                problems.add("AWS profile \"" + profile + "\" for account " + account + " (" + source + ") is in neither "
                        + configFile() + " nor " + credentialsFile() + ": add it (aws configure --profile " + profile
                        + ") or set " + PROFILE_VARIABLE_PREFIX + account + " to a profile that exists");
            }
        }
        if (!problems.isEmpty()) throw new RolloutException(String.join("\n", problems));
    }

    /** Profile names defined in the config file ({@code [default]}, {@code [profile NAME]}) and credentials file ({@code [NAME]}). */
    public Set<String> definedProfiles() {
        return new LinkedHashSet<>(AwsConfigFiles.profiles(configFile(), credentialsFile()).keySet());
    }

    /**
     * Checks, before anything runs, that the CDK CLI will find credentials for each account, from local state only
     * (no AWS call): see {@link CredentialSources}.
     *
     * @throws RolloutException one line per account without a credential source, saying where it looked
     */
    public void requireCredentials(Collection<String> accounts) {
        CredentialSources sources = new CredentialSources(environment,
                AwsConfigFiles.profiles(configFile(), credentialsFile()), configFile(), credentialsFile());
        List<String> problems = new ArrayList<>();
        for (String account : new LinkedHashSet<>(accounts)) {
            sources.problem(account, profileFor(account)).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) throw new RolloutException(String.join("\n", problems));
    }

    Path configFile() {
        return fileFrom("AWS_CONFIG_FILE", "config");
    }

    Path credentialsFile() {
        return fileFrom("AWS_SHARED_CREDENTIALS_FILE", "credentials");
    }

    private Path fileFrom(String variable, String name) {
        String explicit = environment.get(variable);
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".aws", name);
    }
}
