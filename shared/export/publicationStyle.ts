/**
 * The publication's one stylesheet, inline so the file needs nothing else. Colours keep
 * text at 4.5:1 or more against white (WCAG 2.1 AA); the diagram shrinks to the column's
 * width instead of scrolling, so no region needs its own keyboard scrolling.
 */
export const PUBLICATION_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:'Liberation Sans',Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
header,nav,main,footer{max-width:62rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.5rem;border-bottom:2px solid #1f3864}
h1{font-size:2rem;margin:0 0 .25rem;color:#1f3864}
h2{font-size:1.5rem;margin:2rem 0 .75rem;color:#1f3864;border-bottom:1px solid #c8cfdb}
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
p{margin:.35rem 0}
a{color:#0b4f9c}
a:focus-visible,main:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.as-of{font-size:1.2rem;color:#2e5496;margin:0}
.published,.none,footer{color:#4d4d4d}
.none{font-style:italic}
.missing{color:#9b1020;font-style:italic}
.skip-link{position:absolute;left:.5rem;top:-3rem;background:#fff;color:#0b4f9c;padding:.5rem .75rem;border:2px solid #0b4f9c;z-index:1}
.skip-link:focus{top:.5rem}
nav ol ul{columns:2 16rem;margin:.25rem 0 .5rem}
figure{margin:1rem 0}
figure svg{display:block;max-width:100%;height:auto;border:1px solid #c8cfdb}
figcaption{margin-top:.5rem}
.facts{margin:.5rem 0}
.facts div{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.75rem;padding:.2rem 0;border-bottom:1px solid #e4e8ef}
.facts dt{font-weight:700}
.facts dd{margin:0;white-space:pre-line}
.facts dd ul{margin:0;padding-left:1.1rem}
.findings>li{margin-bottom:.75rem}
footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #c8cfdb}
@media print{.skip-link{display:none}a{color:inherit}section>section{break-inside:avoid}}
`;
