package dev.jsonbench.bench.conformance;

import dev.jsonbench.conformance.Rfc8259Corpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of {@code adapters/conformance/corpus} as they follow from {@link Rfc8259Corpus}: one file per case, named
 * {@code <y|n|i>_<section>_<label>.json}. A case whose rule is a choice RFC 8259 leaves to the implementation (marked
 * "(policy)") is an {@code i_} file whatever the policy decided; the others are {@code y_} (valid) or {@code n_}.
 * Files named {@code <y|n|i>_regression_*} are not generated: they hold what fuzzing and the hostile-input
 * measurement found, kept as regression cases after the fix.
 */
final class ProjectCorpus {

    /** The section of the files that hold findings (of fuzzing, of the hostile inputs), kept after the fix. */
    static final String REGRESSION_SECTION = "regression";

    /** A generated file and the case it holds. */
    record Entry(String fileName, Rfc8259Corpus.Case source) {
    }

    private ProjectCorpus() {
    }

    /** Every case of the Java corpus as a file, in corpus order, valid cases first; names are unique. */
    static List<Entry> entries() {
        List<Rfc8259Corpus.Case> cases = new ArrayList<>(Rfc8259Corpus.valid());
        cases.addAll(Rfc8259Corpus.invalid());
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Rfc8259Corpus.Case c : cases) {
            String base = prefix(c) + "_" + section(c.rule()) + "_" + slug(c.label());
            int n = seen.merge(base, 1, Integer::sum);
            entries.add(new Entry(base + (n == 1 ? "" : "_" + n) + ".json", c));
        }
        return entries;
    }

    /** File name to case. */
    static Map<String, Rfc8259Corpus.Case> byFileName() {
        Map<String, Rfc8259Corpus.Case> map = new LinkedHashMap<>();
        entries().forEach(e -> map.put(e.fileName(), e.source()));
        return map;
    }

    static String prefix(Rfc8259Corpus.Case c) {
        if (c.rule().contains("(policy)")) {
            return "i";
        }
        return c.valid() ? "y" : "n";
    }

    /** "§8.1 UTF-8: no overlong forms" gives "8.1". */
    static String section(String rule) {
        if (!rule.startsWith("§")) {
            throw new IllegalArgumentException("rule without a section: " + rule);
        }
        return rule.substring(1, rule.indexOf(' '));
    }

    /** "\\u00G0" gives "backslash_u00g0", "-01" gives "minus_01", "1e+-2" gives "1e_plus_minus_2". */
    static String slug(String label) {
        StringBuilder out = new StringBuilder();
        String text = label.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAlphanumeric(c)) {
                out.append(c);
            } else {
                String word = switch (c) {
                    case '+' -> "plus";
                    case '-' -> isSign(text, i) ? "minus" : "";
                    case '.' -> "dot";
                    case '\\' -> "backslash";
                    case '\'' -> "quote";
                    case '[', ']' -> "bracket";
                    case '{', '}' -> "brace";
                    default -> "";
                };
                out.append('_').append(word).append('_');
            }
        }
        return out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    }

    /** A minus sign, not a hyphen: first, after a non-alphanumeric, or in an exponent ("1e-2"). */
    private static boolean isSign(String text, int i) {
        return i == 0 || !isAlphanumeric(text.charAt(i - 1))
                || text.charAt(i - 1) == 'e' && i >= 2 && Character.isDigit(text.charAt(i - 2));
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
