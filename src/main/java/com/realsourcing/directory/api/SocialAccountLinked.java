package com.realsourcing.directory.api;

import java.util.UUID;

/**
 * A factory named one of its social accounts on its trust profile (platform such as {@code TIKTOK}, handle without
 * the leading {@code @}); market intelligence links the account's videos to the factory.
 */
public record SocialAccountLinked(UUID factoryId, String platform, String handle) {}
