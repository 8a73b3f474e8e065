package dev.regionstack.platform.service;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ecs.AlarmBehavior;
import software.amazon.awscdk.services.ecs.AlternateTarget;
import software.amazon.awscdk.services.ecs.AlternateTargetProps;
import software.amazon.awscdk.services.ecs.DeploymentAlarmOptions;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.ListenerRuleConfiguration;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListenerRule;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.IListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.WeightedTargetGroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * What ECS's native blue/green release of the service needs beside the production target group (blue): the
 * alternate target group (green), a production listener rule and a test listener rule that forward to blue with
 * weight 100 and green with weight 0 (ECS swaps the weights as it shifts traffic), the test listener, the rollback
 * alarms, and the infrastructure role ECS assumes to modify the rules and register the tasks.
 *
 * <p>The test listener ({@value #TEST_HTTPS_PORT} with the production certificate, or {@value #TEST_HTTP_PORT}
 * without a DNS zone) admits only the {@linkplain BlueGreenSettings#testClients() test clients}, never the
 * internet; the load balancer already reaches the tasks on the container port, whichever target group they are in.
 * Every request matches the one rule ({@code /*}) of each listener; the test listener's default answers 404, the
 * production listener's still forwards to blue (what it did before a switch from rolling).
 */
public final class BlueGreenRelease extends Construct implements Guarded {
    public static final int TEST_HTTPS_PORT = 8443;
    public static final int TEST_HTTP_PORT = 8080;
    /** The AWS managed policy AWS documents for the ECS infrastructure role of load-balanced blue/green releases. */
    public static final String INFRASTRUCTURE_POLICY = "AmazonECSInfrastructureRolePolicyForLoadBalancers";
    static final int RULE_PRIORITY = 1;

    private final ApplicationTargetGroup alternateTargetGroup;
    private final ApplicationListener testListener;
    private final ApplicationListenerRule productionRule;
    private final ApplicationListenerRule testRule;
    private final Role infrastructureRole;
    private final RollbackAlarms rollbackAlarms;
    private final boolean http;
    private final List<String> alarmNames;

    /**
     * @param certificate the production listener's certificate, which the test listener serves too; empty: HTTP
     */
    BlueGreenRelease(Construct scope, String id, BlueGreenSettings settings, IVpc vpc, ApplicationLoadBalancer loadBalancer,
                     ISecurityGroup loadBalancerGroup, ApplicationListener production, ApplicationTargetGroup blue,
                     int containerPort, String healthPath, Optional<IListenerCertificate> certificate) {
        super(scope, id);
        http = certificate.isEmpty();
        alarmNames = settings.alarms().names();
        alternateTargetGroup = ApplicationTargetGroup.Builder.create(this, "AlternateTargetGroup")
                .vpc(vpc)
                .port(containerPort)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                .deregistrationDelay(Duration.seconds(30))
                .healthCheck(HealthCheck.builder().path(healthPath).healthyHttpCodes("200-399").build())
                .build();
        productionRule = rule("ProductionRule", production, blue);

        int testPort = http ? TEST_HTTP_PORT : TEST_HTTPS_PORT;
        for (int i = 0; i < settings.testClients().size(); i++) {
            loadBalancerGroup.addIngressRule(Peer.ipv4(settings.testClients().get(i)), Port.tcp(testPort),
                    "Test listener from test client " + (i + 1) + " (not the internet)");
        }
        ApplicationListener.Builder test = ApplicationListener.Builder.create(this, "TestListener")
                .loadBalancer(loadBalancer)
                .port(testPort)
                .open(false)
                .protocol(http ? ApplicationProtocol.HTTP : ApplicationProtocol.HTTPS)
                .defaultAction(notRouted());
        certificate.ifPresent(c -> test.certificates(List.of(c)).sslPolicy(SslPolicy.RECOMMENDED_TLS));
        testListener = test.build();
        testRule = rule("TestRule", testListener, blue);

        infrastructureRole = Role.Builder.create(this, "InfrastructureRole")
                .assumedBy(new ServicePrincipal("ecs.amazonaws.com"))
                .description("ECS blue/green releases: shift the listener rules between the target groups, register the tasks")
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(INFRASTRUCTURE_POLICY)))
                .build();
        rollbackAlarms = new RollbackAlarms(this, "RollbackAlarms", settings.alarms(), loadBalancer.getLoadBalancerFullName());
    }

    /** Registers the service's tasks in blue with green as the alternate, and rolls back on the alarms. */
    void attach(FargateService service, String containerName, int containerPort, ApplicationTargetGroup blue) {
        service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
                        .containerName(containerName).containerPort(containerPort)
                        .alternateTarget(new AlternateTarget("AlternateTarget", AlternateTargetProps.builder()
                                .alternateTargetGroup(alternateTargetGroup)
                                .productionListener(ListenerRuleConfiguration.applicationListenerRule(productionRule))
                                .testListener(ListenerRuleConfiguration.applicationListenerRule(testRule))
                                .role(infrastructureRole)
                                .build()))
                        .build())
                .attachToApplicationTargetGroup(blue);
        // The literal names, not the alarms' Refs: ECS looks them up by name, and the dependency below orders creation.
        service.enableDeploymentAlarms(alarmNames, DeploymentAlarmOptions.builder().behavior(AlarmBehavior.ROLLBACK_ON_ALARM).build());
        rollbackAlarms.alarms().forEach(a -> service.getNode().addDependency(a));
    }

    private ApplicationListenerRule rule(String id, ApplicationListener listener, ApplicationTargetGroup blue) {
        return ApplicationListenerRule.Builder.create(this, id)
                .listener(listener)
                .priority(RULE_PRIORITY)
                .conditions(List.of(ListenerCondition.pathPatterns(List.of("/*"))))
                .action(ListenerAction.weightedForward(List.of(
                        WeightedTargetGroup.builder().targetGroup(blue).weight(100).build(),
                        WeightedTargetGroup.builder().targetGroup(alternateTargetGroup).weight(0).build())))
                .build();
    }

    /** The default action of the test listener, whose one rule matches every path. */
    static ListenerAction notRouted() {
        return ListenerAction.fixedResponse(404, FixedResponseOptions.builder().contentType("text/plain").messageBody("Not found").build());
    }

    public ApplicationTargetGroup alternateTargetGroup() { return alternateTargetGroup; }

    public ApplicationListener testListener() { return testListener; }

    public Role infrastructureRole() { return infrastructureRole; }

    public RollbackAlarms rollbackAlarms() { return rollbackAlarms; }

    @Override
    public List<SuppressionRule> suppressions() {
        List<SuppressionRule> rules = new ArrayList<>(List.of(on("AWS::IAM::Role", "InfrastructureRole/Resource", of("AwsSolutions-IAM4",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/" + INFRASTRUCTURE_POLICY),
                INFRASTRUCTURE_POLICY + " is the policy AWS documents for the ECS infrastructure role of blue/green releases behind a load balancer, and AWS keeps it current as ECS's release steps change."))));
        if (http) {
            String listener = "AWS::ElasticLoadBalancingV2::Listener";
            rules.add(on(listener, "TestListener/Resource", of(NIST + "ELBv2ACMCertificateRequired",
                    "Without a DNS zone in the fleet file there is no name to issue a certificate for, so the test listener serves HTTP like the production listener.")));
            rules.add(on(listener, "TestListener/Resource", of(NIST + "ALBHttpToHttpsRedirection",
                    "Without a DNS zone in the fleet file there is no HTTPS listener to redirect to; the test listener admits only the given test clients, never the internet.")));
        }
        return List.copyOf(rules);
    }
}
