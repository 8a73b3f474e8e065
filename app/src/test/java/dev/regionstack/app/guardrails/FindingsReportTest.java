package dev.regionstack.app.guardrails;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsReportTest {
    private static final String NIST = "/acme-dev-eu-west-1-app/Service/LoadBalancer/HttpListener/Resource:"
            + " NIST.800.53.R5-ALBHttpToHttpsRedirection: The ALB's HTTP listeners are not configured to redirect to HTTPS"
            + " - (Control IDs: AC-4, AC-4(22), SC-8(1)). To help protect data in transit, ensure that your Application"
            + " Load Balancer automatically redirects unencrypted HTTP requests to HTTPS. Because sensitive data can exist,"
            + " enable encryption in transit to help protect that data.\n";
    private static final String IAM5 = "/acme-dev-eu-west-1-api/CreditsApi/GetCreditsRole/DefaultPolicy/Resource:"
            + " AwsSolutions-IAM5[Resource::*]: The IAM entity contains wildcard permissions and does not have a cdk-nag"
            + " rule suppression with evidence for those permission. Metadata explaining the evidence (e.g. via supporting"
            + " links) for wildcard permissions allows for transparency to operators.\n";

    @Test
    void parsesRuleStackPathAndDetail() {
        FindingsReport.Finding f = FindingsReport.parse(IAM5);
        assertThat(f.rule()).isEqualTo("AwsSolutions-IAM5");
        assertThat(f.detail()).isEqualTo("Resource::*");
        assertThat(f.stack()).isEqualTo("acme-dev-eu-west-1-api");
        assertThat(f.path()).isEqualTo("CreditsApi/GetCreditsRole/DefaultPolicy/Resource");
    }

    @Test
    void groupsByRuleWithWhatWasFoundWhyAndWhere() {
        assertThat(FindingsReport.render(List.of(NIST, IAM5, IAM5.replace("dev-eu-west-1", "dev-eu-west-2")))).isEqualTo("""
                3 unsuppressed findings of 2 rules:

                AwsSolutions-IAM5  (2)
                  found:  The IAM entity contains wildcard permissions and does not have a cdk-nag rule suppression with evidence for those permission.
                  why:    Metadata explaining the evidence (e.g. via supporting links) for wildcard permissions allows for transparency to operators.
                  acme-dev-eu-west-1-api
                    CreditsApi/GetCreditsRole/DefaultPolicy/Resource  [Resource::*]
                  acme-dev-eu-west-2-api
                    CreditsApi/GetCreditsRole/DefaultPolicy/Resource  [Resource::*]

                NIST.800.53.R5-ALBHttpToHttpsRedirection  (1)
                  found:  The ALB's HTTP listeners are not configured to redirect to HTTPS.
                  why:    To help protect data in transit, ensure that your Application Load Balancer automatically redirects unencrypted HTTP requests to HTTPS. Because sensitive data can exist, enable encryption in transit to help protect that data.
                  acme-dev-eu-west-1-app
                    Service/LoadBalancer/HttpListener/Resource

                Fix the construct, or suppress one resource with a reason in the suppressions() of the construct that creates it (see docs/guardrails.md).
                """);
    }

    @Test
    void noErrorsNoReport() {
        assertThat(FindingsReport.render(List.of())).isEmpty();
    }
}
