package com.realsourcing.board.domain;

/** A listed word found in a posting: the text as written, the listed word it matched, its level, and where. */
public record ModerationHit(String text, String word, ModerationLevel level, String field) {}
