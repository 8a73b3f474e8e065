package dev.regionstack.platform.service;

import dev.regionstack.platform.metrics.PrometheusScrape;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.Objects;
import java.util.Optional;

/**
 * @param vpc                 VPC with public subnets (ALB) and private subnets with egress (tasks). Required.
 * @param key                 customer-managed key of the container log group; the task may also use it because
 *                            it encrypts the table. Required.
 * @param table               the global table the service reads and writes. Required.
 * @param image               container image reference. Default: public.ecr.aws/nginx/nginx:stable
 * @param port                container port. Default: 80
 * @param healthPath          ALB health check path. Default: /
 * @param cpu                 Fargate CPU units of the task. Default: 512
 * @param memoryMiB           Fargate memory of the task. Default: 1024
 * @param minTasks            auto scaling minimum (and the initial count). Default: 2
 * @param maxTasks            auto scaling maximum. Default: 10
 * @param logRetention        container log retention. Default: ONE_WEEK
 * @param enhancedInsights    Container Insights with enhanced observability instead of the standard metrics.
 *                            Default: false
 * @param removalPolicy       what happens to the log group and the access log bucket on stack delete.
 *                            Default: RETAIN
 * @param webAcl              the regional web ACL in front of the ALB. Required.
 * @param https               certificate settings; empty: only an HTTP listener on 80. Default: empty
 * @param database            the database the app container connects to (endpoints, port and credentials, see
 *                            {@link ServiceDatabase}); empty: none, and no database variables or secrets.
 *                            Default: empty
 * @param prometheus          what the collector sidecar scrapes and remote-writes to a Prometheus workspace (see
 *                            {@link PrometheusScrape}); empty: the collector forwards traces only. Default: empty
 */
public record ContainerServiceProps(
        IVpc vpc, IKey key, ITableV2 table,
        String image, int port, String healthPath, int cpu, int memoryMiB, int minTasks, int maxTasks,
        RetentionDays logRetention, boolean enhancedInsights, RemovalPolicy removalPolicy,
        RegionalWebAclProps webAcl, Optional<HttpsSettings> https, Optional<ServiceDatabase> database,
        Optional<PrometheusScrape> prometheus) {

    public ContainerServiceProps {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(webAcl, "webAcl");
        image = image == null ? "public.ecr.aws/nginx/nginx:stable" : image;
        port = port == 0 ? 80 : port;
        healthPath = healthPath == null ? "/" : healthPath;
        cpu = cpu == 0 ? 512 : cpu;
        memoryMiB = memoryMiB == 0 ? 1024 : memoryMiB;
        minTasks = minTasks == 0 ? 2 : minTasks;
        maxTasks = maxTasks == 0 ? 10 : maxTasks;
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
        https = https == null ? Optional.empty() : https;
        database = database == null ? Optional.empty() : database;
        prometheus = prometheus == null ? Optional.empty() : prometheus;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        if (!healthPath.startsWith("/")) {
            throw new IllegalArgumentException("healthPath must start with '/', got '" + healthPath + "'");
        }
        if (minTasks < 1 || maxTasks < minTasks) {
            throw new IllegalArgumentException(
                    "minTasks must be at least 1 and at most maxTasks, got minTasks=" + minTasks + " maxTasks=" + maxTasks);
        }
    }

    public static Builder builder() { return new Builder(); }

    /** Builder for the many optional fields; unset fields take the defaults above. */
    public static final class Builder {
        private IVpc vpc;
        private IKey key;
        private ITableV2 table;
        private String image;
        private int port;
        private String healthPath;
        private int cpu;
        private int memoryMiB;
        private int minTasks;
        private int maxTasks;
        private RetentionDays logRetention;
        private boolean enhancedInsights;
        private RemovalPolicy removalPolicy;
        private RegionalWebAclProps webAcl;
        private Optional<HttpsSettings> https = Optional.empty();
        private Optional<ServiceDatabase> database = Optional.empty();
        private Optional<PrometheusScrape> prometheus = Optional.empty();

        public Builder vpc(IVpc v) { vpc = v; return this; }
        public Builder key(IKey v) { key = v; return this; }
        public Builder table(ITableV2 v) { table = v; return this; }
        public Builder image(String v) { image = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder healthPath(String v) { healthPath = v; return this; }
        public Builder cpu(int v) { cpu = v; return this; }
        public Builder memoryMiB(int v) { memoryMiB = v; return this; }
        public Builder minTasks(int v) { minTasks = v; return this; }
        public Builder maxTasks(int v) { maxTasks = v; return this; }
        public Builder logRetention(RetentionDays v) { logRetention = v; return this; }
        public Builder enhancedInsights(boolean v) { enhancedInsights = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }
        public Builder webAcl(RegionalWebAclProps v) { webAcl = v; return this; }
        public Builder https(Optional<HttpsSettings> v) { https = v; return this; }
        public Builder database(Optional<ServiceDatabase> v) { database = v; return this; }
        public Builder prometheus(Optional<PrometheusScrape> v) { prometheus = v; return this; }

        public ContainerServiceProps build() {
            return new ContainerServiceProps(vpc, key, table, image, port, healthPath, cpu, memoryMiB, minTasks, maxTasks,
                    logRetention, enhancedInsights, removalPolicy, webAcl, https, database,
                    prometheus);
        }
    }
}
