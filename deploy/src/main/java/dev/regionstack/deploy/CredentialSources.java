package dev.regionstack.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the CDK CLI (the AWS SDK for JavaScript's default chain) will find credentials for an account, judged from
 * the environment and the shared config files alone: no AWS call, no network.
 *
 * <p>An account with a named profile needs that profile to hold a credential setting ({@link #PROFILE_CREDENTIALS}).
 * Without one, the default chain needs: {@code AWS_ACCESS_KEY_ID} with {@code AWS_SECRET_ACCESS_KEY}; or
 * {@code AWS_PROFILE} naming a profile with a credential setting; or web identity ({@code AWS_WEB_IDENTITY_TOKEN_FILE}
 * with {@code AWS_ROLE_ARN}); or container credentials ({@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} /
 * {@code _FULL_URI}); or a {@code [default]} profile with a credential setting. An EC2 instance role alone cannot be
 * seen without asking the instance metadata service: name it in a profile ({@code credential_source = Ec2InstanceMetadata}).
 */
final class CredentialSources {
    /** Profile settings that give credentials (a role needs a source: {@code source_profile} or {@code credential_source}). */
    static final List<String> PROFILE_CREDENTIALS = List.of("aws_access_key_id", "sso_session", "sso_start_url",
            "credential_process", "web_identity_token_file", "role_arn");

    private final Map<String, String> environment;
    private final Map<String, Map<String, String>> profiles;
    private final Path config;
    private final Path credentials;

    CredentialSources(Map<String, String> environment, Map<String, Map<String, String>> profiles, Path config, Path credentials) {
        this.environment = environment;
        this.profiles = profiles;
        this.config = config;
        this.credentials = credentials;
    }

    /** Why {@code account} would have no credentials, or empty when it has a source. */
    Optional<String> problem(String account, Optional<String> namedProfile) {
        if (namedProfile.isPresent()) {
            String profile = namedProfile.get();
            if (!profiles.containsKey(profile)) return Optional.empty();   // reported by AwsProfiles.requireDefined
            return hasCredentials(profile) ? Optional.empty() : Optional.of("AWS profile \"" + profile + "\" for account "
                    + account + " holds no credentials: it sets none of " + String.join(", ", PROFILE_CREDENTIALS)
                    + " (a role_arn needs source_profile or credential_source); nothing was deployed");
        }
        if (set("AWS_ACCESS_KEY_ID") && set("AWS_SECRET_ACCESS_KEY")) return Optional.empty();
        if (set("AWS_PROFILE")) {
            String profile = environment.get("AWS_PROFILE").strip();
            return !profiles.containsKey(profile) || hasCredentials(profile) ? Optional.empty() : Optional.of("AWS profile \""
                    + profile + "\" (from AWS_PROFILE) for account " + account + " holds no credentials: it sets none of "
                    + String.join(", ", PROFILE_CREDENTIALS) + "; nothing was deployed");
        }
        if (set("AWS_WEB_IDENTITY_TOKEN_FILE") && set("AWS_ROLE_ARN")) return Optional.empty();
        if (set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") || set("AWS_CONTAINER_CREDENTIALS_FULL_URI")) return Optional.empty();
        if (profiles.containsKey("default") && hasCredentials("default")) return Optional.empty();
        return Optional.of("no AWS credentials for account " + account + ": no --profile or "
                + AwsProfiles.PROFILE_VARIABLE_PREFIX + account + " for it, no AWS_ACCESS_KEY_ID, AWS_PROFILE, web identity"
                + " or container credentials in the environment, and no [default] profile with credentials in " + config
                + " or " + credentials + "; give one with --profile " + account + "=NAME; nothing was deployed");
    }

    private boolean hasCredentials(String profile) {
        Map<String, String> settings = profiles.getOrDefault(profile, Map.of());
        if (settings.containsKey("role_arn")) {
            return settings.containsKey("source_profile") || settings.containsKey("credential_source")
                    || settings.containsKey("web_identity_token_file");
        }
        return PROFILE_CREDENTIALS.stream().anyMatch(k -> !settings.getOrDefault(k, "").isEmpty());
    }

    private boolean set(String variable) {
        String value = environment.get(variable);
        return value != null && !value.isBlank();
    }
}
