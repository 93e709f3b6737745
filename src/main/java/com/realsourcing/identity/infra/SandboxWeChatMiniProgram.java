package com.realsourcing.identity.infra;

import com.realsourcing.identity.domain.WeChatMiniProgram;
import com.realsourcing.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Offline stand-in for WeChat: the same code always yields the same openid; codes starting with {@code invalid}
 * fail like WeChat's 40029 and {@code busy} like its -1 (system busy).
 */
@Component
@ConditionalOnProperty(name = "realsourcing.identity.wechat.mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxWeChatMiniProgram implements WeChatMiniProgram {

    @Override
    public WeChatSession codeToSession(String code) {
        if (code.startsWith("invalid")) {
            throw DomainException.badRequest("identity.wechat-code-invalid");
        }
        if (code.startsWith("busy")) {
            throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "identity.wechat-unavailable");
        }
        String digest = sha256(code);
        return new WeChatSession("sandbox-o" + digest.substring(0, 26), null, digest.substring(26, 50));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
