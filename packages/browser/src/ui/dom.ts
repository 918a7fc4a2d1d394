type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | null | undefined>;

/**
 * A tiny element builder: `h('button', { class: 'x', onclick: fn }, 'Go')`. Strings become text nodes, so
 * text from the API is never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Replaces an element's children. */
export function setChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => !!c));
}

/** A small inline SVG of a node shape, for legends and search results. */
export function shapeIcon(shape: string, color: string, size = 14): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  const polygon = (n: number, r: number, dy = 0) =>
    Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return `${(r * Math.sin(a)).toFixed(2)},${(-r * Math.cos(a) + dy).toFixed(2)}`;
    }).join(' ');
  const star = () =>
    Array.from({ length: 10 }, (_, i) => {
      const a = (Math.PI * i) / 5;
      const r = i % 2 ? 4.2 : 9.5;
      return `${(r * Math.sin(a)).toFixed(2)},${(-r * Math.cos(a) + 0.8).toFixed(2)}`;
    }).join(' ');
  const el = document.createElementNS(ns, shape === 'circle' ? 'circle' : shape === 'square' ? 'rect' : 'polygon');
  if (shape === 'circle') {
    el.setAttribute('r', '9');
  } else if (shape === 'square') {
    el.setAttribute('x', '-8');
    el.setAttribute('y', '-8');
    el.setAttribute('width', '16');
    el.setAttribute('height', '16');
  } else {
    const points =
      { diamond: polygon(4, 9.5), triangle: polygon(3, 10, 2), hexagon: polygon(6, 9.5), star: star() }[shape] ?? polygon(3, 10, 2);
    el.setAttribute('points', points);
  }
  el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}
