package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mini-program login: a linked openid logs straight in; an unknown one is linked once by logging in with the
 * account's password (the pending openid waits in the caller's session, never in the client's hands).
 */
@Service
public class WeChatLoginService {

    private final WeChatMiniProgram wechat;
    private final IdentityService identity;
    private final com.realsourcing.notify.api.NotifyApi notify;
    private final JdbcClient jdbc;
    private final Clock clock;

    WeChatLoginService(
            WeChatMiniProgram wechat,
            IdentityService identity,
            com.realsourcing.notify.api.NotifyApi notify,
            JdbcClient jdbc,
            Clock clock) {
        this.wechat = wechat;
        this.identity = identity;
        this.notify = notify;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Either the signed-in principal or, when the openid is not linked yet, that openid to keep for binding. */
    public record Outcome(AuthenticatedUser user, String pendingOpenId, String unionId) {}

    @Transactional
    public Outcome login(String code) {
        var session = wechat.codeToSession(code);
        Optional<UUID> linked = jdbc.sql("select user_id from identity.wechat_identities where openid = ?")
                .param(session.openId())
                .query(UUID.class)
                .optional();
        if (linked.isEmpty()) {
            return new Outcome(null, session.openId(), session.unionId());
        }
        User user = identity.requireUser(linked.get());
        user.requireMayLogIn();
        return new Outcome(identity.principal(user, user.getActiveOrganizationId()), null, null);
    }

    @Transactional(noRollbackFor = DomainException.class)
    public AuthenticatedUser bind(String openId, String unionId, String login, String password) {
        if (openId == null) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "identity.wechat-bind-expired");
        }
        User user = identity.verify(login, password);
        jdbc.sql(
                        """
                        insert into identity.wechat_identities (openid, unionid, user_id, created_at) values (?,?,?,?)
                        on conflict (openid) do update set user_id = excluded.user_id, unionid = excluded.unionid
                        """)
                .param(openId)
                .param(unionId)
                .param(user.getId())
                .param(Timestamp.from(clock.instant()))
                .update();
        // Subscribe messages go to the openid, so notify learns it.
        notify.linkWeChat(user.getId(), openId);
        return identity.principal(user, user.getActiveOrganizationId());
    }
}
