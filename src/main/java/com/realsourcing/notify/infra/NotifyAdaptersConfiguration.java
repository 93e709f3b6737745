package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.EmailSender;
import com.realsourcing.notify.domain.NotifyProperties;
import com.realsourcing.notify.domain.WeChatSubscribeMessageSender;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Picks the adapters: SMTP when {@code spring.mail.host} is non-empty (application.yml sets it to "" so Boot's
 * own condition, which only checks presence, cannot be used), sandbox otherwise; SMS always sandbox; WeChat live
 * when {@code realsourcing.notify.wechat.mode=live}.
 */
@Configuration(proxyBeanMethods = false)
class NotifyAdaptersConfiguration {

    @Bean
    @Conditional(MailHostSet.class)
    EmailSender smtpEmailSender(JavaMailSender mail, NotifyProperties properties) {
        return new SmtpEmailSender(mail, properties.mail().from());
    }

    @Bean
    @Conditional(MailHostNotSet.class)
    SandboxEmailSender sandboxEmailSender(NotifyProperties properties) {
        return new SandboxEmailSender(properties.sandboxFailMarker());
    }

    @Bean
    SandboxSmsSender sandboxSmsSender(NotifyProperties properties) {
        return new SandboxSmsSender(properties.sandboxFailMarker());
    }

    @Bean
    @ConditionalOnProperty(name = "realsourcing.notify.wechat.mode", havingValue = "live")
    WeChatSubscribeMessageSender weChatSubscribeMessageClient(NotifyProperties properties, Clock clock) {
        return new WeChatSubscribeMessageClient(properties.wechat(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "realsourcing.notify.wechat.mode", havingValue = "sandbox", matchIfMissing = true)
    SandboxWeChatSender sandboxWeChatSender(NotifyProperties properties) {
        return new SandboxWeChatSender(properties.sandboxFailMarker());
    }

    static class MailHostSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    static class MailHostNotSet extends MailHostSet {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
