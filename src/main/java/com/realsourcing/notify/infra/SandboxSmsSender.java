package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.SmsSender;
import com.realsourcing.shared.security.Masking;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Text messages in development and tests: kept in memory, logged with the number masked and without the text
 * (which may be a verification code).
 */
public class SandboxSmsSender implements SmsSender {

    private final SandboxOutbox<SmsMessage> outbox;

    public SandboxSmsSender(String failMarker) {
        this.outbox = new SandboxOutbox<>("SMS", failMarker, LoggerFactory.getLogger(SandboxSmsSender.class));
    }

    @Override
    public String send(SmsMessage message) {
        return outbox.accept(message.phone(), Masking.mobile(message.phone()), message, message.template());
    }

    public List<SmsMessage> sent() {
        return outbox.all();
    }

    public void clear() {
        outbox.clear();
    }
}
