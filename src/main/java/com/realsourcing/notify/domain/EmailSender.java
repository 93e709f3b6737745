package com.realsourcing.notify.domain;

/** Sends e-mail. Adapters: SMTP (when {@code spring.mail.host} is set) and an in-memory sandbox. */
public interface EmailSender {

    /** Sends the message and returns the provider's message id (may be null); {@link DeliveryException} on failure. */
    String send(EmailMessage message);

    /** A UTF-8 message with a plain-text and an HTML body. */
    record EmailMessage(String to, String subject, String text, String html) {}
}
