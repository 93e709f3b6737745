package com.realsourcing.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON (and the few files it serves); no JAXB XML. Spring MVC registers a JAXB converter whenever
 * JAXB is on the class path (Hibernate brings it), and asks it on every response whether it can write the returned
 * type, an annotation lookup per call: 1 % of a cheap read's CPU (JFR, docs/performance.md, issue 2).
 */
@Configuration(proxyBeanMethods = false)
class JsonConverters implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(
                converters -> converters.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance));
    }
}
