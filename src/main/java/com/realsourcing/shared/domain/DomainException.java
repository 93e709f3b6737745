package com.realsourcing.shared.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The one exception a module throws for a rule the caller broke. {@code code} is stable ({@code
 * identity.login-taken}) and doubles as the message key; {@code args} fill the localised message; {@code
 * properties} travel as extra members of the problem document; {@code fieldErrors} point at request fields.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final transient Object[] args;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    private final transient List<FieldError> fieldErrors;

    public DomainException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public DomainException(HttpStatus status, String code, List<FieldError> fieldErrors, Object... args) {
        super(code);
        this.code = code;
        this.status = status;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, code, args);
    }

    public static DomainException badRequest(String code, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(HttpStatus.FORBIDDEN, code, args);
    }

    /** A rule about one field: 400 with a single field error whose message uses the same code. */
    public static DomainException invalidField(String field, String code, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, List.of(new FieldError(field, code, args)), args);
    }

    public DomainException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A field-level error; {@code code} is a message key. */
    public record FieldError(String field, String code, Object... args) {}
}
