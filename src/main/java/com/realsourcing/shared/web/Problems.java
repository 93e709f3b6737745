package com.realsourcing.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem documents: {@code type} is derived from the stable {@code code}, {@code title} and
 * {@code detail} come from the message bundles in the caller's language, and field errors go into {@code
 * errors[]} as {@code {field, code, message}}. Used by the MVC handler and by the security filters alike so
 * every error looks the same.
 */
@Component
public class Problems {

    private static final String TYPE_BASE = "https://docs.realsourcing.com/problems/";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail build(
            HttpStatusCode status, String code, Object[] args, List<FieldErrorView> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(message("problem.title." + status.value(), new Object[0], locale, defaultTitle(status)));
        problem.setDetail(message(code, args, locale, code));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public ProblemDetail build(HttpStatusCode status, String code, Locale locale, Object... args) {
        return build(status, code, args, List.of(), locale);
    }

    public FieldErrorView fieldError(String field, String code, Object[] args, Locale locale, String fallback) {
        return new FieldErrorView(field, code, message(code, args, locale, fallback));
    }

    public String message(String code, Object[] args, Locale locale, String fallback) {
        try {
            return messages.getMessage(code, args, locale);
        } catch (NoSuchMessageException missing) {
            return fallback;
        }
    }

    public static ProblemDetail withProperties(ProblemDetail problem, Map<String, Object> properties) {
        properties.forEach(problem::setProperty);
        return problem;
    }

    private static String defaultTitle(HttpStatusCode status) {
        return status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase() : "Error";
    }

    /** One entry of {@code errors[]}. */
    public record FieldErrorView(String field, String code, String message) {}
}
