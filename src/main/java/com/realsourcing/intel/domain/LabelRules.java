package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.CountryView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Explainable rule labels. Industry, product and HS chapter come from the product keyword dictionary (zh substrings,
 * en words and two-word phrases) over the video's text and hashtags (full weight) and the search query and the
 * author's bio and nickname (half weight); the target country from hashtags and country names (#usa, #nigeria,
 * 美国), then the place the video was posted when it is not China, then the language; B2B signals from the bio.
 * Every label carries its confidence and the reasons that produced it.
 */
@Component
public class LabelRules {

    /** One label: kind (INDUSTRY, PRODUCT, HS_CHAPTER, COUNTRY, REGION), value, confidence 0..1, reasons. */
    public record Label(String kind, String value, double confidence, List<String> reasons) {}

    /** The effective labels of a video plus everything the rules found. */
    public record VideoLabels(
            String industry, String product, String hsChapter, String country, String region, List<Label> labels) {}

    /** B2B evidence on an account: a score 0..1 and the signals found. */
    public record B2bSignals(double score, List<String> signals) {}

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern WHATSAPP = Pattern.compile("(?i)(whats\\s?app|wa\\.me|\\bwa\\s*[:：+])");
    private static final Map<String, String> B2B_WORDS = new LinkedHashMap<>();
    /** Chinese B2B words are found inside the text (it has no spaces between words), the others word by word. */
    private static final List<String> B2B_CJK = List.of("工厂", "源头", "厂家", "批发", "定制", "起订", "代工", "外贸", "出口");

    private static final Map<String, String> HASHTAG_ALIASES = Map.ofEntries(
            Map.entry("usa", "US"),
            Map.entry("us", "US"),
            Map.entry("america", "US"),
            Map.entry("unitedstates", "US"),
            Map.entry("uk", "GB"),
            Map.entry("england", "GB"),
            Map.entry("britain", "GB"),
            Map.entry("unitedkingdom", "GB"),
            Map.entry("uae", "AE"),
            Map.entry("dubai", "AE"),
            Map.entry("ksa", "SA"),
            Map.entry("saudi", "SA"),
            Map.entry("saudiarabia", "SA"),
            Map.entry("russia", "RU"),
            Map.entry("vietnam", "VN"),
            Map.entry("korea", "KR"),
            Map.entry("southkorea", "KR"),
            Map.entry("turkey", "TR"),
            Map.entry("turkiye", "TR"),
            Map.entry("lagos", "NG"),
            Map.entry("naija", "NG"),
            Map.entry("nairobi", "KE"),
            Map.entry("accra", "GH"),
            Map.entry("jakarta", "ID"),
            Map.entry("manila", "PH"),
            Map.entry("bangkok", "TH"),
            Map.entry("mexico", "MX"),
            Map.entry("brasil", "BR"),
            Map.entry("deutschland", "DE"),
            Map.entry("espana", "ES"));
    /** Languages that point at one market; English, Spanish, French and Arabic span too many to say. */
    private static final Map<String, String> LANGUAGE_COUNTRY = Map.ofEntries(
            Map.entry("th", "TH"),
            Map.entry("vi", "VN"),
            Map.entry("id", "ID"),
            Map.entry("ms", "MY"),
            Map.entry("ja", "JP"),
            Map.entry("ko", "KR"),
            Map.entry("pl", "PL"),
            Map.entry("tr", "TR"),
            Map.entry("ru", "RU"),
            Map.entry("uk", "UA"),
            Map.entry("it", "IT"),
            Map.entry("nl", "NL"),
            Map.entry("fil", "PH"),
            Map.entry("tl", "PH"),
            Map.entry("pt", "BR"),
            Map.entry("de", "DE"));

    static {
        for (String w : List.of(
                "moq",
                "oem",
                "odm",
                "factory",
                "manufacturer",
                "manufacturing",
                "wholesale",
                "wholesaler",
                "supplier",
                "bulk",
                "export",
                "exporter",
                "customization",
                "custom",
                "b2b")) {
            B2B_WORDS.put(w, w.toUpperCase(Locale.ROOT));
        }
        for (String w : B2B_CJK) {
            B2B_WORDS.put(w, w);
        }
    }

    private final IntelReference reference;
    private volatile Index index;

    /**
     * The dictionary for matching: English keywords by their words ("t shirt"), the words that begin a keyword of two
     * or of three words (a pair or triple of words is built only after one of them), Chinese keywords in dictionary
     * order with, per first character, the keywords that begin with it.
     */
    private record Index(
            Map<String, List<IntelReference.Product>> enWords,
            Set<String> pairStarts,
            Set<String> tripleStarts,
            List<ZhWord> zhWords,
            Map<Character, List<Integer>> zhByFirstChar,
            Map<String, String> countryTags,
            List<Map.Entry<String, String>> countryZhNames) {}

    /** A Chinese keyword, lower-cased once for matching (some carry Latin letters: "T恤"). */
    private record ZhWord(String match, String word, IntelReference.Product product) {}

    LabelRules(IntelReference reference) {
        this.reference = reference;
    }

