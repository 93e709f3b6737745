package com.realsourcing.identity.infra;

import com.realsourcing.identity.domain.SessionRevoker;
import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends sessions through Spring Session's principal-name index, so it reaches sessions of every instance. */
@Component
class SpringSessionRevoker implements SessionRevoker {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SpringSessionRevoker(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void revokeAll(UUID userId, String keepSessionId) {
        sessions.findByPrincipalName(userId.toString()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
