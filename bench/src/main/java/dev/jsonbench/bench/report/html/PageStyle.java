package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.report.svg.Palette;

/**
 * The report's one stylesheet, inlined in the page: the palette's colours for both schemes ({@link Palette#css()}),
 * a layout that narrows to a phone (tables scroll inside their own box, charts take the full width) and a print
 * layout (light, two charts a row, no navigation, nothing cut across pages).
 */
final class PageStyle {

    private PageStyle() {
    }

    static String css() {
        return Palette.css() + """
                :root{color-scheme:light;--jb-link:#005a8c;--jb-bad:#b03a00;--jb-code:#f3f3f3}
                @media screen and (prefers-color-scheme: dark){:root{color-scheme:dark;--jb-link:#7cc4f5;--jb-bad:#ff9a5c;--jb-code:#242424}}
                *{box-sizing:border-box}
                html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
                body{margin:0;background:var(--jb-bg);color:var(--jb-fg);font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Liberation Sans',sans-serif}
                main{max-width:76rem;margin:0 auto;padding:1rem 1.25rem 3rem}
                h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .25rem}
                h2{font-size:1.3rem;margin:2.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--jb-grid)}
                h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
                p{margin:.4rem 0}
                a{color:var(--jb-link)}
                code,pre{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,'Liberation Mono',monospace;font-size:.88em}
                pre{background:var(--jb-code);padding:.75rem;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
                ul{padding-left:1.25rem}
                li{margin:.2rem 0}
                .muted{color:var(--jb-muted)}
                .bad{color:var(--jb-bad);font-weight:600}
                .banner{border-left:4px solid var(--jb-bad);padding:.4rem .75rem;background:var(--jb-code);margin:.75rem 0}
                nav ul{display:flex;flex-wrap:wrap;gap:.1rem 1.25rem;list-style:none;padding:0;margin:.75rem 0}
                .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,27rem),1fr));gap:1.25rem 2.5rem;margin:1rem 0}
                figure{margin:0;break-inside:avoid}
                figure svg{display:block;width:100%;height:auto}
                .table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
                table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9rem}
                .legend{color:var(--jb-muted);font-size:.85rem;margin:-.5rem 0 1rem}
                th,td{padding:.3rem .65rem;border-bottom:1px solid var(--jb-grid);text-align:left;vertical-align:top}
                thead th{border-bottom:2px solid var(--jb-muted);white-space:nowrap}
                .num{text-align:right;white-space:nowrap}
                table.ranking th,table.ranking td{white-space:nowrap}
                table.fields th{font-weight:600;white-space:nowrap}
                table.fields td{overflow-wrap:anywhere}
                table.fields code{white-space:nowrap}
                .swatch{display:inline-block;width:.75em;height:.75em;border-radius:2px;margin-right:.45em;vertical-align:-.05em}
                .flag{color:var(--jb-bad);font-weight:700;cursor:help;margin-left:.3em}
                @media (max-width:40rem){body{font-size:14px}main{padding:.75rem .75rem 2rem}th,td{padding:.25rem .4rem}h1{font-size:1.35rem}
                table.fields code{white-space:normal}}
                @media print{body{font-size:9.5pt}main{max-width:none;padding:0}nav{display:none}
                a{color:inherit;text-decoration:none}.table-wrap{overflow:visible}
                .charts{grid-template-columns:1fr 1fr;gap:.75rem 1.5rem}h2,h3{break-after:avoid}tr{break-inside:avoid}
                pre{border:1px solid var(--jb-grid)}}
                """;
    }
}
