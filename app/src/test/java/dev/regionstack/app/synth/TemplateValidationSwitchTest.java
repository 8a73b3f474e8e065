package dev.regionstack.app.synth;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which validation runs, from the environment the launcher sets up ({@code regionstack}) or not. */
class TemplateValidationSwitchTest {
    @Test
    void theLauncherMovesValidationOutOfJsiisProcessAndKeepsTheUsersChoice() {
        Map<String, String> launched = Map.of("CDK_VALIDATION", "false", "REGIONSTACK_CDK_VALIDATION", "true");
        assertThat(TemplateValidation.enabled(launched)).isTrue();
        assertThat(TemplateValidation.external(launched)).isTrue();

        Map<String, String> userTurnedItOff = Map.of("CDK_VALIDATION", "false", "REGIONSTACK_CDK_VALIDATION", "false");
        assertThat(TemplateValidation.enabled(userTurnedItOff)).isFalse();
        assertThat(TemplateValidation.external(userTurnedItOff)).isFalse();
    }

    @Test
    void runWithoutTheLauncherCdksDefaultInstanceValidatesOrNothingDoes() {
        assertThat(TemplateValidation.enabled(Map.of())).isTrue();
        assertThat(TemplateValidation.external(Map.of())).isFalse();   // CDK adds its default instance
        assertThat(TemplateValidation.enabled(Map.of("CDK_VALIDATION", "false"))).isFalse();
        assertThat(TemplateValidation.external(Map.of("CDK_VALIDATION", "false"))).isFalse();
    }
}
