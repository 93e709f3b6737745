package com.realsourcing.chat.domain;

import com.realsourcing.shared.security.Masking;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides contact details typed into a message from the other party until the sender's organisation has shared its
 * contact in the conversation: mainland mobile numbers (also with +86, spaces, dashes or full-width digits), e-mail
 * addresses and WeChat ids written as "微信/VX: xxx". The stored text stays as written; this runs on every read.
 */
public final class ContactMasking {

    private static final String DIGIT = "[0-9０-９]";
    private static final String SEPARATOR = "[\\s\\-.]?";

    /** 11 digits starting 13–19, optionally after +86/0086/86, with at most one separator between digits. */
    private static final Pattern MOBILE = Pattern.compile("(?<!" + DIGIT + ")(?:(?:\\+|00)?86[\\s\\-]?)?" + "[1１]"
            + SEPARATOR + "[3-9３-９]" + "(?:" + SEPARATOR + DIGIT + "){9}" + "(?!" + DIGIT + ")");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

    /**
     * A WeChat keyword, then an id (a letter, then 5–19 letters, digits, "_" or "-"). Without a colon after the
     * keyword the id must hold a digit, "_" or "-", so "wechat please" stays readable.
     */
    private static final Pattern WECHAT = Pattern.compile(
            "(?i)(微信号?|威信|薇信|v信|weixin|wechat|vx|wx)(\\s*(?:号|id)?\\s*)([:：])?(\\s*)([A-Za-z][-_A-Za-z0-9]{5,19})");

    private ContactMasking() {}

    /** The text with contact details masked, and whether anything was. */
    public record Result(String text, boolean masked) {}

    public static Result mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text, false);
        }
        // E-mail first: 13812345678@163.com is an address, masked as one.
        String masked = replace(EMAIL, text, m -> Masking.email(m.group()));
        masked = replace(MOBILE, masked, m -> Masking.mobile(nationalDigits(m.group())));
        masked = replace(WECHAT, masked, ContactMasking::wechat);
        return new Result(masked, !masked.equals(text));
    }

    private static String wechat(Matcher m) {
        String id = m.group(5);
        boolean colon = m.group(3) != null;
        if (!colon && id.chars().noneMatch(c -> Character.isDigit(c) || c == '_' || c == '-')) {
            return m.group();
        }
        return m.group(1) + m.group(2) + (colon ? m.group(3) : "") + m.group(4) + id.charAt(0) + "*****";
    }

    /** The 11 national digits of a matched number, in ASCII, without country code or separators. */
    private static String nationalDigits(String match) {
        StringBuilder digits = new StringBuilder();
        match.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.substring(digits.length() - 11);
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
