import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { exportMap, type ExportRequest } from '../../../shared/export/exportMap';
import { buildPublication, type PublicationOptions } from '../../../shared/export/publication';
import { requestScene } from '../../../shared/export/request';
import { mapView } from '../../../shared/export/view';
import { restoreText } from '../../../shared/file/restore';
import type { MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeBody, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

const restored = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error(restored.error.message.en);
const sample = restored.model;

function request(over: Partial<ExportRequest> = {}): ExportRequest {
  return {
    format: 'html',
    asOf: '2021-09-26',
    lang: 'sv',
    page: 'a4',
    landscape: true,
    png: { scale: 1 },
    transparent: false,
    legend: true,
    badges: true,
    funding: false,
    findings: true,
    date: '2026-12-05',
    ...over,
  };
}

function publish(model: MandatModel, over: Partial<ExportRequest> = {}): string {
  const r = request(over);
  const options: PublicationOptions = {
    asOf: r.asOf,
    lang: r.lang,
    date: r.date,
    findings: r.findings,
    ...(r.levels ? { levels: r.levels } : {}),
    ...(r.selection ? { selection: r.selection } : {}),
  };
  return buildPublication(model, requestScene(model, r), options);
}

/** The headings of a level, as text with the markup of their content removed. */
function headings(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'gs'))].map((m) => (m[1] as string).replace(/<[^>]+>/g, ''));
}

/** The section of the body whose heading is `name`, up to the next body's. */
function bodySection(html: string, name: string): string {
  const start = html.indexOf(`>${name}</h3>`);
  expect(start, name).toBeGreaterThan(0);
  const end = html.indexOf('<h3', start);
  return html.slice(start, end < 0 ? undefined : end);
}

const small = makeModel({
  bodies: [
    makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }),
    makeBody('sg', { name: 'Styrgruppen', shortName: 'SG', mandate: { text: 'Leder arbetet.', decidedBy: 'ks' as never, decisionRef: 'KS 2020 § 5', requiredMembers: [] } }),
    makeBody('ext', { name: 'Polisen', shortName: '', level: 'external', kind: 'external_organisation' }),
  ],
  members: [makeMember('anna', { name: 'Anna Berg', title: 'Kommundirektör', organisation: '' })],
  memberships: [makeMembership('anna', 'sg', { role: 'chair' })],
  lines: [makeLine('sg', 'ks', { frequency: '2 gånger per år', form: 'skriftlig rapport', documented: 'yes' }), makeLine('ext', 'sg', { frequency: '' })],
});

