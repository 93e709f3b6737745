package com.realsourcing.identity.domain;

/**
 * WeChat mini-program login ({@code code2session}): turns the {@code code} from {@code wx.login()} into the user's
 * openid (and unionid when the app is bound to an open platform account).
 */
public interface WeChatMiniProgram {

    WeChatSession codeToSession(String code);

    /** What WeChat tells us about the user; the session key never leaves the server. */
    record WeChatSession(String openId, String unionId, String sessionKey) {}
}
