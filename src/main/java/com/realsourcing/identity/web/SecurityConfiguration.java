package com.realsourcing.identity.web;

import com.realsourcing.shared.security.PublicPaths;
import com.realsourcing.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for the whole application. Browser clients use the session cookie (HttpOnly, SameSite=Lax,
 * stored in PostgreSQL) with a CSRF token in the {@code XSRF-TOKEN} cookie echoed as {@code X-XSRF-TOKEN}; API
 * clients send {@code Authorization: Bearer rs_pat_…} and need no CSRF token. Every {@code /api/**} route needs
 * authentication unless a module opened it through {@link PublicPaths}; each controller method then declares
 * its permission with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    @Bean
    PublicPaths identityPublicPaths() {
        List<String> anonymous = List.of(
                "POST /api/identity/sign-up",
                "POST /api/identity/login",
                "POST /api/identity/tokens",
                "POST /api/identity/password-resets",
                "POST /api/identity/password-resets/confirm",
                "POST /api/identity/wechat/login",
                "POST /api/identity/wechat/bind");
        List<String> open = new ArrayList<>(anonymous);
        open.add("GET /api/identity/csrf");
        return new PublicPaths(open, anonymous);
    }

    /** The token filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<AccessTokenAuthenticationFilter>
            tokenFilterRegistration(AccessTokenAuthenticationFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * No Spring Security observations: its filter-chain decorator wraps each of the chain's filters in an
     * observation on every request, and method security wraps each authorization check, which cost a sixth of the
     * CPU of a cheap authenticated read (JFR, docs/performance.md). Request metrics ({@code http.server.requests})
     * are recorded by Spring MVC's own filter and stay.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /**
     * {@code @PreAuthorize} on every controller method, checked by {@link PermissionChecks}: plain permission checks
     * without an expression evaluation per call, anything else by Spring Security's expression manager.
     */
    @Bean
    @org.springframework.context.annotation.Role(
            org.springframework.beans.factory.config.BeanDefinition.ROLE_INFRASTRUCTURE)
    static org.springframework.aop.Advisor preAuthorizeAdvisor(org.springframework.context.ApplicationContext context) {
        var expressions = new org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager();
        expressions.setApplicationContext(context);
        return org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor
                .preAuthorize(new PermissionChecks(expressions));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * API clients with {@code Authorization: Bearer}: stateless. No session is created or read and no CSRF cookie is
     * issued, so each call costs only the token check (cached briefly) and its own work.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain tokenFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            AccessTokenAuthenticationFilter tokenFilter,
            ProblemResponses problems)
            throws Exception {
        http.securityMatcher(SecurityConfiguration::hasBearerToken)
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                // no session management at all: with a STATELESS policy its filter still ran the session-fixation
                // strategies for every token-authenticated call (2.6 % of a cheap read's CPU), for a session that
                // this chain never creates or reads
                .sessionManagement(session -> session.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(tokenFilter, AnonymousAuthenticationFilter.class);
        return common(http, publicPaths, problems, API_POLICY).build();
    }

    /** Browsers: the session cookie, with the CSRF token echoed on every state-changing request. */
    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain browserFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            SecurityContextRepository contexts,
            ProblemResponses problems)
            throws Exception {
        RequestMatcher[] csrfExempt = matchers(
                publicPaths.stream().flatMap(p -> p.csrfExempt().stream()).toList());
        http.securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(csrfExempt));
        return common(http, publicPaths, problems, CONSOLE_POLICY).build();
    }

    /** The console's pages: its own scripts, styles and API only. */
    static final String CONSOLE_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
            + "'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    /**
     * API clients' responses are data, never a page to render: nothing may load from them or frame them (OWASP's
     * REST security headers), and the shorter header is cheaper to write on every call.
     */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** What both chains share: headers, problem responses and the authorization rules. */
    private static HttpSecurity common(
            HttpSecurity http, List<PublicPaths> publicPaths, ProblemResponses problems, String contentSecurityPolicy)
            throws Exception {
        RequestMatcher[] open =
                matchers(publicPaths.stream().flatMap(p -> p.open().stream()).toList());
        return http.formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "shared.unauthenticated"))
                        .accessDeniedHandler(accessDenied(problems)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority("identity:metrics:read")
                        // Every module's console routes are for the platform organisation only; checked before the
                        // request body is read, so outsiders learn nothing from validation errors.
                        .requestMatchers("/api/*/admin/**")
                        .access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(
                                        authentication.get().getPrincipal()
                                                        instanceof
                                                        com.realsourcing.shared.security.AuthenticatedUser user
                                                && user.capabilities()
                                                        .contains(
                                                                com.realsourcing.shared.security.Capability
                                                                        .ADMINISTER_PLATFORM)))
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll());
    }

    private static AccessDeniedHandler accessDenied(ProblemResponses problems) {
        return (request, response, e) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "shared.csrf-invalid" : "shared.forbidden");
    }

    static RequestMatcher[] matchers(List<String> patterns) {
        return patterns.stream()
                .map(pattern -> {
                    int space = pattern.indexOf(' ');
                    if (space < 0) {
                        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
                    }
                    return PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.valueOf(pattern.substring(0, space)), pattern.substring(space + 1));
                })
                .toArray(RequestMatcher[]::new);
    }

    /** Writes problem documents from filters, in the caller's language. */
    @org.springframework.stereotype.Component
    static class ProblemResponses {
        private final Problems problems;
        private final LocaleResolver locales;
        private final JsonMapper json;

        ProblemResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
            this.problems = problems;
            this.locales = locales;
            this.json = json;
        }

        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
                throws IOException {
            ProblemDetail problem = problems.build(status, code, locales.resolveLocale(request));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
