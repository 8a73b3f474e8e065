package dev.regionstack.platform.messaging;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * An SQS queue with its dead-letter queue, both KMS-encrypted with the region key and TLS-only.
 * Messages that fail {@code maxReceiveCount} times move to the dead-letter queue, which keeps them 14 days
 * (the SQS maximum) so that an operator has time to look at them and redrive.
 */
public final class QueueWithDeadLetter extends Construct {
    private final Queue queue;
    private final Queue deadLetterQueue;

    public QueueWithDeadLetter(Construct scope, String id, QueueWithDeadLetterProps props) {
        super(scope, id);
        deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(props.key())
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        queue = Queue.Builder.create(this, "Resource")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(props.key())
                .enforceSsl(true)
                .visibilityTimeout(props.visibilityTimeout())
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetterQueue).maxReceiveCount(props.maxReceiveCount()).build())
                .build();
    }

    public IQueue queue() { return queue; }

    public IQueue deadLetterQueue() { return deadLetterQueue; }
}
