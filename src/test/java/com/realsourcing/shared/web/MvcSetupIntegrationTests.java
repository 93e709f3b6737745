package com.realsourcing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The dispatcher asks the application's controllers first, then the actuator, then the console's page routes; the
 * actuator's paths keep working and an unknown actuator path is the actuator's 404, not the console's page. Responses
 * are written without a JAXB converter.
 */
class MvcSetupIntegrationTests extends ApiTestSupport {

    @Autowired
    DispatcherServlet dispatcher;

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Test
    void controllersComeBeforeTheActuatorAndTheActuatorBeforeConsolePages() {
        assertThat(client().get("/actuator/health").status()).isEqualTo(200); // the dispatcher is initialised
        List<HandlerMapping> mappings = dispatcher.getHandlerMappings();
        assertThat(mappings).isNotNull();
        int controllers = indexOf(mappings, m -> m.getClass() == RequestMappingHandlerMapping.class);
        int actuator = indexOf(mappings, m -> m.getClass() == WebMvcEndpointHandlerMapping.class);
        int pages = indexOf(
                mappings,
                m -> m instanceof SimpleUrlHandlerMapping urls
                        && urls.getUrlMap().containsKey("/admin/{page:[a-z-]+}"));
        assertThat(controllers).isGreaterThanOrEqualTo(0);
        assertThat(actuator).isGreaterThan(controllers);
        assertThat(pages).isGreaterThan(actuator);
    }

    @Test
    void actuatorPathsStillReachTheActuator() {
        var health = client().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(client().get("/actuator/info")
                        .json()
                        .path("app")
                        .path("name")
                        .asString())
                .isEqualTo("RealSourcing");
        // /{module}/{page} is a console route, but under /actuator the actuator answers (not found), not the console
        var unknown = adminBearer("handler-order").accept("text/html").get("/actuator/unknown");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("<div id=\"app\"");
    }

    @Test
    void responsesAreWrittenWithoutJaxb() {
        assertThat(adapter.getMessageConverters())
                .isNotEmpty()
                .noneMatch(Jaxb2RootElementHttpMessageConverter.class::isInstance);
        assertThat(client().get("/actuator/health").status()).isEqualTo(200);
    }

    private static int indexOf(List<HandlerMapping> mappings, Predicate<HandlerMapping> wanted) {
        for (int i = 0; i < mappings.size(); i++) {
            if (wanted.test(mappings.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
