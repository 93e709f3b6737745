package com.realsourcing.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Picks zh-CN or en-US from {@code Accept-Language}; Simplified Chinese when the header says nothing we speak. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(ZH_CN, Locale.US));
        resolver.setDefaultLocale(ZH_CN);
        return resolver;
    }
}
