// Layout of a page as a reader sees it: horizontal overflow, figure text under 10 CSS pixels,
// labels that overlap, and outlines drawn across a label. tests/test_site.py runs it in Chromium.
(() => {
  const out = {overlaps: [], struck: [], small: [], scroll: 0, inner: 0};
  const doc = document;
  const shrink = (r, k) => ({l: r.left + k, r: r.right - k, t: r.top + k, b: r.bottom - k});
  const hit = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  doc.querySelectorAll('svg').forEach(svg => {
    const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBBox().width > 0);
    texts.forEach(t => {
      const px = t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
      if (px < 9.95) out.small.push([t.textContent, +px.toFixed(1)]);
    });
    const boxes = texts.map(t => shrink(t.getBoundingClientRect(), 1));
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++)
      if (hit(boxes[i], boxes[j])) out.overlaps.push([texts[i].textContent, texts[j].textContent]);
    const shapes = [...svg.querySelectorAll('rect[stroke], ellipse[stroke]')];
    const fills = [...svg.querySelectorAll('rect, ellipse, circle')].filter(s => s.getAttribute('fill') && s.getAttribute('fill') !== 'none');
    const before = (a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    const holds = (r, b) => b.l >= r.left && b.r <= r.right && b.t >= r.top && b.b <= r.bottom;
    texts.forEach((t, i) => shapes.forEach(s => {
      const r = s.getBoundingClientRect(), b = boxes[i];
      const backing = fills.filter(f => before(f, t) && holds(f.getBoundingClientRect(), b)).pop();
      if (backing && backing !== s && before(s, backing)) return;
      const inside = b.l >= r.left && b.r <= r.right && b.t >= r.top && b.b <= r.bottom;
      if (!hit(b, {l: r.left, r: r.right, t: r.top, b: r.bottom}) || inside) return;
      const around = r.left <= b.l && r.right >= b.r && r.top <= b.t && r.bottom >= b.b;
      if (!around) out.struck.push([t.textContent, s.tagName + ' ' + (s.getAttribute('class') || '')]);
    }));
  });
  out.scroll = doc.documentElement.scrollWidth; out.inner = innerWidth;
  return out;
})()
