import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../shared/export/scene';
import { fitTransform, sceneToSvg } from '../../../shared/export/svg';

const scene: Scene = {
  width: 400,
  height: 200,
  background: '#ffffff',
  title: 'Karta & <test>',
  description: 'Ett organ och en linje.',
  items: [
    {
      type: 'group',
      id: 'body-ks',
      title: 'Kommunstyrelsen',
      items: [
        { type: 'rect', x: 10, y: 10, width: 220, height: 84, radius: 8, fill: '#ffffff', stroke: { color: '#d0d5dd', width: 2, dash: [5, 3] } },
        { type: 'text', x: 22, y: 40, text: 'Kommunstyrelsen', size: 14, bold: true, color: '#101828', anchor: 'start', maxWidth: 196 },
      ],
    },
    {
      type: 'path',
      segments: [
        { op: 'M', x: 100, y: 190 },
        { op: 'C', x1: 100, y1: 150, x2: 120, y2: 130, x: 120, y: 94 },
      ],
      stroke: { color: '#1f2933', width: 2, dash: [6, 4] },
      fill: null,
      closed: false,
      arrow: true,
    },
  ],
};

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;

describe('sceneToSvg', () => {
  it('writes shapes and text with the font stack, at the scene’s size, with titles', () => {
    const svg = sceneToSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parse(svg);
    expect([root.width, root.height, root.viewBox]).toEqual(['400', '200', '0 0 400 200']);
    expect(root['font-family']).toBe("'Liberation Sans', Arial, Helvetica, sans-serif");
    expect(root.title['#text']).toBe('Karta & <test>');
    expect(svg).toContain('<g id="body-ks"><title>Kommunstyrelsen</title>');
    expect(svg).toContain('font-weight="700"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).not.toMatch(/foreignObject|<marker/);
  });

  it('draws an arrowhead as a triangle whose tip is the end of the path, and stops the shaft inside it', () => {
    const svg = sceneToSvg(scene);
    const points = /<polygon points="([^"]+)"/.exec(svg)?.[1]?.split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(3);
    expect(points?.[0]).toEqual([120, 94]);
    const shaftEnd = /<path d="M100 190 C100 150 120 130 ([\d.]+) ([\d.]+)"/.exec(svg);
    expect(Number(shaftEnd?.[2])).toBeGreaterThan(94);
  });

  it('fits the scene into a box: that size, proportions kept, centred inside the margin', () => {
    const fit = { width: 1000, height: 1000, margin: 50 };
    const t = fitTransform(scene, fit);
    expect(t.scale).toBeCloseTo(900 / 400);
    expect(t.dx).toBeCloseTo(50);
    expect(t.dy).toBeCloseTo((1000 - 200 * t.scale) / 2);
    const svg = sceneToSvg(scene, { fit });
    const root = parse(svg);
    expect([root.width, root.height, root.viewBox]).toEqual(['1000', '1000', '0 0 1000 1000']);
    expect(svg).toContain(`<g transform="translate(50 ${Math.round(t.dy * 100) / 100}) scale(${t.scale})">`);
  });

  it('embeds the fonts only when asked, and leaves out the background of a transparent scene', () => {
    const svg = sceneToSvg({ ...scene, background: null }, { embedFonts: { regular: 'UkVH', bold: 'Qk9MRA==' } });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("font-weight:400;font-style:normal;src:url(data:font/ttf;base64,UkVH) format('truetype')");
    expect(svg).toContain('base64,Qk9MRA==');
    expect(sceneToSvg(scene)).not.toContain('@font-face');
    expect(sceneToSvg(scene)).toContain('<rect width="400" height="200" fill="#ffffff"/>');
    expect(svg).not.toContain('<rect width="400" height="200"');
  });

  it('drops characters XML cannot hold', () => {
    const svg = sceneToSvg({ ...scene, title: 'a\u0001b\ud800c\uFFFF\uFFFE' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title id="scene-title">abc</title>');
  });
});
