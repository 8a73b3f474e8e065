package dev.regionstack.functions.notify;

import software.amazon.awssdk.services.sesv2.SesV2Client;

/** SES v2 SendEmail with a stored template, from SES_FROM_ADDRESS. */
public final class SesEmailSender implements EmailSender {
    private final SesV2Client ses;
    private final String from;

    public SesEmailSender(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void sendTemplated(String to, String template, String templateDataJson) {
        ses.sendEmail(b -> b.fromEmailAddress(from)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.template(t -> t.templateName(template).templateData(templateDataJson))));
    }
}
