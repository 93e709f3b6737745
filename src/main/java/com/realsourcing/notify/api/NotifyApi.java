package com.realsourcing.notify.api;

import java.util.UUID;

/**
 * What other modules may ask of notify. Message texts are message-bundle keys owned by the calling module
 * ({@code notify.<module>.<template>.title} / {@code .body}, in zh-CN and en-US), rendered in the recipient's
 * language.
 */
public interface NotifyApi {

    /** Keeps notify's copy of how to reach a user (language, time zone, e-mail, mobile); called on every change. */
    void upsertRecipient(Recipient recipient);

    /**
     * Records (or, with null, forgets) the user's WeChat mini-program openid, the address of {@link Channel#WECHAT}
     * subscribe messages; called by identity after a WeChat login.
     */
    void linkWeChat(UUID userId, String openId);

    /** An in-app notification, plus the extra channels asked for, to a registered user. */
    void notifyUser(UserNotification notification);

    /** A message to an address that need not belong to a user yet (sign-up codes, password resets, invitations). */
    void sendDirect(DirectMessage message);
}
