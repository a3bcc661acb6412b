package dev.jsonbench.conformance;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents that every backend must accept (with the value they decode to) or reject, each labelled with the
 * RFC 8259 section and rule it tests. Written for this project (not copied from another suite).
 *
 * <p>Sections: §2 JSON grammar, whitespace and literal names; §4 objects; §5 arrays; §6 numbers; §7 strings and
 * escapes; §8.1 UTF-8 (well-formedness, byte order mark); §8.2 unpaired surrogates. Where RFC 8259 leaves a choice
 * to the implementation, the case follows the policy in {@code api/STRICTNESS.md} and its rule says
 * "(policy)".
 *
 * <p>Every invalid document stays invalid when placed as an array element after another one ({@code [0,D]}) or
 * as a member value ({@code {"any":D}}); the suite uses those embeddings to test the nested paths of each
 * backend too.
 */
public final class Rfc8259Corpus {

    /**
     * One document.
     *
     * @param rule     the RFC 8259 section and rule, e.g. "§6 numbers: no leading zeros"
     * @param label    what this case is, in a few words
     * @param json     the document's bytes (not necessarily valid UTF-8)
     * @param valid    whether a strict parser must accept it
     * @param expected for a valid case, the value in the decoder value model; null for invalid cases
     */
    public record Case(String rule, String label, byte[] json, boolean valid, Object expected) {

        /** The document as printable text (controls and invalid bytes shown as {@code <0xNN>}). */
        public String text() {
            return Show.document(json);
        }

        @Override
        public String toString() {
            return rule + " | " + label + " | " + text();
        }
    }

    private static final List<Case> VALID = Collections.unmodifiableList(valid0());
    private static final List<Case> INVALID = Collections.unmodifiableList(invalid0());

    private Rfc8259Corpus() {
    }

    /** Documents a strict parser must accept, with the value each decodes to. */
    public static List<Case> valid() {
        return VALID;
    }

