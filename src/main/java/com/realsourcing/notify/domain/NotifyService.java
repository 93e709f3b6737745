package com.realsourcing.notify.domain;

import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.Recipient;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.config.PlatformProperties;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.PiiProtection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Notify's facade. Texts are rendered in the recipient's language from the calling module's bundle; the in-app
 * notification is stored in the caller's transaction, and e-mail, SMS and WeChat messages leave only after that
 * transaction commits (see {@link OutgoingDispatcher}).
 */
@Service
public class NotifyService implements NotifyApi {

    private static final Logger log = LoggerFactory.getLogger(NotifyService.class);
    private static final DateTimeFormatter WECHAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int WECHAT_THING_LENGTH = 20;

    private final RecipientProfileRepository recipients;
    private final NotificationRepository notifications;
    private final TemplateRenderer renderer;
    private final OutgoingDispatcher dispatcher;
    private final PiiProtection pii;
    private final NotifyProperties properties;
    private final PlatformProperties platform;
    private final Clock clock;

    NotifyService(
            RecipientProfileRepository recipients,
            NotificationRepository notifications,
            TemplateRenderer renderer,
            OutgoingDispatcher dispatcher,
            PiiProtection pii,
            NotifyProperties properties,
            PlatformProperties platform,
            Clock clock) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.pii = pii;
        this.properties = properties;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void upsertRecipient(Recipient recipient) {
        Objects.requireNonNull(recipient.userId(), "userId");
        recipients.upsert(
                recipient.userId(),
                RecipientProfile.normalizeLocale(recipient.locale()),
                RecipientProfile.normalizeTimeZone(recipient.timeZone()),
                pii.encrypt(blankToNull(recipient.email())),
                pii.encrypt(blankToNull(recipient.mobile())),
                now());
    }

    @Override
    @Transactional
    public void linkWeChat(UUID userId, String openId) {
        Objects.requireNonNull(userId, "userId");
        recipients.linkWeChat(
                userId,
                RecipientProfile.normalizeLocale(null),
                RecipientProfile.DEFAULT_ZONE.getId(),
                pii.encrypt(blankToNull(openId)),
                now());
    }

    @Override
    @Transactional
    public void notifyUser(UserNotification notification) {
        Optional<RecipientProfile> recipient = recipients.findById(notification.userId());
        Locale locale = recipient.map(RecipientProfile::locale).orElse(RecipientProfile.DEFAULT_LOCALE);
        ZoneId zone = recipient.map(RecipientProfile::zone).orElse(RecipientProfile.DEFAULT_ZONE);
        TemplateRenderer.Rendered text = renderer.render(notification.template(), notification.params(), locale, zone);
        Instant now = now();
        notifications.save(new Notification(
                Ids.newId(),
                notification.userId(),
                notification.category(),
                notification.template(),
                text.title(),
                text.body(),
                notification.link(),
                now));
        for (Channel channel : Channel.values()) {
            if (channel == Channel.IN_APP || !notification.channels().contains(channel)) {
                continue;
            }
            String address = recipient.map(r -> address(r, channel)).orElse(null);
            if (address == null) {
                log.debug(
                        "User {} has no {} address; {} sent in-app only",
                        notification.userId(),
                        channel,
                        notification.template());
                continue;
            }
            dispatcher.enqueue(
                    notification.userId(),
                    notification.template(),
                    locale,
                    delivery(
                            channel,
                            address,
                            notification.template(),
                            notification.params(),
                            text,
                            notification.link(),
                            locale,
                            zone,
                            now));
        }
    }

    @Override
    @Transactional
    public void sendDirect(DirectMessage message) {
        if (!StringUtils.hasText(message.address())) {
            throw new IllegalArgumentException("A direct message needs an address");
        }
        Locale locale = Locale.forLanguageTag(RecipientProfile.normalizeLocale(message.locale()));
        ZoneId zone = RecipientProfile.DEFAULT_ZONE;
        TemplateRenderer.Rendered text = renderer.render(message.template(), message.params(), locale, zone);
        dispatcher.enqueue(
                null,
                message.template(),
                locale,
                delivery(
                        message.channel(),
                        message.address().strip(),
                        message.template(),
                        message.params(),
                        text,
                        null,
                        locale,
                        zone,
                        now()));
    }

    private OutgoingDispatcher.Delivery delivery(
            Channel channel,
            String address,
            String template,
            Map<String, Object> params,
            TemplateRenderer.Rendered text,
            String link,
            Locale locale,
            ZoneId zone,
            Instant now) {
        return switch (channel) {
            case EMAIL -> {
                String linkUrl = absolute(link);
                String linkLabel = renderer.text("notify.email.open-link", locale);
                yield new OutgoingDispatcher.EmailDelivery(new EmailSender.EmailMessage(
                        address,
                        text.title(),
                        EmailLayout.text(text.body(), linkUrl),
                        EmailLayout.html(text.title(), text.body(), linkUrl, linkLabel, locale)));
            }
            case SMS ->
                new OutgoingDispatcher.SmsDelivery(
                        new SmsSender.SmsMessage(address, template, stringParams(params, zone), text.body()));
            case WECHAT -> {
                NotifyProperties.WeChat wechat = properties.wechat();
                Map<String, String> data = new LinkedHashMap<>();
                data.put(wechat.titleField(), shorten(text.title()));
                data.put(wechat.bodyField(), shorten(text.body()));
                data.put(wechat.timeField(), WECHAT_TIME.format(now.atZone(zone)));
                yield new OutgoingDispatcher.WeChatDelivery(new WeChatSubscribeMessageSender.WeChatSubscribeMessage(
                        address, wechat.templateId(), wechat.page(), data));
            }
            case IN_APP -> throw new IllegalArgumentException("IN_APP is not an outside channel");
        };
    }

    private static String address(RecipientProfile recipient, Channel channel) {
        return switch (channel) {
            case EMAIL -> recipient.email();
            case SMS -> recipient.mobile();
            case WECHAT -> recipient.wechatOpenId();
            case IN_APP -> null;
        };
    }

    private String absolute(String link) {
        if (link == null || !link.startsWith("/")) {
            return link;
        }
        return platform.publicUrl().replaceAll("/+$", "") + link;
    }

    private static Map<String, String> stringParams(Map<String, Object> params, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, TemplateRenderer.format(value, zone)));
        return values;
    }

    /** WeChat {@code thing} values hold at most 20 characters. */
    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= WECHAT_THING_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, WECHAT_THING_LENGTH - 1)) + "…";
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
