package com.realsourcing.shared.security;

/** How personal data looks in views, logs and exports: 138****1234, z***@example.com. */
public final class Masking {

    private Masking() {}

    public static String mobile(String mobile) {
        if (mobile == null) {
            return null;
        }
        String digits = mobile.strip();
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Either kind of login, masked by its shape. */
    public static String login(String login) {
        return login != null && login.contains("@") ? email(login) : mobile(login);
    }
}
