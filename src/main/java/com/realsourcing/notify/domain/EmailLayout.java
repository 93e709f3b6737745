package com.realsourcing.notify.domain;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** The plain-text and HTML bodies of a notification e-mail: the rendered text, and a link back when there is one. */
final class EmailLayout {

    private EmailLayout() {}

    static String text(String body, String linkUrl) {
        return linkUrl == null ? body : body + "\n\n" + linkUrl;
    }

    static String html(String title, String body, String linkUrl, String linkLabel, Locale locale) {
        StringBuilder html = new StringBuilder(512)
                .append("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlUtils.htmlEscape(title))
                .append("</title></head><body style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei',")
                .append("sans-serif;color:#1f2328;line-height:1.6\"><h2 style=\"font-size:18px\">")
                .append(HtmlUtils.htmlEscape(title))
                .append("</h2><p>")
                .append(HtmlUtils.htmlEscape(body).replace("\n", "<br>"))
                .append("</p>");
        if (linkUrl != null) {
            html.append("<p><a href=\"")
                    .append(HtmlUtils.htmlEscape(linkUrl))
                    .append("\" style=\"color:#1677ff\">")
                    .append(HtmlUtils.htmlEscape(linkLabel))
                    .append("</a></p>");
        }
        return html.append("</body></html>").toString();
    }
}
