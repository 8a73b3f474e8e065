package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.lambda.JavaFunctionProps;
import dev.regionstack.platform.messaging.EventStreamProps;
import dev.regionstack.platform.messaging.StreamTransform;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

import java.util.Optional;

/** The messaging stack's part of {@code messaging.stream.transform}: the function {@code <project>-<env>-stream-transform}. */
final class StreamTransformFunction {
    static final String FUNCTION = "stream-transform";

    private StreamTransformFunction() {}

    /** {@code props}, with the transformation step when the file turns it on (in {@code scope}, as {@code StreamTransform}). */
    static EventStreamProps apply(Construct scope, Deployment deployment, IKey key, Optional<String> functionsJarPath, EventStreamProps props) {
        if (!deployment.settings().knobs().streamTransform()) return props;
        String jar = functionsJarPath.orElseThrow(() -> new IllegalArgumentException(
                deployment.key() + " turns messaging.stream.transform on, but the messaging stack was given no functions jar"));
        StreamTransform transform = new StreamTransform(scope, "StreamTransform", new JavaFunctionProps(
                functionName(deployment), StreamTransform.HANDLER, jar, key, null,
                deployment.settings().sizing().lambdaMemoryMiB(), null,
                LogRetention.of(deployment.settings().knobs().logRetentionDays()), Removal.of(deployment.settings().sizing().retainData())));
        return props.withTransform(transform.target());
    }

    /** {@code <project>-<env>-stream-transform}. */
    static String functionName(Deployment deployment) {
        return PhysicalNames.function(deployment.project(), deployment.environment(), FUNCTION);
    }
}
