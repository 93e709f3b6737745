package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.EmailSender;
import com.realsourcing.shared.security.Masking;
import java.util.List;
import org.slf4j.LoggerFactory;

/** E-mail when no SMTP server is configured: logged (address masked) and kept in memory. */
public class SandboxEmailSender implements EmailSender {

    private final SandboxOutbox<EmailMessage> outbox;

    public SandboxEmailSender(String failMarker) {
        this.outbox = new SandboxOutbox<>("e-mail", failMarker, LoggerFactory.getLogger(SandboxEmailSender.class));
    }

    @Override
    public String send(EmailMessage message) {
        return outbox.accept(message.to(), Masking.email(message.to()), message, message.subject());
    }

    /** The messages accepted so far, oldest first (at most the last 100). */
    public List<EmailMessage> sent() {
        return outbox.all();
    }

    public void clear() {
        outbox.clear();
    }
}
