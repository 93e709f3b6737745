package com.realsourcing.directory.api;

import java.util.UUID;

/** A factory removed a social account from its trust profile. */
public record SocialAccountUnlinked(UUID factoryId, String platform, String handle) {}
