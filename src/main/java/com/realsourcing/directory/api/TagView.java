package com.realsourcing.directory.api;

import java.util.UUID;

/**
 * One taxonomy tag as other modules see it. {@code parentId} is the industry of a CATEGORY, {@code groupCode} the
 * attribute group of an ATTRIBUTE; {@code retired} tags are no longer offered in forms but keep their meaning.
 */
public record TagView(
        UUID id,
        String code,
        TagKind kind,
        String nameZh,
        String nameEn,
        UUID parentId,
        String groupCode,
        boolean retired) {}
