package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesMarkupQuotesAndWhatXmlCannotHold() {
        assertThat(Markup.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
        assertThat(Markup.escape("tab\tnew\nline\r")).isEqualTo("tab new line ");
        assertThat(Markup.escape("nul\u0000 esc\u001B end\uFFFF")).isEqualTo("nul\uFFFD esc\uFFFD end\uFFFD");
        assertThat(Markup.escape("lone \uDC00 and \uD83D")).isEqualTo("lone \uFFFD and \uFFFD");
        assertThat(Markup.escape("pair 😀 ü 中")).isEqualTo("pair 😀 ü 中");
    }

    @Test
    void attributesComeInPairs() {
        assertThatThrownBy(() -> new Markup().empty("rect", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Markup().textElement("text", "a<b", "x", "1\"").toString()).isEqualTo("<text x=\"1&quot;\">a&lt;b</text>");
    }

    @Test
    void rawMarkupIsInsertedAsItIsAndTextIsEscaped() {
        assertThat(new Markup().open("p").text("1 < 2 & 'x'").raw("<b>bold</b>").close("p").toString())
                .isEqualTo("<p>1 &lt; 2 &amp; &apos;x&apos;<b>bold</b></p>");
    }
}
