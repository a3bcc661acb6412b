package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void coordinatesHaveAtMostTwoDecimalsAndNoExponent() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(57.599999999)).isEqualTo("57.6");
        assertThat(Svg.num(399.3651)).isEqualTo("399.37");
        assertThat(Svg.num(-0.004)).isEqualTo("0");
        assertThat(Svg.num(1e7)).isEqualTo("10000000");
    }

    @Test
    void textIsFittedWithAnEllipsisCountingWideCharactersAsWide() {
        assertThat(Svg.fit("short", 200, 14)).isEqualTo("short");
        assertThat(Svg.fit("a rather long library name", 80, 14)).endsWith("…").startsWith("a rather");
        assertThat(Svg.textWidth("中文中文", 10)).isEqualTo(40);
        assertThat(Svg.textWidth("😀", 10)).isEqualTo(10);
        assertThat(Svg.fit("😀😀😀😀😀", 30, 10)).isEqualTo("😀😀…");
        assertThat(Svg.textWidth(Svg.fit("😀😀😀😀😀", 30, 10), 10)).isLessThanOrEqualTo(30);
    }
}
