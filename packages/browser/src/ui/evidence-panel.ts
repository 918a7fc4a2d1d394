import type { Evidence, RelationDetail } from '../api/types';
import { h, setChildren } from './dom';
import { highlightMentions } from './highlight-mentions';

export interface EvidencePanelOptions {
  onClose: () => void;
  onEntity: (id: string) => void;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function sourceLink(source: string | null) {
  if (!source) return null;
  // Only web addresses become links; a feed name or a file path is shown as text.
  return /^https?:\/\//i.test(source)
    ? h('a', { href: source, target: '_blank', rel: 'noopener noreferrer' }, source)
    : h('span', {}, source);
}

function evidenceItem(evidence: Evidence, relation: RelationDetail) {
  const segments = highlightMentions(
    evidence.text,
    [relation.subject.name, ...relation.subject.aliases],
    [relation.object.name, ...relation.object.aliases],
  );
  const doc = evidence.document;
  return h(
    'li',
    { class: 'evidence', 'data-evidence-id': evidence.id },
    h('blockquote', {}, ...segments.map((s) => (s.mark ? h('mark', { class: `mention ${s.mark}` }, s.text) : s.text))),
    h(
      'div',
      { class: 'evidence-meta' },
      h('span', { class: 'doc-title', title: doc.id }, doc.title || doc.id),
      sourceLink(doc.source),
      doc.publishedAt ? h('span', {}, doc.publishedAt.slice(0, 10)) : null,
      h('span', { title: 'confidence of this statement' }, `conf. ${percent(evidence.confidence)}`),
      h(
        'span',
        { class: 'muted', title: 'sentence index and character offsets in the document' },
        `sentence ${evidence.sentence} · ${evidence.start}–${evidence.end}`,
      ),
    ),
  );
}

/**
 * The answer to "why do you believe this edge?": the fact, its confidence, who claims it, and every sentence
 * it was read from with the two entities marked.
 */
export function createEvidencePanel({ onClose, onEntity }: EvidencePanelOptions) {
  const body = h('div', { class: 'panel-body' });
  const root = h(
    'aside',
    { class: 'side-panel evidence-panel', hidden: true, 'aria-label': 'Evidence' },
    h(
      'header',
      {},
      h('h2', {}, 'Evidence'),
      h('button', { class: 'icon-button', title: 'Close', 'aria-label': 'Close', onclick: () => onClose() }, '×'),
    ),
    body,
  );
  const entityLink = (e: { id: string; name: string }, cls: string) =>
    h('button', { class: `link entity ${cls}`, 'data-entity-id': e.id, onclick: () => onEntity(e.id) }, e.name);

  return {
    root,
    showLoading() {
      root.hidden = false;
      setChildren(body, h('p', { class: 'muted' }, 'Loading evidence…'));
    },
    showError(message: string) {
      root.hidden = false;
      setChildren(body, h('p', { class: 'error' }, message));
    },
    show(relation: RelationDetail) {
      root.hidden = false;
      root.dataset.relationId = relation.id;
      setChildren(
        body,
        h(
          'div',
          { class: 'fact' },
          entityLink(relation.subject, 'subject'),
          h(
            'span',
            { class: `predicate${relation.negated ? ' negated' : ''}` },
            relation.negated ? `NOT ${relation.predicate}` : relation.predicate,
            ' →',
          ),
          entityLink(relation.object, 'object'),
        ),
        h(
          'dl',
          { class: 'fact-meta' },
          h('dt', {}, 'Confidence'),
          h('dd', {}, h('meter', { min: 0, max: 1, value: relation.confidence }), ` ${percent(relation.confidence)}`),
          h('dt', {}, 'Statements'),
          h('dd', {}, String(relation.evidenceCount)),
          h('dt', {}, 'Attributed to'),
          h('dd', { class: 'attributed' }, relation.attributedTo ? entityLink(relation.attributedTo, 'attributed') : 'stated by the text'),
          relation.negated ? h('dt', {}, 'Negated') : null,
          relation.negated ? h('dd', {}, 'the text denies this') : null,
        ),
        relation.evidence.length
          ? h('ol', { class: 'evidence-list' }, ...relation.evidence.map((e) => evidenceItem(e, relation)))
          : h('p', { class: 'muted' }, 'No evidence is stored for this fact.'),
      );
    },
    hide() {
      root.hidden = true;
      delete root.dataset.relationId;
    },
  };
}
