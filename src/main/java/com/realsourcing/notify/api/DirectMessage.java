package com.realsourcing.notify.api;

import java.util.Map;

/** A message to an e-mail address or mobile number ({@code channel} EMAIL or SMS) in the given locale. */
public record DirectMessage(
        Channel channel, String address, String locale, String template, Map<String, Object> params) {

    public DirectMessage {
        params = Map.copyOf(params);
        if (channel != Channel.EMAIL && channel != Channel.SMS) {
            throw new IllegalArgumentException("Direct messages go by EMAIL or SMS");
        }
    }
}
