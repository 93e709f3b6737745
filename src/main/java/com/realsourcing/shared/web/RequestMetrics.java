package com.realsourcing.shared.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The {@code http.server.requests} timer (Prometheus: {@code http_server_requests_seconds}) with Spring's tags and
 * values ({@code method}, {@code uri}, {@code status}, {@code outcome}, {@code exception}, {@code error}), recorded
 * by a filter that keeps one timer per tag combination instead of going through an observation per request.
 *
 * <p>Spring's {@link ServerHttpObservationFilter} builds an observation, its key values, a tag list and a meter id
 * for every request and looks the timer up from them: 12 % of the CPU of a cheap authenticated read (JFR,
 * docs/performance.md, issue 2). Nothing else listens to that observation here (no tracing), so Boot's filter is
 * switched off ({@link #springObservationFilterOff}) and this one records the same timer. Asynchronous requests
 * (streamed exports) are timed until they complete; an exception that escapes the application is a 500 with its
 * class as {@code exception}, as with Spring's filter.
 */
@Configuration(proxyBeanMethods = false)
class RequestMetrics {

    static final String TIMER = "http.server.requests";

    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    /**
     * Boot registers its observation filter only when no filter of that type is declared; this declared one is
     * disabled, so neither runs.
     */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> springObservationFilterOff() {
        var registration = new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TimingFilter> requestMetricsFilter(MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new TimingFilter(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // where Boot puts its observation filter
        return registration;
    }

    record Tags(String method, String uri, int status, String exception) {}

    static final class TimingFilter extends OncePerRequestFilter {

        private final MeterRegistry registry;
        private final ConcurrentMap<Tags, Timer> timers = new ConcurrentHashMap<>();

        TimingFilter(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long start = System.nanoTime();
            Throwable escaped = null;
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException | Error e) {
                escaped = e instanceof ServletException se && se.getRootCause() != null ? se.getRootCause() : e;
                response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
                throw e;
            } finally {
                if (escaped == null && request.isAsyncStarted()) {
                    request.getAsyncContext().addListener(new CompletionListener(this, request, response, start));
                } else {
                    record(request, response, escaped, start);
                }
            }
        }

        void record(HttpServletRequest request, HttpServletResponse response, Throwable escaped, long start) {
            if (escaped == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
                escaped = t;
            }
            Tags tags = new Tags(
                    METHODS.contains(request.getMethod()) ? request.getMethod() : "UNKNOWN",
                    uri(request, response.getStatus()),
                    response.getStatus(),
                    escaped == null ? "none" : name(escaped));
            timers.computeIfAbsent(tags, this::timer).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }

        private Timer timer(Tags tags) {
            return Timer.builder(TIMER)
                    .tag("method", tags.method())
                    .tag("uri", tags.uri())
                    .tag("status", String.valueOf(tags.status()))
                    .tag("outcome", outcome(tags.status()))
                    .tag("exception", tags.exception())
                    .tag("error", tags.exception())
                    .register(registry);
        }

        /** The matched route pattern, as Spring's {@code DefaultServerRequestObservationConvention} names it. */
        static String uri(HttpServletRequest request, int status) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            if (pattern != null) {
                String text = pattern.toString();
                return text.isEmpty() ? "root" : text;
            }
            if (status >= 300 && status < 400) {
                return "REDIRECTION";
            }
            return status == 404 ? "NOT_FOUND" : "UNKNOWN";
        }

        static String outcome(int status) {
            return switch (status / 100) {
                case 1 -> "INFORMATIONAL";
                case 2 -> "SUCCESS";
                case 3 -> "REDIRECTION";
                case 4 -> "CLIENT_ERROR";
                case 5 -> "SERVER_ERROR";
                default -> "UNKNOWN";
            };
        }

        private static String name(Throwable error) {
            String simple = error.getClass().getSimpleName();
            return simple.isEmpty() ? error.getClass().getName() : simple;
        }
    }

    /** Records an asynchronous request once it has completed (or failed, or timed out). */
    private record CompletionListener(
            TimingFilter filter, HttpServletRequest request, HttpServletResponse response, long start)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            filter.record(request, response, event.getThrowable(), start);
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
