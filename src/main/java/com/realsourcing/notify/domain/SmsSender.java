package com.realsourcing.notify.domain;

import java.util.Map;

/**
 * Sends text messages. Shaped after Aliyun SMS {@code SendSms}: a phone number, the provider template that
 * {@code template} maps to ({@code realsourcing.notify.sms.template-codes}), the sign name from configuration and
 * the parameters as JSON; {@code text} is the rendered message, for the sandbox and for providers that take free
 * text. Only the sandbox adapter exists so far.
 */
public interface SmsSender {

    /** Returns the provider's message id ({@code BizId} for Aliyun); {@link DeliveryException} on failure. */
    String send(SmsMessage message);

    record SmsMessage(String phone, String template, Map<String, String> params, String text) {

        public SmsMessage {
            params = Map.copyOf(params);
        }
    }
}
