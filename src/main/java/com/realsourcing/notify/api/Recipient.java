package com.realsourcing.notify.api;

import java.util.UUID;

/** How to reach a user: {@code locale} is zh-CN or en-US, {@code timeZone} an IANA zone; e-mail and mobile may be null. */
public record Recipient(UUID userId, String locale, String timeZone, String email, String mobile) {}
