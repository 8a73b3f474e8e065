package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellWordsTest {
    @Test
    void plainWordsStayAsTheyAre() {
        assertThat(ShellWords.join(List.of("/opt/cdk", "deploy", "--app", "/a/cdk.out", "aws://111111111111/eu-west-2")))
                .isEqualTo("/opt/cdk deploy --app /a/cdk.out aws://111111111111/eu-west-2");
    }

    @Test
    void wordsWithBlanksOrQuotesAreSingleQuoted() {
        assertThat(ShellWords.join(List.of("cdk", "--app", "/my dir/cdk.out", "--tags", "Owner=O'Neil", "")))
                .isEqualTo("cdk --app '/my dir/cdk.out' --tags 'Owner=O'\"'\"'Neil' ''");
    }
}
