package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.DeliveryException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * What a sandbox adapter keeps: the last messages it accepted, in memory, for tests and for developers reading the
 * log. It refuses any address containing the failure marker ({@code realsourcing.notify.sandbox-fail-marker},
 * {@code fail} by default) so failure paths can be exercised.
 */
final class SandboxOutbox<T> {

    private static final int KEEP = 100;

    private final Deque<T> messages = new ArrayDeque<>();
    private final String failMarker;
    private final Logger log;
    private final String channel;

    SandboxOutbox(String channel, String failMarker, Logger log) {
        this.channel = channel;
        this.failMarker = failMarker;
        this.log = log;
    }

    String accept(String address, String maskedAddress, T message, String summary) {
        if (!failMarker.isEmpty() && address != null && address.contains(failMarker)) {
            throw new DeliveryException(
                    "Sandbox " + channel + " refused " + maskedAddress + " (address contains \"" + failMarker + "\")");
        }
        synchronized (messages) {
            messages.addLast(message);
            while (messages.size() > KEEP) {
                messages.removeFirst();
            }
        }
        log.info("[sandbox {}] to {}: {}", channel, maskedAddress, summary);
        return "sandbox-" + UUID.randomUUID();
    }

    List<T> all() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    void clear() {
        synchronized (messages) {
            messages.clear();
        }
    }
}
