package dev.regionstack.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WildcardsAndConditionsTest {
    @Test
    void wildcardsMatchAsIamDoes() {
        assertThat(Wildcards.matches("arn:aws:secretsmanager:*:1:secret:db-??????", "arn:aws:secretsmanager:eu-west-1:1:secret:db-AbC123", false)).isTrue();
        assertThat(Wildcards.matches("arn:aws:secretsmanager:*:1:secret:db-??????", "arn:aws:secretsmanager:eu-west-1:1:secret:db-AbC12", false)).isFalse();
        assertThat(Wildcards.matches("dynamodb:*Item", "dynamodb:PutItem", true)).isTrue();
        assertThat(Wildcards.matches("kms:Decrypt", "KMS:decrypt", true)).isTrue();
        assertThat(Wildcards.matches("table/a", "table/a/index/x", false)).isFalse();
    }

    private static boolean hold(String conditions, Map<String, List<String>> context) throws Exception {
        return Conditions.hold(new ObjectMapper().readTree(conditions), context, node -> {
            List<String> values = new ArrayList<>();
            if (node.isArray()) node.forEach(v -> values.add(v.asText())); else values.add(node.asText());
            return values;
        });
    }

    @Test
    void conditionsHoldOnlyWhenTheRequestCarriesTheirKeys() throws Exception {
        String aliases = "{\"ForAnyValue:StringEquals\": {\"kms:ResourceAliases\": \"alias/acme-dev-data\"}}";
        assertThat(hold(aliases, Map.of("kms:resourcealiases", List.of("alias/other", "alias/acme-dev-data")))).isTrue();
        assertThat(hold(aliases, Map.of("kms:resourcealiases", List.of("alias/other")))).isFalse();
        assertThat(hold(aliases, Map.of())).isFalse();
        assertThat(hold("{\"StringNotEquals\": {\"aws:SourceAccount\": \"1\"}}", Map.of())).isTrue();
        assertThat(hold("{\"StringLike\": {\"kms:ViaService\": \"s3.*.amazonaws.com\"}}",
                Map.of("kms:viaservice", List.of("s3.eu-west-1.amazonaws.com")))).isTrue();
        assertThat(hold("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"3600\"}}", Map.of("aws:multifactorauthage", List.of("1")))).isFalse();
    }
}
