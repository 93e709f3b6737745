package com.realsourcing.board.domain;

import java.util.Set;

/**
 * A posting's lifecycle (seed 002 六.2): DRAFT → PENDING_REVIEW → PUBLISHED → EXPIRED, WITHDRAWN or CLOSED;
 * REJECTED with a reason. {@link #next} lists the moves; everything else is refused.
 */
public enum PostingStatus {
    DRAFT,
    PENDING_REVIEW,
    PUBLISHED,
    EXPIRED,
    WITHDRAWN,
    CLOSED,
    REJECTED;

    /** Where a posting may go from here (by its author, a reviewer or the expiry job). */
    public Set<PostingStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PENDING_REVIEW);
            case PENDING_REVIEW -> Set.of(PUBLISHED, REJECTED, WITHDRAWN);
            // REJECTED from PUBLISHED: a reviewer takes a posting down (after a complaint)
            case PUBLISHED -> Set.of(EXPIRED, WITHDRAWN, CLOSED, REJECTED);
            // reposting sends it back through the automatic check (and review when anything is flagged)
            case EXPIRED, WITHDRAWN -> Set.of(PENDING_REVIEW, PUBLISHED);
            case REJECTED -> Set.of(PENDING_REVIEW);
            case CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(PostingStatus target) {
        return next().contains(target);
    }

    /** The author may change the content in place (nothing approved is on show). */
    public boolean editableInPlace() {
        return this == DRAFT || this == PENDING_REVIEW || this == REJECTED;
    }
}
