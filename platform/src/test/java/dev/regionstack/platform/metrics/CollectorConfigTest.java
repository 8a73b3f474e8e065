package dev.regionstack.platform.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The collector's configuration, parsed as the collector would: what it scrapes, where it writes, how it signs. */
class CollectorConfigTest {
    private static final String URL = "https://aps-workspaces.eu-west-2.amazonaws.com/workspaces/ws-1/api/v1/remote_write";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode parse(PrometheusScrape scrape) throws Exception {
        return YAML.readTree(CollectorConfig.yaml(scrape));
    }

    private static PrometheusScrape scrape() {
        return new PrometheusScrape("arn:aws:aps:eu-west-2:111111111111:workspace/ws-1", URL, "eu-west-2", 0, null, 0);
    }

    @Test
    void remoteWritesToTheWorkspaceSignedForApsInItsRegion() throws Exception {
        JsonNode config = parse(scrape());
        assertThat(config.at("/exporters/prometheusremotewrite/endpoint").asText()).isEqualTo(URL);
        assertThat(config.at("/exporters/prometheusremotewrite/auth/authenticator").asText()).isEqualTo("sigv4auth");
        assertThat(config.at("/extensions/sigv4auth/region").asText()).isEqualTo("eu-west-2");
        assertThat(config.at("/extensions/sigv4auth/service").asText()).isEqualTo("aps");
        assertThat(config.at("/service/extensions").toString()).isEqualTo("[\"sigv4auth\"]");
    }

    @Test
    void scrapesTheAppContainersEndpointOnTheTasksLoopback() throws Exception {
        JsonNode job = parse(scrape()).at("/receivers/prometheus/config/scrape_configs/0");
        assertThat(job.at("/metrics_path").asText()).isEqualTo("/metrics");
        assertThat(job.at("/static_configs/0/targets/0").asText()).isEqualTo("127.0.0.1:9464");
        JsonNode custom = parse(new PrometheusScrape("arn", URL, "eu-west-2", 8081, "/actuator/prometheus", 15))
                .at("/receivers/prometheus/config");
        assertThat(custom.at("/scrape_configs/0/static_configs/0/targets/0").asText()).isEqualTo("127.0.0.1:8081");
        assertThat(custom.at("/scrape_configs/0/metrics_path").asText()).isEqualTo("/actuator/prometheus");
        assertThat(custom.at("/global/scrape_interval").asText()).isEqualTo("15s");
    }

    @Test
    void keepsTheTracesPipelineOfTheBuiltInXRayConfiguration() throws Exception {
        JsonNode config = parse(scrape());
        assertThat(config.at("/service/pipelines/traces/receivers").toString()).isEqualTo("[\"otlp\",\"awsxray\"]");
        assertThat(config.at("/service/pipelines/traces/exporters").toString()).isEqualTo("[\"awsxray\"]");
        assertThat(config.at("/receivers/awsxray/endpoint").asText()).isEqualTo("127.0.0.1:2000");
        assertThat(config.at("/receivers/otlp/protocols/grpc/endpoint").asText()).isEqualTo("127.0.0.1:4317");
        assertThat(config.at("/service/pipelines/metrics/receivers").toString()).isEqualTo("[\"prometheus\",\"otlp\"]");
        assertThat(config.at("/service/pipelines/metrics/exporters").toString()).isEqualTo("[\"prometheusremotewrite\"]");
        // Every pipeline names only components the configuration defines.
        for (String kind : List.of("receivers", "processors", "exporters")) {
            for (String pipeline : List.of("traces", "metrics")) {
                config.at("/service/pipelines/" + pipeline + "/" + kind)
                        .forEach(name -> assertThat(config.path(kind).has(name.asText())).as(kind + " " + name).isTrue());
            }
        }
    }

    @Test
    void badScrapeSettingsAreRefused() {
        assertThatThrownBy(() -> new PrometheusScrape("arn", URL, "eu-west-2", 70000, null, 0))
                .hasMessage("metricsPort must be between 1 and 65535, got 70000");
        assertThatThrownBy(() -> new PrometheusScrape("arn", URL, "eu-west-2", 0, "metrics", 0))
                .hasMessage("metricsPath must start with '/', got 'metrics'");
    }
}
