package com.realsourcing.identity.web;

import com.realsourcing.identity.domain.IdentityService;
import com.realsourcing.identity.domain.WeChatLoginService;
import com.realsourcing.identity.web.IdentityDtos.MeResponse;
import com.realsourcing.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/wechat")
@Tag(name = "identity-wechat", description = "WeChat mini-program login")
class WeChatController {

    private static final String PENDING_OPENID = "identity.wechat.pending-openid";
    private static final String PENDING_UNIONID = "identity.wechat.pending-unionid";

    private final WeChatLoginService wechat;
    private final IdentityService identity;
    private final SessionSupport sessions;

    WeChatController(WeChatLoginService wechat, IdentityService identity, SessionSupport sessions) {
        this.wechat = wechat;
        this.identity = identity;
        this.sessions = sessions;
    }

    record WeChatLoginRequest(@NotBlank @Size(max = 128) String code) {}

    record WeChatBindRequest(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 128) String password) {}

    @Operation(summary = "Log in with the code from wx.login(); 401 identity.wechat-not-linked asks to bind first")
    @PostMapping("/login")
    MeResponse login(
            @Valid @RequestBody WeChatLoginRequest request, HttpServletRequest http, HttpServletResponse response) {
        var outcome = wechat.login(request.code());
        if (outcome.user() == null) {
            HttpSession session = http.getSession(true);
            session.setAttribute(PENDING_OPENID, outcome.pendingOpenId());
            session.setAttribute(PENDING_UNIONID, outcome.unionId());
            throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.wechat-not-linked");
        }
        sessions.establish(outcome.user(), http, response, true);
        return MeResponse.from(
                identity.me(outcome.user().userId(), outcome.user().organizationId()));
    }

    @Operation(summary = "Link the WeChat account from the last login attempt to a password account, then log in")
    @PostMapping("/bind")
    MeResponse bind(
            @Valid @RequestBody WeChatBindRequest request, HttpServletRequest http, HttpServletResponse response) {
        HttpSession session = http.getSession(false);
        String openId = session == null ? null : (String) session.getAttribute(PENDING_OPENID);
        String unionId = session == null ? null : (String) session.getAttribute(PENDING_UNIONID);
        var user = wechat.bind(openId, unionId, request.login(), request.password());
        session.removeAttribute(PENDING_OPENID);
        session.removeAttribute(PENDING_UNIONID);
        sessions.establish(user, http, response, true);
        return MeResponse.from(identity.me(user.userId(), user.organizationId()));
    }
}
