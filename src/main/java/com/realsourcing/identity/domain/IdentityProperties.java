package com.realsourcing.identity.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code realsourcing.identity.*}: the bootstrap platform admin, login throttling, reset codes, tokens and WeChat.
 * {@code token-cache-ttl} bounds how long another instance may still accept a token after it was revoked or its
 * user disabled (the instance that made the change forgets it at once).
 */
@ConfigurationProperties("realsourcing.identity")
public record IdentityProperties(
        BootstrapAdmin bootstrapAdmin,
        @DefaultValue Throttle throttle,
        @DefaultValue("15m") Duration resetCodeTtl,
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("10s") Duration tokenCacheTtl,
        @DefaultValue WeChat wechat) {

    /** The first platform admin; both must be set for it to be created. No default password exists. */
    public record BootstrapAdmin(String login, String password, @DefaultValue("平台管理员") String displayName) {}

    /**
     * After {@code slowAfter} failures each further try must wait (1 s, doubling, at most {@code maxDelay}); after
     * {@code lockAfter} failures the login is locked for {@code lockFor}. A success resets the count.
     */
    public record Throttle(
            @DefaultValue("3") int slowAfter,
            @DefaultValue("30s") Duration maxDelay,
            @DefaultValue("8") int lockAfter,
            @DefaultValue("15m") Duration lockFor) {}

    /** WeChat mini-program login: {@code mode} sandbox (default) or real, with the app id and secret for real. */
    public record WeChat(
            @DefaultValue("sandbox") String mode,
            String appId,
            String appSecret,
            @DefaultValue("https://api.weixin.qq.com") String baseUrl) {}
}