    private Index index() {
        Index current = index;
        if (current == null) {
            Map<String, List<IntelReference.Product>> en = new HashMap<>();
            List<ZhWord> zh = new ArrayList<>();
            for (IntelReference.Product product : reference.products()) {
                // keywords are matched word by word, so they are split the way texts are ("t-shirt" → "t shirt")
                product.keywordsEn().forEach(k -> en.computeIfAbsent(
                                String.join(" ", words(k.toLowerCase(Locale.ROOT))), x -> new ArrayList<>())
                        .add(product));
                product.keywordsZh().forEach(k -> zh.add(new ZhWord(k.toLowerCase(Locale.ROOT), k, product)));
            }
            Map<String, String> tags = new HashMap<>();
            List<Map.Entry<String, String>> zhNames = new ArrayList<>();
            for (CountryView country : reference.countries()) {
                String name = country.nameEn().toLowerCase(Locale.ROOT);
                if (name.contains(",")) {
                    name = name.substring(0, name.indexOf(','));
                }
                tags.put(name.replaceAll("[^a-z]", ""), country.alpha2());
                if (country.nameZh() != null && country.nameZh().length() >= 2 && !"CN".equals(country.alpha2())) {
                    zhNames.add(Map.entry(country.nameZh(), country.alpha2()));
                }
            }
            tags.putAll(HASHTAG_ALIASES);
            tags.remove("china");
            Set<String> pairStarts = new HashSet<>();
            Set<String> tripleStarts = new HashSet<>();
            for (String keyword : en.keySet()) {
                String[] parts = keyword.split(" ");
                if (parts.length == 2) {
                    pairStarts.add(parts[0]);
                } else if (parts.length >= 3) {
                    tripleStarts.add(parts[0]);
                }
            }
            Map<Character, List<Integer>> byFirstChar = new HashMap<>();
            for (int i = 0; i < zh.size(); i++) {
                byFirstChar
                        .computeIfAbsent(zh.get(i).match().charAt(0), c -> new ArrayList<>())
                        .add(i);
            }
            current = new Index(en, pairStarts, tripleStarts, zh, byFirstChar, tags, zhNames);
            index = current;
        }
        return current;
    }

