package com.realsourcing.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console is a single-page app: a browser asking for {@code /admin/users} gets {@code index.html}, and the
 * client router takes over. API, docs and actuator paths and files with an extension are left alone.
 */
@Configuration(proxyBeanMethods = false)
class SpaForwarding implements WebMvcConfigurer {

    private static final String[] ROUTES = {
        "/login",
        "/sign-up",
        "/forgot-password",
        "/notifications",
        "/profile",
        "/organization",
        "/directory",
        "/directory/factories/{id:[0-9a-fA-F-]+}",
        "/s/{store:[0-9a-fA-F-]+}",
        "/s/{store:[0-9a-fA-F-]+}/checkout",
        "/s/{store:[0-9a-fA-F-]+}/{kind:products|orders}/{id:[0-9a-fA-F-]+}",
        "/catalog/products/new",
        "/catalog/products/{id:[0-9a-fA-F-]+}",
        "/inventory/skus/{sku:[0-9a-fA-F-]+}",
        "/intel",
        "/chat",
        "/chat/conversations/{id:[0-9a-fA-F-]+}",
        "/r/{token:[A-Za-z0-9_-]+}",
        "/board",
        "/board/postings/{id:[0-9a-fA-F-]+}",
        "/board/postings/{id:[0-9a-fA-F-]+}/{page:edit|quotes|applications}",
        "/board/mine/{id:[0-9a-fA-F-]+}",
        "/admin/{page:[a-z-]+}",
        "/admin/{module:[a-z-]+}/{page:[a-z-]+}",
        // not under /actuator: an unknown actuator path is the actuator's 404, not the console
        "/{module:(?!actuator$)[a-z-]+}/{page:[a-z-]+}"
    };

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.setOrder(HandlerMappingOrder.CONSOLE_PAGES);
        for (String route : ROUTES) {
            registry.addViewController(route).setViewName("forward:/index.html");
        }
    }
}
