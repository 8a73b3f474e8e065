package dev.regionstack.functions.notify;

/** Sends one templated email. Production: {@link SesEmailSender}. */
@FunctionalInterface
public interface EmailSender {
    /** Throws when the email was not accepted (the message is then retried from the queue). */
    void sendTemplated(String to, String template, String templateDataJson);
}
