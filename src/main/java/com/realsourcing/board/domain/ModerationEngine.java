package com.realsourcing.board.domain;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic check (seed 002 六.2: 系统自动检测违规关键词) over one immutable word list. Texts are folded by
 * {@link TextNormalizer}; the folded text is matched by the houbb sensitive-word library's DFA with only our own
 * words and allowed phrases loaded (its built-in dictionary flags ordinary phrases such as 平台联系, so it is never
 * used) and with the library's own per-character folding off, because the text arrives folded. Safe to share
 * between threads.
 */
final class ModerationEngine {

    /** One field's text to check, named for the hit report. */
    record Field(String name, String text) {}

    private final Map<String, ModerationLevel> levels;
    private final SensitiveWordBs matcher;

    /** @param words listed word → level (BLOCK, REVIEW or ALLOW); words are folded here */
    ModerationEngine(Map<String, ModerationLevel> words) {
        Map<String, ModerationLevel> folded = new LinkedHashMap<>();
        List<String> allowed = new ArrayList<>();
        words.forEach((word, level) -> {
            String key = TextNormalizer.foldWord(word);
            if (key.isEmpty()) {
                return;
            }
            if (level == ModerationLevel.ALLOW) {
                allowed.add(key);
            } else {
                folded.merge(key, level, (a, b) -> a == ModerationLevel.BLOCK ? a : b);
            }
        });
        this.levels = Map.copyOf(folded);
        List<String> deny = List.copyOf(folded.keySet());
        List<String> allow = List.copyOf(allowed);
        this.matcher = SensitiveWordBs.newInstance()
                .wordDeny(() -> deny)
                .wordAllow(() -> allow)
                .ignoreCase(false)
                .ignoreWidth(false)
                .ignoreNumStyle(false)
                .ignoreChineseStyle(false)
                .ignoreEnglishStyle(false)
                .ignoreRepeat(false)
                .enableNumCheck(false)
                .enableEmailCheck(false)
                .enableUrlCheck(false)
                .enableIpv4Check(false)
                .charIgnore(SensitiveWordCharIgnores.none())
                .init();
    }

    static ModerationEngine empty() {
        return new ModerationEngine(Map.of());
    }

    /** Every listed word in the fields, each hit once per field, BLOCK hits first. */
    List<ModerationHit> check(Collection<Field> fields) {
        List<ModerationHit> hits = new ArrayList<>();
        if (levels.isEmpty()) {
            return hits;
        }
        for (Field field : fields) {
            if (field.text() == null || field.text().isBlank()) {
                continue;
            }
            TextNormalizer.Folded folded = TextNormalizer.fold(field.text());
            if (folded.text().isEmpty()) {
                continue;
            }
            for (var result : matcher.findAll(folded.text(), WordResultHandlers.raw())) {
                String word = folded.text().substring(result.startIndex(), result.endIndex());
                ModerationLevel level = levels.get(word);
                if (level == null) {
                    continue;
                }
                int from = folded.origin()[result.startIndex()];
                int to = folded.origin()[result.endIndex() - 1] + 1;
                ModerationHit hit = new ModerationHit(field.text().substring(from, to), word, level, field.name());
                if (!hits.contains(hit)) {
                    hits.add(hit);
                }
            }
        }
        hits.sort((a, b) -> Boolean.compare(b.level() == ModerationLevel.BLOCK, a.level() == ModerationLevel.BLOCK));
        return hits;
    }

    static boolean blocks(List<ModerationHit> hits) {
        return hits.stream().anyMatch(h -> h.level() == ModerationLevel.BLOCK);
    }
}
