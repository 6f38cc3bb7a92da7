// Colour arithmetic for the browser-level tests: computed CSS colours parsed, stacked
// backgrounds flattened, WCAG 2.2 contrast ratios, and (run in the page) how a button
// looks.

/** `rgb(…)` / `rgba(…)` as computed by the browser → [r, g, b, a]. */
export function parseColor(text) {
  const m = /^rgba?\(([^)]+)\)$/.exec(text.trim());
  if (!m) throw new Error(`unexpected computed colour: ${text}`);
  const [r, g, b, a = 1] = m[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** The opaque colour of a stack of backgrounds, topmost first. */
export function flatten(backgrounds) {
  let out = [255, 255, 255];
  for (const bg of [...backgrounds].reverse()) {
    const [r, g, b, a] = typeof bg === 'string' ? parseColor(bg) : bg;
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
  }
  return [...out, 1];
}

export function luminance([r, g, b]) {
  const lin = (c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of a foreground (composited over the background) and an opaque background. */
export function contrast(fg, bg) {
  const [r, g, b, a] = fg;
  const over = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
  const [l1, l2] = [luminance(over), luminance(bg)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** In the page: what makes a button look the way it does, and its backgrounds up to the root. */
export function buttonLook(el) {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const sides = ['Top', 'Right', 'Bottom', 'Left'];
  const look = {
    fontFamily: s.fontFamily,
    fontSize: s.fontSize,
    fontWeight: s.fontWeight,
    fontStyle: s.fontStyle,
    textDecoration: s.textDecorationLine,
    textTransform: s.textTransform,
    color: s.color,
    backgroundColor: s.backgroundColor,
    backgroundImage: s.backgroundImage,
    borderRadius: s.borderRadius,
    boxShadow: s.boxShadow,
    opacity: s.opacity,
    minWidth: s.minWidth,
    minHeight: s.minHeight,
    height: Math.round(r.height * 10) / 10,
  };
  for (const side of sides) {
    look[`padding${side}`] = s[`padding${side}`];
    look[`border${side}Width`] = s[`border${side}Width`];
    look[`border${side}Style`] = s[`border${side}Style`];
    look[`border${side}Color`] = s[`border${side}Color`];
  }
  const backgrounds = [];
  for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
    const bg = getComputedStyle(node).backgroundColor;
    backgrounds.push(bg);
    if (parseFloat(bg.split(/[,/ ]+/)[3] ?? '1') >= 1 && !/transparent/.test(bg)) break;
  }
  backgrounds.push('rgb(255, 255, 255)'); // the canvas
  return {
    tag: el.tagName,
    parent: el.parentElement?.className,
    look,
    color: s.color,
    backgrounds,
  };
}
