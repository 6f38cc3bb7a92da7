import { html, nothing } from 'lit';
import type { ConfigText } from '../localization/purpose-text.js';

/**
 * Renders a text from the configuration inside the elements' own: isolated (`<bdi>`), so
 * that a left-to-right text in a right-to-left dialog, or the reverse, keeps its order
 * and punctuation, and with its `lang` when it is not the element's language (WCAG
 * 3.1.2), e.g. the English of a per-language map that has no Hebrew.
 */
export function show({ text, lang }: ConfigText) {
  return html`<bdi lang=${lang ?? nothing}>${text}</bdi>`;
}
