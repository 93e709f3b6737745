package com.realsourcing.notify.domain;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders by name. {@link java.text.MessageFormat} only knows positions and treats
 * apostrophes as quotes, which breaks texts like "it's {name}'s"; here a placeholder is just a name in braces, and
 * one without a value stays visible so a missing parameter is noticed rather than silently blank.
 */
final class NamedPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

    private NamedPlaceholders() {}

    static String fill(String text, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            String value = values.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
