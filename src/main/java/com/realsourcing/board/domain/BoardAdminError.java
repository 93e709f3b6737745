package com.realsourcing.board.domain;

/**
 * Error codes of the board's admin side (dashboards, exports, announcements, feedback); each is also the message key
 * in {@code messages/board-admin*.properties}.
 */
public final class BoardAdminError {

    public static final String STATS_RANGE_INVALID = "board.stats-range-invalid";
    public static final String STATS_RANGE_TOO_LONG = "board.stats-range-too-long";
    public static final String EXPORT_RANGE_INVALID = "board.export-range-invalid";

    public static final String ANNOUNCEMENT_NOT_FOUND = "board.announcement-not-found";
    public static final String ANNOUNCEMENT_WINDOW = "board.announcement-window-invalid";
    public static final String ANNOUNCEMENT_LINK = "board.announcement-link-invalid";
    public static final String ANNOUNCEMENT_CHANGED = "board.announcement-changed";

    public static final String FEEDBACK_NOT_FOUND = "board.feedback-not-found";
    public static final String FEEDBACK_DECIDED = "board.feedback-decided";
    public static final String FEEDBACK_CONTENT = "board.feedback-content-required";

    private BoardAdminError() {}
}
