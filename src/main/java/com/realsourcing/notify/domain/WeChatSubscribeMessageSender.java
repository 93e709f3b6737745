package com.realsourcing.notify.domain;

import java.util.Map;

/**
 * Sends WeChat mini-program subscribe messages ({@code POST /cgi-bin/message/subscribe/send}). {@code data} maps
 * the template's keyword fields ({@code thing1}, {@code time3} …) to their values.
 */
public interface WeChatSubscribeMessageSender {

    /** Returns WeChat's {@code msgid}; {@link DeliveryException} for a non-zero {@code errcode}. */
    String send(WeChatSubscribeMessage message);

    record WeChatSubscribeMessage(String openId, String templateId, String page, Map<String, String> data) {

        public WeChatSubscribeMessage {
            data = Map.copyOf(data);
        }
    }
}
