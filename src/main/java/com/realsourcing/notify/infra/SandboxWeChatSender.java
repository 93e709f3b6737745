package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.WeChatSubscribeMessageSender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** WeChat subscribe messages in development and tests: kept in memory and logged. */
public class SandboxWeChatSender implements WeChatSubscribeMessageSender {

    private final SandboxOutbox<WeChatSubscribeMessage> outbox;

    public SandboxWeChatSender(String failMarker) {
        this.outbox = new SandboxOutbox<>("WeChat", failMarker, LoggerFactory.getLogger(SandboxWeChatSender.class));
    }

    @Override
    public String send(WeChatSubscribeMessage message) {
        String openId = message.openId();
        String masked = openId.length() <= 8 ? "****" : openId.substring(0, 4) + "****";
        return outbox.accept(openId, masked, message, message.templateId());
    }

    public List<WeChatSubscribeMessage> sent() {
        return outbox.all();
    }

    public void clear() {
        outbox.clear();
    }
}
