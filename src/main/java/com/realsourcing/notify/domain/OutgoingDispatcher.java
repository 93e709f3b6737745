package com.realsourcing.notify.domain;

import com.realsourcing.notify.api.Channel;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.Masking;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends messages to outside channels only after the caller's transaction commits, on a small pool of its own:
 * a rolled-back sign-up sends no code, and a provider that is down or slow neither rolls back nor holds up the
 * business transaction. Each message is logged in {@code notify.outgoing_messages} — PENDING with the caller's
 * transaction, then SENT or FAILED — with the address masked and any address in a provider's error masked too.
 *
 * <p>Deliberately not a {@code @TransactionalEventListener}: Spring Modulith's event publication registry would
 * serialise such an event, content and full address included, into its table.
 */
@Component
class OutgoingDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutgoingDispatcher.class);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,15}");
    private static final int MAX_ERROR = 1000;

    private final OutgoingMessageRepository outbox;
    private final Senders senders;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;

    OutgoingDispatcher(
            OutgoingMessageRepository outbox,
            EmailSender email,
            SmsSender sms,
            WeChatSubscribeMessageSender wechat,
            PlatformTransactionManager transactions,
            NotifyProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.senders = new Senders(email, sms, wechat);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.dispatch().threads());
        executor.setMaxPoolSize(properties.dispatch().threads());
        executor.setQueueCapacity(properties.dispatch().queueCapacity());
        executor.setThreadNamePrefix("notify-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    record Senders(EmailSender email, SmsSender sms, WeChatSubscribeMessageSender wechat) {}

    /** One message for one channel, held in memory only until it is handed to the provider. */
    interface Delivery {
        Channel channel();

        String address();

        /** Sends and returns the provider's message id. */
        String sendWith(Senders senders);
    }

    record EmailDelivery(EmailSender.EmailMessage message) implements Delivery {
        public Channel channel() {
            return Channel.EMAIL;
        }

        public String address() {
            return message.to();
        }

        public String sendWith(Senders senders) {
            return senders.email().send(message);
        }
    }

    record SmsDelivery(SmsSender.SmsMessage message) implements Delivery {
        public Channel channel() {
            return Channel.SMS;
        }

        public String address() {
            return message.phone();
        }

        public String sendWith(Senders senders) {
            return senders.sms().send(message);
        }
    }

    record WeChatDelivery(WeChatSubscribeMessageSender.WeChatSubscribeMessage message) implements Delivery {
        public Channel channel() {
            return Channel.WECHAT;
        }

        public String address() {
            return message.openId();
        }

        public String sendWith(Senders senders) {
            return senders.wechat().send(message);
        }
    }

    /** Logs the message as PENDING in the current transaction and sends it once that transaction commits. */
    void enqueue(UUID userId, String template, Locale locale, Delivery delivery) {
        String masked = mask(delivery.channel(), delivery.address());
        OutgoingMessage entry = outbox.save(new OutgoingMessage(
                Ids.newId(), userId, delivery.channel(), masked, template, locale.toLanguageTag(), now()));
        UUID id = entry.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(id, delivery, masked);
                }
            });
        } else {
            submit(id, delivery, masked);
        }
    }

    private void submit(UUID id, Delivery delivery, String masked) {
        try {
            executor.execute(() -> deliver(id, delivery, masked));
        } catch (TaskRejectedException full) {
            log.warn("{} message {} to {} dropped: dispatch queue full", delivery.channel(), id, masked);
            complete(id, OutgoingMessage.Status.FAILED, null, "dispatch queue full");
        }
    }

    private void deliver(UUID id, Delivery delivery, String masked) {
        try {
            String providerMessageId = delivery.sendWith(senders);
            complete(id, OutgoingMessage.Status.SENT, truncate(providerMessageId, 200), null);
            log.info("{} message {} sent to {}", delivery.channel(), id, masked);
        } catch (RuntimeException e) {
            String reason = scrub(e, delivery.address(), masked);
            log.warn("{} message {} to {} failed: {}", delivery.channel(), id, masked, reason);
            complete(id, OutgoingMessage.Status.FAILED, null, reason);
        }
    }

    private void complete(UUID id, OutgoingMessage.Status status, String providerMessageId, String error) {
        try {
            newTransaction.executeWithoutResult(tx -> outbox.complete(id, status, providerMessageId, error, now()));
        } catch (RuntimeException e) {
            log.error("Could not record the outcome {} of outgoing message {}", status, id, e);
        }
    }

    static String mask(Channel channel, String address) {
        return switch (channel) {
            case EMAIL -> Masking.email(address);
            case SMS -> Masking.mobile(address);
            default ->
                address == null || address.length() <= 8
                        ? "****"
                        : address.substring(0, 4) + "****" + address.substring(address.length() - 4);
        };
    }

    /** The failure's message with the recipient's (and any other) e-mail address or phone number masked. */
    static String scrub(Throwable failure, String address, String masked) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        String scrubbed = address == null || address.isEmpty()
                ? text.toString()
                : Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .replaceAll(Matcher.quoteReplacement(masked));
        scrubbed = EMAIL.matcher(scrubbed).replaceAll(m -> Matcher.quoteReplacement(Masking.email(m.group())));
        scrubbed = PHONE.matcher(scrubbed).replaceAll(m -> Matcher.quoteReplacement(Masking.mobile(m.group())));
        return truncate(scrubbed, MAX_ERROR);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
