package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.DeliveryException;
import com.realsourcing.notify.domain.EmailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender} ({@code spring.mail.*}): multipart/alternative with a
 * text and an HTML part, UTF-8 throughout (subject and sender name RFC 2047-encoded, so Chinese survives).
 */
public class SmtpEmailSender implements EmailSender {

    private final JavaMailSender mail;
    private final InternetAddress from;

    public SmtpEmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = parseFrom(from);
    }

    @Override
    public String send(EmailMessage message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            mail.send(mime);
            return mime.getMessageID();
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("SMTP delivery failed: " + e.getMessage(), e);
        }
    }

    private static InternetAddress parseFrom(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            return parsed.getPersonal() == null
                    ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (jakarta.mail.internet.AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("realsourcing.notify.mail.from is not an e-mail address: " + from, e);
        }
    }
}
