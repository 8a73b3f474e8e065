package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Release;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.messaging.AlertTopic;
import dev.regionstack.platform.messaging.AlertTopicProps;
import dev.regionstack.platform.observability.LoadBalancerTarget;
import dev.regionstack.platform.observability.RegionalMonitoring;
import dev.regionstack.platform.observability.RegionalMonitoringProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.Optional;

/**
 * The {@code observability} layer of one region: dashboard and alarms for whatever exists there. Reads the ALB
 * dimensions from the app layer's SSM parameters (so the app stack must be deployed first) and addresses the
 * alert topic by name; with no alert topic it creates its own.
 */
public final class ObservabilityStack extends Stack {
    private final ITopic alertTopic;
    private final RegionalMonitoring monitoring;

    public ObservabilityStack(Construct scope, String id, StackProps props, Deployment deployment, ObservedResources resources) {
        super(scope, id, props);
        String name = PhysicalNames.monitoring(deployment.project(), deployment.environment(), deployment.region());

        alertTopic = resources.alertTopicName()
                .map(topicName -> Topic.fromTopicArn(this, "AlertTopic", formatArn(ArnComponents.builder()
                        .service("sns").resource(topicName).build())))
                .orElseGet(() -> new AlertTopic(this, "AlertTopic", new AlertTopicProps(
                        PhysicalNames.observabilityAlertTopic(deployment.project(), deployment.environment()),
                        deployment.settings().alarms().email(), Optional.empty(),
                        Removal.of(deployment.settings().sizing().retainData()))).topic());

        Optional<LoadBalancerTarget> loadBalancer = resources.loadBalancer().map(p -> new LoadBalancerTarget(
                StringParameter.valueForStringParameter(this, p.loadBalancerFullNameParameter()),
                StringParameter.valueForStringParameter(this, p.targetGroupFullNameParameter()),
                deployment.settings().release() == Release.BLUE_GREEN));

        monitoring = new RegionalMonitoring(this, "Monitoring", new RegionalMonitoringProps(
                name, alertTopic, deployment.settings().alarms().latencyP99Ms(), loadBalancer, resources.aurora(),
                resources.functionNames(), resources.tableName()));

        if (deployment.settings().has(Component.APP)) ServiceTracing.samplingRule(this, deployment);
        CfnOutput.Builder.create(this, "DashboardName").value(name).description("CloudWatch dashboard").build();
        CfnOutput.Builder.create(this, "DashboardUrl")
                .value("https://" + deployment.region() + ".console.aws.amazon.com/cloudwatch/home?region="
                        + deployment.region() + "#dashboards:name=" + name)
                .description("CloudWatch dashboard").build();
        CfnOutput.Builder.create(this, "AlertTopicArn").value(alertTopic.getTopicArn()).description("Alarms publish here").build();
    }

    public ITopic alertTopic() { return alertTopic; }

    public RegionalMonitoring monitoring() { return monitoring; }
}
