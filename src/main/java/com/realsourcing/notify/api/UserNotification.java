package com.realsourcing.notify.api;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A notification for one user. {@code template} is a message key prefix such as {@code notify.identity.state-changed}
 * ({@code .title} and {@code .body} follow); {@code params} fill {@code {name}} placeholders; {@code link} is an
 * in-app path or null; {@code channels} beyond IN_APP are sent when the recipient has that address.
 */
public record UserNotification(
        UUID userId, String category, String template, Map<String, Object> params, String link, Set<Channel> channels) {

    public UserNotification {
        params = Map.copyOf(params);
        channels = Set.copyOf(channels);
    }

    public static UserNotification inApp(UUID userId, String category, String template, Map<String, Object> params) {
        return new UserNotification(userId, category, template, params, null, Set.of(Channel.IN_APP));
    }
}
