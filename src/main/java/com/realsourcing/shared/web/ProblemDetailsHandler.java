package com.realsourcing.shared.web;

import com.realsourcing.shared.domain.DomainException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. A user's mistake is never a 500: wrong
 * types, missing fields, unknown routes, oversized uploads and forbidden actions each get their own status and
 * stable code; only a genuine fault is logged and answered with {@code shared.internal-error}.
 */
@RestControllerAdvice
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final Problems problems;
    private final long maxUploadBytes;

    ProblemDetailsHandler(
            Problems problems,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:20MB}")
                    org.springframework.util.unit.DataSize maxUpload) {
        this.problems = problems;
        this.maxUploadBytes = maxUpload.toBytes();
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = e.fieldErrors().stream()
                .map(f -> problems.fieldError(f.field(), f.code(), f.args(), locale, f.code()))
                .toList();
        ProblemDetail problem = problems.build(e.status(), e.code(), e.args(), errors, locale);
        Problems.withProperties(problem, e.properties());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        Object retryAfter = e.properties().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        return response.body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class})
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
        HttpStatus status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        String code = anonymous ? "shared.unauthenticated" : "shared.forbidden";
        return ResponseEntity.status(status).body(problems.build(status, code, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({AuthenticationCredentialsNotFoundException.class, InsufficientAuthenticationException.class})
    ResponseEntity<ProblemDetail> unauthenticated(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problems.build(
                        HttpStatus.UNAUTHORIZED, "shared.unauthenticated", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldErrorView(
                        lastNode(v.getPropertyPath().toString()), "shared.invalid-value", v.getMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(problems.build(
                        HttpStatus.BAD_REQUEST, "shared.validation-failed", new Object[0], errors, locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problems.build(
                        HttpStatus.INTERNAL_SERVER_ERROR, "shared.internal-error", LocaleContextHolder.getLocale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(e.getBindingResult());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new Problems.FieldErrorView(
                            error instanceof org.springframework.validation.FieldError fe ? fe.getField() : name,
                            "shared.invalid-value",
                            problemsMessage(error, locale))));
        });
        return ResponseEntity.badRequest()
                .body(problems.build(
                        HttpStatus.BAD_REQUEST, "shared.validation-failed", new Object[0], errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = new ArrayList<>();
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            String code = cause instanceof InvalidFormatException ? "shared.wrong-type" : "shared.unreadable-value";
            errors.add(problems.fieldError(field, code, new Object[0], locale, code));
        }
        return ResponseEntity.badRequest()
                .body(problems.build(HttpStatus.BAD_REQUEST, "shared.malformed-body", new Object[0], errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        var error = problems.fieldError(field, "shared.wrong-type", new Object[0], locale, "shared.wrong-type");
        return ResponseEntity.badRequest()
                .body(problems.build(
                        HttpStatus.BAD_REQUEST, "shared.validation-failed", new Object[0], List.of(error), locale));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(e.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(e.getRequestPartName());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        long limitMb = Math.max(1, maxUploadBytes / (1024 * 1024));
        ProblemDetail problem =
                problems.build(HttpStatus.CONTENT_TOO_LARGE, "shared.upload-too-large", locale, limitMb);
        problem.setProperty("maxBytes", maxUploadBytes);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return plain(HttpStatus.NOT_FOUND, "shared.not-found");
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return plain(HttpStatus.METHOD_NOT_ALLOWED, "shared.method-not-allowed");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return plain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "shared.unsupported-media-type");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Any other framework exception (406, 503 …): keep its status, speak our format.
        String code = status.is4xxClientError() ? "shared.bad-request" : "shared.internal-error";
        if (status.is5xxServerError()) {
            log.error("Framework error", e);
        }
        return ResponseEntity.status(status)
                .headers(headers)
                .body(problems.build(status, code, LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<Object> validationFailed(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(fe -> errors.add(new Problems.FieldErrorView(
                        fe.getField(),
                        "shared.invalid-value",
                        fe.isBindingFailure()
                                ? problems.message("shared.wrong-type", new Object[0], locale, "wrong type")
                                : problemsMessage(fe, locale))));
        result.getGlobalErrors()
                .forEach(ge -> errors.add(new Problems.FieldErrorView(
                        ge.getObjectName(), "shared.invalid-value", problemsMessage(ge, locale))));
        return ResponseEntity.badRequest()
                .body(problems.build(
                        HttpStatus.BAD_REQUEST, "shared.validation-failed", new Object[0], errors, locale));
    }

    private String problemsMessage(org.springframework.context.MessageSourceResolvable error, Locale locale) {
        String fallback = error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
        String[] codes = error.getCodes();
        if (codes != null) {
            for (String code : codes) {
                String text = problems.message(code, error.getArguments(), locale, null);
                if (text != null) {
                    return text;
                }
            }
        }
        return fallback;
    }

    private ResponseEntity<Object> missing(String name) {
        Locale locale = LocaleContextHolder.getLocale();
        var error = problems.fieldError(name, "shared.required", new Object[0], locale, "shared.required");
        return ResponseEntity.badRequest()
                .body(problems.build(
                        HttpStatus.BAD_REQUEST, "shared.validation-failed", new Object[0], List.of(error), locale));
    }

    private ResponseEntity<Object> plain(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(problems.build(status, code, LocaleContextHolder.getLocale()));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
