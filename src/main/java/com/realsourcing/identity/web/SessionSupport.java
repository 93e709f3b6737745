package com.realsourcing.identity.web;

import com.realsourcing.shared.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a principal into the browser session (a new session id on login, against fixation) and takes it out. */
@Component
class SessionSupport {

    private final SecurityContextRepository contexts;

    SessionSupport(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    void establish(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response, boolean newId) {
        request.getSession(true);
        if (newId) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(AccessTokenAuthenticationFilter.Authentications.of(user));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
