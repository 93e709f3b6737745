package com.realsourcing.board.domain;

/** BLOCK refuses at once; REVIEW sends to the manual queue flagged; ALLOW marks phrases never to flag. */
public enum ModerationLevel {
    BLOCK,
    REVIEW,
    ALLOW
}
