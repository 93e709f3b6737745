package com.realsourcing.notify.domain;

/** A provider refused or could not take a message; the reason ends up (masked) in the outgoing-message log. */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