    public VideoLabels classify(VideoItem item) {
        Index idx = index();
        List<Label> labels = new ArrayList<>(5);
        // product → HS chapter → industry
        Map<IntelReference.Product, Double> scores = new LinkedHashMap<>();
        Map<IntelReference.Product, List<String>> why = new HashMap<>();
        String hashtags = String.join(" ", item.hashtags());
        score(idx, item.text() + " " + hashtags, 1.0, "视频文案", scores, why);
        if (item.searchQuery() != null) {
            score(idx, item.searchQuery(), 0.5, "搜索词", scores, why);
        }
        VideoItem.AccountItem account = item.account();
        String profile = (account.nickname() == null ? "" : account.nickname()) + " "
                + (account.bio() == null ? "" : account.bio());
        score(idx, profile, 0.5, "账号简介", scores, why);
        IntelReference.Product best = null;
        double bestScore = 0;
        for (Map.Entry<IntelReference.Product, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        String industry = IntelReference.OTHER;
        String product = "";
        String chapter = null;
        if (best != null) {
            double confidence = round(Math.min(0.95, 0.45 + 0.15 * bestScore));
            product = best.code();
            chapter = best.hsChapter();
            industry = best.industry();
            List<String> reasons = why.get(best);
            labels.add(new Label("PRODUCT", product, confidence, reasons));
            labels.add(new Label(
                    "HS_CHAPTER",
                    chapter,
                    confidence,
                    List.of("产品「" + best.nameZh() + "」属 HS 第" + chapter + "章 " + best.hsChapterNameZh())));
            labels.add(new Label(
                    "INDUSTRY",
                    industry,
                    confidence,
                    List.of(
                            "HS 第" + chapter + "章归入「" + reference.industryNameZh(industry) + "」",
                            String.join("；", reasons))));
            String chosen = product;
            scores.keySet().stream()
                    .filter(p -> !p.code().equals(chosen))
                    .limit(3)
                    .forEach(p -> labels.add(new Label(
                            "PRODUCT", p.code(), round(Math.min(0.9, 0.3 + 0.1 * scores.get(p))), why.get(p))));
        } else {
            labels.add(new Label("INDUSTRY", industry, 0.1, List.of("未命中任何行业关键词")));
        }
        // target country
        String country = IntelReference.UNKNOWN_COUNTRY;
        Label countryLabel = null;
        for (String tag : item.hashtags()) {
            String code = idx.countryTags().get(lettersOnly(tag));
            if (code != null) {
                countryLabel = new Label("COUNTRY", code, 0.8, List.of("话题标签 #" + tag));
                break;
            }
        }
        if (countryLabel == null && hasCjk(item.text())) {
            for (Map.Entry<String, String> name : idx.countryZhNames()) {
                if (item.text().contains(name.getKey())) {
                    countryLabel = new Label("COUNTRY", name.getValue(), 0.7, List.of("文案提到「" + name.getKey() + "」"));
                    break;
                }
            }
        }
        if (countryLabel == null
                && item.location() != null
                && !"CN".equals(item.location())
                && reference.country(item.location()).isPresent()) {
            countryLabel = new Label("COUNTRY", item.location(), 0.6, List.of("发布地 " + item.location()));
        }
        if (countryLabel == null && item.language() != null) {
            String code = LANGUAGE_COUNTRY.get(item.language().toLowerCase(Locale.ROOT));
            if (code != null) {
                countryLabel = new Label("COUNTRY", code, 0.35, List.of("文案语言 " + item.language()));
            }
        }
        String region = IntelReference.UNKNOWN_REGION;
        if (countryLabel != null) {
            country = countryLabel.value();
            region = reference.regionOf(country);
            labels.add(countryLabel);
            String countryName =
                    reference.country(country).map(CountryView::nameZh).orElse(country);
            labels.add(new Label(
                    "REGION",
                    region,
                    countryLabel.confidence(),
                    List.of(countryName + " 属于「" + reference.regionNameZh(region) + "」")));
        }
        return new VideoLabels(industry, product, chapter, country, region, labels);
    }

    private void score(
            Index idx,
            String text,
            double weight,
            String where,
            Map<IntelReference.Product, Double> scores,
            Map<IntelReference.Product, List<String>> why) {
        if (text == null || text.isBlank()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = words(lower);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            hit(idx.enWords().get(word), word, weight, where, seen, scores, why);
            boolean pairs = idx.pairStarts().contains(word);
            boolean triples = idx.tripleStarts().contains(word);
            if ((pairs || triples) && i + 1 < words.size()) {
                String pair = word + " " + words.get(i + 1);
                if (pairs) {
                    hit(idx.enWords().get(pair), pair, weight, where, seen, scores, why);
                }
                if (triples && i + 2 < words.size()) {
                    String triple = pair + " " + words.get(i + 2);
                    hit(idx.enWords().get(triple), triple, weight, where, seen, scores, why);
                }
            }
        }
        if (hasCjk(text)) {
            // the keywords found anywhere in the text (looked up by the character they begin with), in dictionary order
            List<ZhWord> zhWords = idx.zhWords();
            boolean[] found = new boolean[zhWords.size()];
            for (int at = 0; at < lower.length(); at++) {
                List<Integer> candidates = idx.zhByFirstChar().get(lower.charAt(at));
                if (candidates != null) {
                    for (int k : candidates) {
                        String match = zhWords.get(k).match();
                        if (!found[k] && lower.startsWith(match, at)) {
                            found[k] = true;
                        }
                    }
                }
            }
            for (int k = 0; k < found.length; k++) {
                if (found[k]) {
                    ZhWord zh = zhWords.get(k);
                    hit(List.of(zh.product()), zh.word(), weight, where, seen, scores, why);
                }
            }
        }
    }

    private static void hit(
            List<IntelReference.Product> products,
            String word,
            double weight,
            String where,
            Set<String> seen,
            Map<IntelReference.Product, Double> scores,
            Map<IntelReference.Product, List<String>> why) {
        if (products == null) {
            return;
        }
        for (IntelReference.Product product : products) {
            if (seen.add(product.code() + "|" + word)) {
                scores.merge(product, weight, Double::sum);
                why.computeIfAbsent(product, k -> new ArrayList<>()).add(where + "含「" + word + "」");
            }
        }
    }

    /** B2B evidence in an account's nickname, bio and bio link. */
    public B2bSignals b2b(String nickname, String bio, String bioLink) {
        String text = ((nickname == null ? "" : nickname) + " " + (bio == null ? "" : bio));
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(words(lower));
        List<String> signals = new ArrayList<>();
        B2B_WORDS.forEach((word, label) -> {
            if (B2B_CJK.contains(word) ? lower.contains(word) : words.contains(word)) {
                signals.add(label);
            }
        });
        // each pattern only where it can match at all (the e-mail pattern is slow on long texts without an @)
        if ((lower.contains("wa") || lower.contains("whats"))
                && WHATSAPP.matcher(text).find()) {
            signals.add("WHATSAPP");
        }
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            signals.add("EMAIL");
        }
        if (bioLink != null && bioLink.toLowerCase(Locale.ROOT).contains("wa.me")) {
            if (!signals.contains("WHATSAPP")) {
                signals.add("WHATSAPP");
            }
        }
        double score = round(Math.min(1.0, signals.size() * 0.25));
        return new B2bSignals(score, signals);
    }

    /** The tag without anything but letters ("#USA!" → "USA"), without a regular expression per tag. */
    static String lettersOnly(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (!Character.isLetter(tag.charAt(i))) {
                StringBuilder b = new StringBuilder(tag.length());
                tag.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
                return b.toString();
            }
        }
        return tag;
    }

    /**
     * The words of a text: its runs of letters and digits, what splitting on {@code [^\\p{L}\\p{N}]+} gives without
     * the empty first word, and without a regular expression (a third of the labelling time went to one).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            boolean inWord = cp < 128
                    ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    : Character.isLetter(cp) || isNumber(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean hasCjk(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // nothing below U+2E80 (CJK radicals) is Han: most texts are answered without a script lookup per char
            if (c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