describe('the HTML publication', () => {
  it('is one page in the chosen language with the map\'s date and the day it was published', () => {
    const sv = publish(small);
    expect(sv).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(sv).toContain('<title>Test – Karta per 2021-09-26</title>');
    expect(sv).toContain('<time datetime="2026-12-05">2026-12-05</time>');
    const en = publish(small, { lang: 'en' });
    expect(en).toMatch(/<html lang="en">/);
    expect(headings(en, 2)).toEqual(['Contents', 'The map', 'Bodies', 'Findings']);
    expect(headings(sv, 2)).toEqual(['Innehåll', 'Kartan', 'Organ', 'Fynd']);
  });

  it('gives each body a heading with its mandate, members and lines out and in, linked to the other body', () => {
    const html = publish(small);
    expect(headings(html, 3).slice(0, 3)).toEqual(['Kommunstyrelsen (KS)', 'Styrgruppen (SG)', 'Polisen']);
    const sg = bodySection(html, 'Styrgruppen (SG)');
    expect(sg).toContain('<dd>Leder arbetet.</dd>');
    expect(sg).toMatch(/<dt>Beslutat av<\/dt><dd><a href="#(body-\d+)">Kommunstyrelsen \(KS\)<\/a><\/dd>/);
    expect(sg).toContain('<li>Anna Berg – Ordförande (Kommundirektör)</li>');
    const [out, into] = sg.split('Linjer till organet');
    expect(out).toMatch(/<li><a href="#body-\d+">Kommunstyrelsen \(KS\)<\/a> – Rapporterar till; frekvens: 2 gånger per år; form: skriftlig rapport; dokumenterad: ja<\/li>/);
    expect(into).toMatch(/<li><a href="#body-\d+">Polisen<\/a> – Rapporterar till; frekvens: ej angivet/);
    expect(bodySection(html, 'Polisen')).toContain('Inga ledamöter angivna på datumet.');
  });

  it('has a skip link to the main content and contents linking to every body, and every link lands on one element', () => {
    const html = publish(sample);
    expect(html).toMatch(/<body>\n<a class="skip-link" href="#main">Hoppa till innehållet<\/a>/);
    expect(html).toContain('<main id="main" tabindex="-1">');
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(50);
    for (const t of targets) {
      expect(t.startsWith('#'), t).toBe(true);
      expect(ids, t).toContain(t.slice(1));
    }
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    const shown = mapView(sample, { asOf: '2021-09-26' }).bodies;
    expect(nav.match(/href="#body-\d+"/g)?.length).toBe(shown.length);
    expect(headings(html, 3).filter((h) => !/\(\d+\)$|Kvitterade/.test(h))).toHaveLength(shown.length);
  });

  it('holds the diagram as inline SVG named by its title and description, with a way to its text equivalent', () => {
    const html = publish(sample);
    expect(html).not.toContain('<?xml');
    expect(html).toMatch(/<figure><svg [^>]*role="img" aria-labelledby="diagram-title diagram-desc"/);
    expect(html).toMatch(/<title id="diagram-title">[^<]*2021-09-26[^<]*<\/title>/);
    expect(html).toMatch(/<desc id="diagram-desc">Diagram över [^<]+: \d+ organ/);
    expect(html).toMatch(/<figcaption>[^<]*<a href="#bodies">Till diagrammet i text<\/a><\/figcaption>/);
  });

  it('keeps a body called "scene-title" as it is written: only the diagram\'s own ids are renamed', () => {
    const [first] = sample.bodies.values();
    if (!first) throw new Error('sample changed');
    const bodies = new Map(sample.bodies);
    bodies.set(first.id, { ...first, name: 'scene-title', shortName: '' });
    const html = publish({ ...sample, bodies });
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('>scene-title<');
    expect(html).toMatch(/<title id="diagram-title">/);
  });

  it('lists every finding with what is wrong and how to fix it, or leaves the findings out when asked', () => {
    const html = publish(sample);
    const findings = analyse(sample, { asOf: '2021-09-26' }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const section = html.slice(html.indexOf('<section aria-labelledby="findings">'));
    expect(section.match(/<strong>Åtgärd: <\/strong>/g)?.length).toBe(findings.length);
    const f = findings[0];
    expect(section).toContain(f?.fix.sv.replace(/"/g, '&quot;'));
    const without = publish(sample, { findings: false });
    expect(without).not.toContain('aria-labelledby="findings"');
    expect(without).not.toContain('href="#findings"');
  });

  it('with filters shows only the chosen bodies and says when a linked body is left out', () => {
    const html = publish(small, { levels: ['administrative'] });
    expect(headings(html, 3).filter((h) => !/\(\d+\)$|Kvitterade/.test(h))).toEqual(['Styrgruppen (SG)']);
    expect(html).toContain('Kommunstyrelsen (KS) (visas inte i urvalet)');
  });

  it('escapes hostile text everywhere and drops characters a page cannot hold', () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>\uFFFF';
    const model = makeModel({
      bodies: [
        makeAccountable('"><svg onload=alert(3)>', { name: evil, shortName: '</h3><script>' }),
        makeBody('b', { name: 'B', notes: evil, mandate: { text: evil, decidedBy: null, decisionRef: evil, requiredMembers: [evil] } }),
      ],
      members: [makeMember('m', { name: evil, title: evil })],
      memberships: [makeMembership('m', 'b')],
      lines: [makeLine('b', '"><svg onload=alert(3)>', { frequency: evil, form: evil })],
    });
    const html = publish({ ...model, meta: { ...model.meta, name: evil, description: evil, author: evil } });
    for (const bad of ['<script', '<img', '<svg onload', '\uFFFF', 'href="x', ' src="', ' onerror="']) expect(html).not.toContain(bad);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html.match(/<svg /g)).toHaveLength(1);
  });

  it('asks for nothing from elsewhere: no scripts, style sheets, fonts or pictures to fetch', () => {
    const html = publish(sample);
    for (const fetches of ['<script', '<link', '<img', '<iframe', 'url(', '@import', ' src=', 'xlink:href']) expect(html, fetches).not.toContain(fetches);
  });

  it('comes out of exportMap as text/html, the same page as built directly', async () => {
    const host = {
      fonts: () => Promise.reject(new Error('the publication needs no fonts')),
      rasterise: () => Promise.reject(new Error('the publication needs no pictures')),
    };
    const file = await exportMap(sample, request(), host);
    expect([file.mime, file.extension]).toEqual(['text/html', 'html']);
    expect(new TextDecoder().decode(file.bytes)).toBe(publish(sample));
  });
});