    /** Documents a strict parser must reject. */
    public static List<Case> invalid() {
        return INVALID;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Valid

    private static final String G = "§2 grammar";
    private static final String WS = "§2 whitespace";
    private static final String LIT = "§3 literal names";
    private static final String OBJ = "§4 objects";
    private static final String ARR = "§5 arrays";
    private static final String NUM = "§6 numbers";
    private static final String STR = "§7 strings";
    private static final String ESC = "§7 escapes";
    private static final String UTF = "§8.1 UTF-8";
    private static final String SUR = "§8.2 surrogates";

    private static List<Case> valid0() {
        List<Case> c = new ArrayList<>();
        // §2: a JSON text is any serialized value, with insignificant whitespace around it
        c.add(valid(G + ": top-level object", "empty object", "{}", map()));
        c.add(valid(G + ": top-level array", "empty array", "[]", List.of()));
        c.add(valid(G + ": top-level scalar", "number", "1", 1L));
        c.add(valid(G + ": top-level scalar", "negative number", "-1", -1L));
        c.add(valid(G + ": top-level scalar", "string", "\"s\"", "s"));
        c.add(valid(G + ": top-level scalar", "true", "true", Boolean.TRUE));
        c.add(valid(G + ": top-level scalar", "false", "false", Boolean.FALSE));
        c.add(valid(G + ": top-level scalar", "null", "null", null));
        c.add(valid(WS + ": all four kinds around every token", "space tab LF CR",
                " \t\n\r[ \t\n\r1 \t\n\r, \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\rtrue \t\n\r} \t\n\r] \t\n\r",
                List.of(1L, map("a", true))));
        c.add(valid(WS + ": around a scalar", "spaces around 1", "  1  ", 1L));
        c.add(valid(WS + ": around a scalar", "newline after document", "{}\n", map()));
        c.add(valid(LIT + ": lower case literals", "literals in an array", "[true,false,null]",
                Arrays.asList(true, false, null)));
        // §4 objects
        c.add(valid(OBJ + ": members", "two members", "{\"a\":1,\"b\":\"x\"}", map("a", 1L, "b", "x")));
        c.add(valid(OBJ + ": member names are strings", "empty name", "{\"\":0}", map("", 0L)));
        c.add(valid(OBJ + ": member names are strings", "escaped name", "{\"a\\\"\\u00e9\\n\":1}", map("a\"é\n", 1L)));
        c.add(valid(OBJ + ": names SHOULD be unique (duplicates allowed; last wins)", "duplicate name",
                "{\"a\":1,\"b\":2,\"a\":3}", map("a", 3L, "b", 2L)));
        c.add(valid(OBJ + ": nesting", "nested objects", "{\"a\":{\"b\":{\"c\":{}}}}", map("a", map("b", map("c", map())))));
        c.add(valid(OBJ + ": member order kept", "names out of alphabetical order", "{\"z\":1,\"a\":2,\"m\":3}",
                map("z", 1L, "a", 2L, "m", 3L)));
        // §5 arrays
        c.add(valid(ARR + ": values of any type", "mixed array", "[1,\"a\",true,false,null,{},[],-0.5]",
                Arrays.asList(1L, "a", true, false, null, map(), List.of(), -0.5)));
        c.add(valid(ARR + ": nesting", "nested empty containers", "[[],[{}],[[[]]],{\"a\":[]}]",
                List.of(List.of(), List.of(map()), List.of(List.of(List.of())), map("a", List.of()))));
        // §6 numbers
        c.add(valid(NUM + ": int", "zero", "0", 0L));
        c.add(valid(NUM + ": minus int", "negative zero integer", "-0", 0L));
        c.add(valid(NUM + ": frac", "zero point zero", "0.0", 0.0));
        c.add(valid(NUM + ": frac", "negative zero point zero", "-0.0", -0.0));
        c.add(valid(NUM + ": exp with plus", "1E+2", "1E+2", 100.0));
        c.add(valid(NUM + ": exp with minus", "1e-2", "1e-2", 0.01));
        c.add(valid(NUM + ": exp without sign", "1e2 and 0e0", "[1e2,0E0,-0e+0]", List.of(100.0, 0.0, -0.0)));
        c.add(valid(NUM + ": frac and exp", "123.456e-78", "123.456e-78", 123.456e-78));
        c.add(valid(NUM + ": underflow to zero (policy)", "1e-400", "[1e-400,-1e-400]", List.of(0.0, -0.0)));
        c.add(valid(NUM + ": largest double", "1.7976931348623157e308", "1.7976931348623157e308", Double.MAX_VALUE));
        c.add(valid(NUM + ": smallest subnormal", "4.9e-324", "4.9e-324", Double.MIN_VALUE));
        c.add(valid(NUM + ": long range", "Long.MAX and Long.MIN", "[9223372036854775807,-9223372036854775808]",
                List.of(Long.MAX_VALUE, Long.MIN_VALUE)));
        c.add(valid(NUM + ": big integers", "beyond 64 bits",
                "[123456789012345678901234567890,-123456789012345678901234567890]",
                List.of(new BigInteger("123456789012345678901234567890"), new BigInteger("-123456789012345678901234567890"))));
        // §7 strings
        c.add(valid(STR + ": empty string", "empty string", "\"\"", ""));
        c.add(valid(ESC + ": every two-character escape", "all short escapes", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
                "\"\\/\b\f\n\r\t"));
        c.add(valid(ESC + ": \\u escape", "\\u0000 escape", "\"a\\u0000b\"", "a\u0000b"));
        c.add(valid(ESC + ": \\u escape, either case of hex digit", "upper and lower case hex",
                "\"\\u00e9\\u00E9\\u20ac\\uFFFF\"", "éé\u20ac\uFFFF"));
        c.add(valid(ESC + ": control characters escaped", "\\u001f and \\u007f", "\"\\u001f\\u007F\"", "\u001f\u007f"));
        c.add(valid(SUR + ": surrogate pair escape", "U+1F600 as \\uD83D\\uDE00", "\"\\uD83D\\uDE00\"", "😀"));
        c.add(valid(SUR + ": surrogate pair escape", "U+10FFFF as \\udbff\\udfff", "\"\\udbff\\udfff\"",
                new String(Character.toChars(0x10FFFF))));
        c.add(valid(STR + ": unescaped characters", "solidus and DEL unescaped", "\"/\u007f\"", "/\u007f"));
        c.add(valid(UTF + ": raw multi-byte UTF-8", "2-, 3- and 4-byte sequences", "\"é€😀𝄞\"", "é€😀𝄞"));
        c.add(valid(UTF + ": raw noncharacters are well-formed", "U+FFFF and U+10FFFF raw",
                b("\"", 0xEF, 0xBF, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF, "\""), "\uFFFF" + new String(Character.toChars(0x10FFFF))));
        c.add(valid(UTF + ": raw U+2028 and U+2029 in strings", "line and paragraph separators", "\"\u2028\u2029\"",
                "\u2028\u2029"));
        c.add(valid(UTF + ": raw U+FEFF inside a string", "BOM character inside a string", "\"\uFEFF\"", "\uFEFF"));
        String longString = "abcdefghij".repeat(10_000);
        c.add(valid(STR + ": long string", "100,000 chars", "\"" + longString + "\"", longString));
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Invalid

    private static List<Case> invalid0() {
        List<Case> c = new ArrayList<>();
        // §2 grammar: exactly one value
        c.add(invalid(G + ": a JSON text is a value", "empty document", ""));
        c.add(invalid(G + ": a JSON text is a value", "whitespace-only document", " \t\n\r "));
        c.add(invalid(G + ": exactly one value", "trailing letter after object", "{} x"));
        c.add(invalid(G + ": exactly one value", "extra closing bracket", "[1]]"));
        c.add(invalid(G + ": exactly one value", "two numbers", "1 2"));
        c.add(invalid(G + ": exactly one value", "two objects", "{}{}"));
        c.add(invalid(G + ": exactly one value", "two strings", "\"a\"\"b\""));
        c.add(invalid(G + ": exactly one value", "extra closing brace", "{\"a\":1}}"));
        c.add(invalid(G + ": exactly one value", "trailing comma after document", "[1],"));
        c.add(invalid(G + ": exactly one value", "NUL byte after document", b("1", 0x00)));
        c.add(invalid(G + ": no comments", "line comment before value", "// c\n1"));
        c.add(invalid(G + ": no comments", "block comment before value", "/* c */ 1"));
        c.add(invalid(G + ": no comments", "block comment in array", "[1/* c */]"));
        c.add(invalid(G + ": no comments", "line comment after document", "[1]//"));
        c.add(invalid(G + ": no comments", "hash comment", "# c\n1"));
        c.add(invalid(G + ": values", "bare word", "undefined"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "form feed before value", "\f1"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "vertical tab before value", "\u000b1"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "form feed in array", "[1,\f2]"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "NBSP (0xC2 0xA0) before value", b(0xC2, 0xA0, "1")));
        c.add(invalid(WS + ": only space, tab, LF, CR", "NBSP (0xC2 0xA0) in object", b("{", 0xC2, 0xA0, "\"a\":1}")));
        c.add(invalid(WS + ": only space, tab, LF, CR", "U+2028 between values", "[1,\u20282]"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "U+FEFF between values", "[\uFEFF1]"));
        c.add(invalid(WS + ": only space, tab, LF, CR", "NUL byte before value", b(0x00, "1")));
        // §3 literal names
        c.add(invalid(LIT + ": exactly true/false/null", "truex", "truex"));
        c.add(invalid(LIT + ": exactly true/false/null", "nul", "nul"));
        c.add(invalid(LIT + ": exactly true/false/null", "tru", "tru"));
        c.add(invalid(LIT + ": exactly true/false/null", "fals", "fals"));
        c.add(invalid(LIT + ": exactly true/false/null", "falsey", "falsey"));
        c.add(invalid(LIT + ": exactly true/false/null", "nulll", "nulll"));
        c.add(invalid(LIT + ": exactly true/false/null", "truex in array", "[truex]"));
        c.add(invalid(LIT + ": exactly true/false/null", "nul in object", "{\"a\":nul}"));
        c.add(invalid(LIT + ": lower case only", "True", "True"));
        c.add(invalid(LIT + ": lower case only", "NULL", "NULL"));
        c.add(invalid(LIT + ": lower case only", "FALSE in array", "[FALSE]"));
        c.add(invalid(LIT + ": no other names", "t", "t"));
        // §4 objects
        c.add(invalid(OBJ + ": name-separator", "missing colon", "{\"a\" 1}"));
        c.add(invalid(OBJ + ": name-separator", "equals instead of colon", "{\"a\"=1}"));
        c.add(invalid(OBJ + ": name-separator", "double colon", "{\"a\"::1}"));
        c.add(invalid(OBJ + ": value-separator", "missing comma", "{\"a\":1 \"b\":2}"));
        c.add(invalid(OBJ + ": value-separator", "semicolon instead of comma", "{\"a\":1;\"b\":2}"));
        c.add(invalid(OBJ + ": no trailing comma", "trailing comma", "{\"a\":1,}"));
        c.add(invalid(OBJ + ": no leading comma", "leading comma", "{,\"a\":1}"));
        c.add(invalid(OBJ + ": no empty member", "comma only", "{,}"));
        c.add(invalid(OBJ + ": member needs a value", "missing value", "{\"a\":}"));
        c.add(invalid(OBJ + ": member needs a value", "name only", "{\"a\"}"));
        c.add(invalid(OBJ + ": names are strings", "unquoted name", "{a:1}"));
        c.add(invalid(OBJ + ": names are strings", "single-quoted name", "{'a':1}"));
        c.add(invalid(OBJ + ": names are strings", "number as name", "{1:1}"));
        c.add(invalid(OBJ + ": names are strings", "null as name", "{null:1}"));
        c.add(invalid(OBJ + ": names are strings", "array as name", "{[]:1}"));
        c.add(invalid(OBJ + ": closed by }", "unclosed empty object", "{"));
        c.add(invalid(OBJ + ": closed by }", "unclosed after name", "{\"a\""));
        c.add(invalid(OBJ + ": closed by }", "unclosed after colon", "{\"a\":"));
        c.add(invalid(OBJ + ": closed by }", "unclosed after value", "{\"a\":1"));
        c.add(invalid(OBJ + ": closed by }", "closed by ]", "{\"a\":1]"));
        c.add(invalid(OBJ + ": opened by {", "lone closing brace", "}"));
        c.add(invalid(OBJ + ": members only inside an object", "member at top level", "\"a\":1"));
        // §5 arrays
        c.add(invalid(ARR + ": no trailing comma", "trailing comma", "[1,]"));
        c.add(invalid(ARR + ": no empty element", "double comma", "[1,,2]"));
        c.add(invalid(ARR + ": no leading comma", "leading comma", "[,1]"));
        c.add(invalid(ARR + ": no empty element", "comma only", "[,]"));
        c.add(invalid(ARR + ": value-separator", "missing comma", "[1 2]"));
        c.add(invalid(ARR + ": value-separator", "colon instead of comma", "[1:2]"));
        c.add(invalid(ARR + ": closed by ]", "unclosed empty array", "["));
        c.add(invalid(ARR + ": closed by ]", "unclosed after value", "[1"));
        c.add(invalid(ARR + ": closed by ]", "unclosed after comma", "[1,"));
        c.add(invalid(ARR + ": closed by ]", "closed by }", "[1}"));
        c.add(invalid(ARR + ": opened by [", "lone closing bracket", "]"));
        // §6 numbers
        c.add(invalid(NUM + ": no leading zeros", "01", "01"));
        c.add(invalid(NUM + ": no leading zeros", "-01", "-01"));
        c.add(invalid(NUM + ": no leading zeros", "00", "00"));
        c.add(invalid(NUM + ": no leading zeros", "00.5", "00.5"));
        c.add(invalid(NUM + ": no leading zeros", "01 in array", "[01]"));
        c.add(invalid(NUM + ": no plus sign", "+1", "+1"));
        c.add(invalid(NUM + ": int before fraction", ".5", ".5"));
        c.add(invalid(NUM + ": int before fraction", "-.5", "-.5"));
        c.add(invalid(NUM + ": digits after decimal point", "1.", "1."));
        c.add(invalid(NUM + ": digits after decimal point", "1.e1", "1.e1"));
        c.add(invalid(NUM + ": digits after decimal point", "1. in array", "[1.]"));
        c.add(invalid(NUM + ": digits in exponent", "1e", "1e"));
        c.add(invalid(NUM + ": digits in exponent", "1e+", "1e+"));
        c.add(invalid(NUM + ": digits in exponent", "1E-", "1E-"));
        c.add(invalid(NUM + ": digits in exponent", "1e+-2", "1e+-2"));
        c.add(invalid(NUM + ": one exponent", "1e1e1", "1e1e1"));
        c.add(invalid(NUM + ": integer exponent", "1e1.5", "1e1.5"));
        c.add(invalid(NUM + ": one decimal point", "1.0.0", "1.0.0"));
        c.add(invalid(NUM + ": digits after minus", "lone minus", "-"));
        c.add(invalid(NUM + ": digits after minus", "minus in array", "[-]"));
        c.add(invalid(NUM + ": digits after minus", "--1", "--1"));
        c.add(invalid(NUM + ": digits after minus", "minus space 1", "- 1"));
        c.add(invalid(NUM + ": decimal digits only", "hex 0x10", "0x10"));
        c.add(invalid(NUM + ": decimal digits only", "underscore separator", "1_000"));
        c.add(invalid(NUM + ": decimal digits only", "full-width digit", "\uFF11"));
        c.add(invalid(NUM + ": no NaN or infinity", "NaN", "NaN"));
        c.add(invalid(NUM + ": no NaN or infinity", "Infinity", "Infinity"));
        c.add(invalid(NUM + ": no NaN or infinity", "-Infinity", "-Infinity"));
        c.add(invalid(NUM + ": no NaN or infinity", "NaN in array", "[NaN]"));
        c.add(invalid(NUM + ": no NaN or infinity", "Infinity as member value", "{\"a\":Infinity}"));
        c.add(invalid(NUM + ": no NaN or infinity", "-NaN", "-NaN"));
        c.add(invalid(NUM + ": overflowing a double is rejected (policy)", "1e400", "1e400"));
        c.add(invalid(NUM + ": overflowing a double is rejected (policy)", "-1e400 in array", "[-1e400]"));
        c.add(invalid(NUM + ": overflowing a double is rejected (policy)", "1.8e308", "1.8e308"));
        // §7 strings
        c.add(invalid(STR + ": quotation marks", "single-quoted string", "'a'"));
        c.add(invalid(STR + ": quotation marks", "single-quoted string in array", "['a']"));
        c.add(invalid(STR + ": closed by a quotation mark", "unterminated string", "\"abc"));
        c.add(invalid(STR + ": closed by a quotation mark", "lone quotation mark", "\""));
        c.add(invalid(STR + ": closed by a quotation mark", "escaped closing quote", "\"\\\""));
        c.add(invalid(STR + ": closed by a quotation mark", "unterminated name", "{\"a:1}"));
        c.add(invalid(STR + ": control characters must be escaped", "raw NUL", b("\"a", 0x00, "b\"")));
        c.add(invalid(STR + ": control characters must be escaped", "raw 0x01", b("\"", 0x01, "\"")));
        c.add(invalid(STR + ": control characters must be escaped", "raw 0x1F", b("\"", 0x1F, "\"")));
        c.add(invalid(STR + ": control characters must be escaped", "raw tab", "\"a\tb\""));
        c.add(invalid(STR + ": control characters must be escaped", "raw newline", "\"a\nb\""));
        c.add(invalid(STR + ": control characters must be escaped", "raw carriage return", "\"a\rb\""));
        c.add(invalid(STR + ": control characters must be escaped", "raw newline in a name", "{\"a\nb\":1}"));
        c.add(invalid(ESC + ": only the listed escapes", "\\x41", "\"\\x41\""));
        c.add(invalid(ESC + ": only the listed escapes", "\\'", "\"\\'\""));
        c.add(invalid(ESC + ": only the listed escapes", "\\a", "\"\\a\""));
        c.add(invalid(ESC + ": only the listed escapes", "\\0", "\"\\0\""));
        c.add(invalid(ESC + ": only the listed escapes", "backslash space", "\"\\ \""));
        c.add(invalid(ESC + ": only the listed escapes", "\\U0041 (capital U)", "\"\\U0041\""));
        c.add(invalid(ESC + ": only the listed escapes", "backslash then raw e-acute", "\"\\é\""));
        c.add(invalid(ESC + ": only the listed escapes", "invalid escape in a name", "{\"\\x\":1}"));
        c.add(invalid(ESC + ": \\u takes four hex digits", "\\u12", "\"\\u12\""));
        c.add(invalid(ESC + ": \\u takes four hex digits", "\\u alone", "\"\\u\""));
        c.add(invalid(ESC + ": \\u takes four hex digits", "\\uZZZZ", "\"\\uZZZZ\""));
        c.add(invalid(ESC + ": \\u takes four hex digits", "\\u00G0", "\"\\u00G0\""));
        c.add(invalid(ESC + ": \\u takes four hex digits", "\\u-123", "\"\\u-123\""));
        c.add(invalid(ESC + ": backslash starts an escape", "backslash at end of input", "\"\\"));
        // §8.1 UTF-8
        c.add(invalid(UTF + ": BOM not allowed (policy)", "BOM before object", b(0xEF, 0xBB, 0xBF, "{}")));
        c.add(invalid(UTF + ": BOM not allowed (policy)", "BOM before number", b(0xEF, 0xBB, 0xBF, "1")));
        c.add(invalid(UTF + ": no overlong forms", "overlong '/' C0 AF", b("\"", 0xC0, 0xAF, "\"")));
        c.add(invalid(UTF + ": no overlong forms", "overlong C1 BF", b("\"", 0xC1, 0xBF, "\"")));
        c.add(invalid(UTF + ": no overlong forms", "overlong 3-byte E0 80 AF", b("\"", 0xE0, 0x80, 0xAF, "\"")));
        c.add(invalid(UTF + ": no overlong forms", "overlong 4-byte F0 80 80 AF", b("\"", 0xF0, 0x80, 0x80, 0xAF, "\"")));
        c.add(invalid(UTF + ": no overlong forms", "overlong NUL C0 80", b("\"", 0xC0, 0x80, "\"")));
        c.add(invalid(UTF + ": no encoded surrogates", "ED A0 80 (U+D800)", b("\"", 0xED, 0xA0, 0x80, "\"")));
        c.add(invalid(UTF + ": no encoded surrogates", "ED BF BF (U+DFFF)", b("\"", 0xED, 0xBF, 0xBF, "\"")));
        c.add(invalid(UTF + ": no encoded surrogates", "CESU-8 pair ED A0 BD ED B8 80",
                b("\"", 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, "\"")));
        c.add(invalid(UTF + ": nothing above U+10FFFF", "F4 90 80 80", b("\"", 0xF4, 0x90, 0x80, 0x80, "\"")));
        c.add(invalid(UTF + ": nothing above U+10FFFF", "F5 80 80 80", b("\"", 0xF5, 0x80, 0x80, 0x80, "\"")));
        c.add(invalid(UTF + ": complete sequences", "C3 at end of string", b("\"", 0xC3, "\"")));
        c.add(invalid(UTF + ": complete sequences", "C3 then ASCII", b("\"", 0xC3, "A\"")));
        c.add(invalid(UTF + ": complete sequences", "truncated E2 82", b("\"", 0xE2, 0x82, "\"")));
        c.add(invalid(UTF + ": complete sequences", "truncated F0 9F 98", b("\"", 0xF0, 0x9F, 0x98, "\"")));
        c.add(invalid(UTF + ": complete sequences", "C3 at end of input", b("\"", 0xC3)));
        c.add(invalid(UTF + ": no stray continuation bytes", "0x80 in string", b("\"", 0x80, "\"")));
        c.add(invalid(UTF + ": no stray continuation bytes", "0xBF in string", b("\"a", 0xBF, "\"")));
        c.add(invalid(UTF + ": bytes never used", "0xFF in string", b("\"", 0xFF, "\"")));
        c.add(invalid(UTF + ": bytes never used", "0xFE in string", b("\"", 0xFE, "\"")));
        c.add(invalid(UTF + ": bytes never used", "0xFF outside strings", b("[", 0xFF, "]")));
        c.add(invalid(UTF + ": no stray continuation bytes", "0x80 outside strings", b("[1,", 0x80, "]")));
        c.add(invalid(UTF + ": well-formed names too", "overlong in a member name", b("{\"", 0xC0, 0xAF, "\":1}")));
        // §8.2 unpaired surrogates (policy: rejected)
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "\\uD800 alone", "\"\\uD800\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "\\uDC00 alone", "\"\\uDC00\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "\\uD800\\u0041", "\"\\uD800\\u0041\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "\\uD800 then x", "\"\\uD800x\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "\\uDBFF at end", "\"a\\uDBFF\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "reversed pair \\uDC00\\uD800",
                "\"\\uDC00\\uD800\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "two high surrogates",
                "\"\\uD800\\uD800\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "high surrogate then \\n",
                "\"\\uD83D\\n\""));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "high surrogate then raw low surrogate bytes",
                b("\"\\uD83D", 0xED, 0xB8, 0x80, "\"")));
        c.add(invalid(SUR + ": unpaired surrogate escapes rejected (policy)", "in a member name",
                "{\"\\uD800\":1}"));
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Case valid(String rule, String label, String json, Object expected) {
        return new Case(rule, label, json.getBytes(StandardCharsets.UTF_8), true, expected);
    }

    private static Case valid(String rule, String label, byte[] json, Object expected) {
        return new Case(rule, label, json, true, expected);
    }

    private static Case invalid(String rule, String label, String json) {
        return new Case(rule, label, json.getBytes(StandardCharsets.UTF_8), false, null);
    }

    private static Case invalid(String rule, String label, byte[] json) {
        return new Case(rule, label, json, false, null);
    }

    /** Bytes from parts: a String as UTF-8, an Integer as one byte. */
    static byte[] b(Object... parts) {
        return JsonBytes.bytes(parts);
    }

    /** An ordered map from alternating names and values. */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
