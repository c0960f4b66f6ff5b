// slant serve: the Score and Review page. Every piece of input reaches the page as text
// (textContent, attributes set as properties), never as markup.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    types: [],          // [{id, label, description, colour}]
    article: null,      // {id, text, title, outlet}
    result: null,       // the /api/score?detail=sentences object
    decisions: [],      // per finding: {status: 'pending'|'kept'|'rejected', type}
    added: [],          // spans added by hand: {type, start, end, text}
    reviewing: false,
    saving: Promise.resolve(),
  };

  function el(tag, props, children) {
    const e = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (k === 'text') e.textContent = v;
        else if (k === 'class') e.className = v;
        else if (k === 'data') Object.assign(e.dataset, v);
        else e[k] = v;
      }
    }
    for (const c of children || []) e.append(c);
    return e;
  }

  function setStatus(message, error) {
    $('status').textContent = message;
    $('status').classList.toggle('error', !!error);
  }

  async function api(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const r = await fetch(path, init);
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) {
      const err = new Error((data && data.error) || ('HTTP ' + r.status));
      err.status = r.status;
      throw err;
    }
    return data;
  }

  // A short stable id for a pasted text (53-bit hash, as hex).
  function textId(text) {
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return 'article-' + n.toString(16).padStart(14, '0');
  }

  function typeOf(id) {
    return state.types.find((t) => t.id === id) || { id, label: id, description: '' };
  }

  function fixed(x, digits) {
    return Number(x).toFixed(digits);
  }

  // A lexicon's neutral wording for a finding; "" means the words are best left out.
  function suggestionText(f) {
    return f.suggestion === '' ? 'leave it out' : f.suggestion;
  }

  function explanation(f) {
    const t = typeOf(f.type);
    return t.label + ': ' + t.description + ' (cue: ' + f.cue + ', score ' + fixed(f.score, 2) + ')';
  }

  // ---- input: paste or file ----

  function parseCsv(text) {
    const rows = [];
    let row = [], field = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { row.push(field); field = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); field = '';
        if (row.length > 1 || row[0] !== '') rows.push(row);
        row = [];
      } else field += c;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    if (!rows.length) return [];
    const head = rows[0].map((h) => h.trim().toLowerCase().replace(/^\ufeff/, ''));
    return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] || ''])));
  }

  function articlesFromFile(name, content) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.jsonl')) {
      return content.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l));
    }
    if (lower.endsWith('.csv')) return parseCsv(content);
    if (lower.endsWith('.html') || lower.endsWith('.htm')) {
      // Parsed into an inert document: nothing in it runs or loads.
      const doc = new DOMParser().parseFromString(content, 'text/html');
      doc.querySelectorAll('script, style, noscript, template').forEach((n) => n.remove());
      const title = doc.title || '';
      const text = (doc.body ? doc.body.innerText || doc.body.textContent : '').trim();
      return [{ title, text }];
    }
    return [{ title: '', text: content }];
  }

  let fileArticles = [];

  function useFileArticle(i) {
    const a = fileArticles[i];
    $('text').value = a.text || '';
    $('title').value = a.title || '';
    $('text').dataset.id = a.id || '';
    $('text').dataset.outlet = a.outlet || '';
  }

  async function openFile(file) {
    try {
      const content = await file.text();
      fileArticles = articlesFromFile(file.name, content).filter((a) => typeof a.text === 'string');
      if (!fileArticles.length) throw new Error('no article with a text in ' + file.name);
      const pick = $('pick');
      pick.replaceChildren(...fileArticles.map((a, i) =>
        el('option', { value: String(i), text: (a.id || 'article ' + (i + 1)) + (a.title ? ': ' + a.title : '') })));
      pick.hidden = fileArticles.length < 2;
      useFileArticle(0);
      setStatus('Read ' + fileArticles.length + (fileArticles.length === 1 ? ' article' : ' articles') + ' from ' + file.name + '.');
    } catch (e) {
      setStatus('Cannot read ' + file.name + ': ' + e.message, true);
    }
  }

  // ---- scoring ----

  async function scoreArticle(article, reviewing) {
    setStatus('Scoring…');
    $('score').disabled = true;
    try {
      const body = { text: article.text, id: article.id };
      if (article.title) body.title = article.title;
      if (article.outlet) body.outlet = article.outlet;
      const result = await api('POST', '/api/score?detail=sentences', body);
      state.article = article;
      state.result = result;
      state.decisions = result.findings.map((f) => ({ status: 'pending', type: f.type }));
      state.added = [];
      try { sessionStorage.setItem('slant:' + article.id, JSON.stringify(article)); } catch (e) { /* private mode */ }
      let saved = null;
      try { saved = await api('GET', '/api/review?id=' + encodeURIComponent(article.id)); } catch (e) { saved = null; }
      if (saved && saved.text === article.text) applySaved(saved);
      setStatus(saved && saved.text === article.text ? 'Scored. Your saved review of this article is shown.' : 'Scored.');
      setMode(reviewing);
    } catch (e) {
      setStatus(e.message, true);
    } finally {
      $('score').disabled = false;
    }
  }

  // A saved review: findings it keeps (by offsets) are kept, with its type; the others were
  // rejected; its spans that no finding covers were added by hand.
  function applySaved(saved) {
    const spans = saved.spans.slice();
    state.result.findings.forEach((f, i) => {
      const j = spans.findIndex((s) => s.start === f.start && s.end === f.end && s.type === f.type);
      const k = j >= 0 ? j : spans.findIndex((s) => s.start === f.start && s.end === f.end);
      if (k >= 0) {
        state.decisions[i] = { status: 'kept', type: spans[k].type };
        spans.splice(k, 1);
      } else {
        state.decisions[i] = { status: 'rejected', type: f.type };
      }
    });
    state.added = spans;
  }

  function setMode(reviewing) {
    state.reviewing = reviewing;
    $('tab-score').setAttribute('aria-selected', String(!reviewing));
    $('tab-review').setAttribute('aria-selected', String(reviewing));
    $('review-tools').hidden = !reviewing;
    const url = (reviewing ? '/review' : '/') + '?id=' + encodeURIComponent(state.article.id);
    history.replaceState(null, '', url);
    render();
  }

  // ---- rendering ----

  // Every finding (kept, pending or rejected) and every added span, as marks to draw.
  function marks() {
    const out = [];
    state.result.findings.forEach((f, i) => {
      const d = state.decisions[i];
      out.push({ start: f.start, end: f.end, type: d.type, finding: f, index: i,
        rejected: d.status === 'rejected', added: false });
    });
    state.added.forEach((s, i) => out.push({ start: s.start, end: s.end, type: s.type, finding: null,
      index: i, rejected: false, added: true }));
    return out;
  }

  function renderText() {
    const text = state.article.text;
    const all = marks().filter((m) => state.reviewing || !m.added);
    const cuts = new Set([0, text.length]);
    all.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const box = $('article');
    box.replaceChildren();
    for (let p = 0; p + 1 < points.length; p++) {
      const start = points[p], end = points[p + 1];
      const active = all.filter((m) => m.start <= start && m.end >= end);
      const piece = text.substring(start, end);
      if (!active.length) {
        box.append(el('span', { text: piece, data: { start: String(start) } }));
        continue;
      }
      // The innermost (shortest) live span decides the colour.
      const live = active.filter((m) => !m.rejected);
      const top = (live.length ? live : active).slice().sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
      const cls = ['t-' + top.type];
      if (active.length > 1) cls.push('nested');
      if (!live.length) cls.push('rejected');
      if (top.added) cls.push('added');
      const mark = el('mark', { text: piece, class: cls.join(' '), data: { start: String(start) } });
      mark.title = active.map((m) => (m.finding ? explanation(m.finding) : typeOf(m.type).label + ' (added by you)')
        + (m.rejected ? ' [rejected]' : '')).join('\n');
      mark.addEventListener('click', () => showDetail(active));
      box.append(mark);
    }
  }

  function showDetail(active) {
    const box = $('detail');
    box.replaceChildren(...active.map((m) => {
      const f = m.finding;
      const t = typeOf(m.type);
      const p = el('p');
      p.append(el('span', { class: 'swatch t-' + m.type }), el('strong', { text: t.label }), ' ');
      if (f) {
        p.append('“' + f.text + '”: ' + t.description + ' (cue: ' + f.cue + ', score ' + fixed(f.score, 2) + ')');
        if (typeof f.suggestion === 'string') p.append(el('br'), el('span', { class: 'suggestion', text: 'Neutral wording: ' + suggestionText(f) }));
      } else {
        p.append('“' + state.article.text.substring(m.start, m.end) + '”: added by you');
      }
      if (m.rejected) p.append(' ', el('em', { text: '(rejected)' }));
      return p;
    }));
    box.hidden = false;
  }

  function renderFindings() {
    const list = $('findings');
    list.replaceChildren();
    const findings = state.result.findings;
    $('no-findings').hidden = findings.length > 0;
    findings.forEach((f, i) => {
      const d = state.decisions[i];
      const li = el('li', { class: d.status === 'rejected' ? 'rejected' : '' });
      li.dataset.index = String(i);
      li.append(el('span', { class: 'swatch t-' + d.type }), el('strong', { class: 'ftext', text: f.text }), ' ',
        el('span', { class: 'fmeta', text: typeOf(d.type).label + ' · cue ' + f.cue + ' · score ' + fixed(f.score, 2)
          + ' · ' + f.start + '–' + f.end }));
      if (typeof f.suggestion === 'string') li.append(' ', el('span', { class: 'suggestion', text: '→ ' + suggestionText(f) }));
      if (state.reviewing) {
        li.append(el('span', { class: 'state', text: d.status === 'pending' ? 'not reviewed' : d.status }));
        const keep = el('button', { type: 'button', text: 'Keep', class: 'keep' });
        keep.setAttribute('aria-pressed', String(d.status === 'kept'));
        keep.addEventListener('click', () => decide(i, 'kept'));
        const reject = el('button', { type: 'button', text: 'Reject', class: 'reject' });
        reject.setAttribute('aria-pressed', String(d.status === 'rejected'));
        reject.addEventListener('click', () => decide(i, d.status === 'rejected' ? 'kept' : 'rejected'));
        const retype = typeSelect(d.type);
        retype.setAttribute('aria-label', 'Type of finding ' + (i + 1));
        retype.addEventListener('change', () => { state.decisions[i] = { status: 'kept', type: retype.value }; changed(); });
        li.append(el('span', { class: 'controls' }, [keep, reject, retype]));
      } else {
        li.append(el('div', { class: 'fmeta', text: explanation(f) }));
      }
      list.append(li);
    });
    const added = $('added');
    added.replaceChildren();
    $('added-block').hidden = !(state.reviewing && state.added.length);
    state.added.forEach((s, i) => {
      const remove = el('button', { type: 'button', text: 'Remove', class: 'remove' });
      remove.addEventListener('click', () => { state.added.splice(i, 1); changed(); });
      added.append(el('li', {}, [el('span', { class: 'swatch t-' + s.type }), el('strong', { text: s.text }), ' ',
        el('span', { class: 'fmeta', text: typeOf(s.type).label + ' · ' + s.start + '–' + s.end }),
        el('span', { class: 'controls' }, [remove])]));
    });
  }

  function typeSelect(selected) {
    const s = el('select');
    state.types.forEach((t) => s.append(el('option', { value: t.id, text: t.label, selected: t.id === selected })));
    return s;
  }

  function renderSummary() {
    const r = state.result;
    $('r-title').textContent = state.article.title || r.title || 'Untitled article';
    $('r-id').textContent = 'id ' + r.id + (r.outlet ? ' · ' + r.outlet : '');
    $('r-words').textContent = r.words.toLocaleString('en');
    $('r-sentences').textContent = r.sentences.toLocaleString('en');
    $('r-findings').textContent = String(r.findings.length);
    $('r-index').textContent = fixed(r.framing_index, 1);
    const rows = $('rates').tBodies[0];
    rows.replaceChildren(...state.types.map((t) => {
      const s = r.scores[t.id] || { count: 0, per_1000_words: 0 };
      return el('tr', {}, [el('td', {}, [el('span', { class: 'swatch t-' + t.id }), t.label]),
        el('td', { class: 'num', text: String(s.count) }), el('td', { class: 'num', text: fixed(s.per_1000_words, 2) })]);
    }));
    const bias = r.bias;
    $('bias-block').hidden = !bias;
    $('r-bias').textContent = bias ? 'Sentence bias (model ' + bias.model + '): ' + bias.biased_sentences + ' of '
      + r.sentences + ' sentences rated biased; mean probability ' + fixed(bias.mean_probability, 2)
      + ', highest ' + fixed(bias.max_probability, 2) + '.' : '';
    if (bias) {
      // The model's biased sentences are the ones with the highest probabilities.
      const rated = (r.sentence_scores || []).filter((s) => typeof s.bias_probability === 'number')
        .sort((a, b) => b.bias_probability - a.bias_probability || a.index - b.index)
        .slice(0, bias.biased_sentences).sort((a, b) => a.index - b.index);
      $('no-biased').hidden = rated.length > 0;
      $('sentences').hidden = rated.length === 0;
      $('sentences').tBodies[0].replaceChildren(...rated.map((s) => el('tr', {}, [
        el('td', { class: 'num', text: String(s.index) }), el('td', { class: 'num', text: fixed(s.bias_probability, 2) }),
        el('td', { text: s.text })])));
    }
  }

  function render() {
    $('result').hidden = false;
    $('detail').hidden = true;
    renderSummary();
    renderText();
    renderFindings();
  }

  // ---- review ----

  function decide(i, status) {
    state.decisions[i] = { status, type: state.decisions[i].type };
    changed();
  }

  function record() {
    const spans = [];
    const seen = new Set();
    const push = (s) => {
      const key = s.type + ':' + s.start + ':' + s.end;
      if (!seen.has(key)) { seen.add(key); spans.push(s); }
    };
    const text = state.article.text;
    state.result.findings.forEach((f, i) => {
      const d = state.decisions[i];
      if (d.status !== 'rejected') push({ type: d.type, start: f.start, end: f.end, text: text.substring(f.start, f.end) });
    });
    state.added.forEach((s) => push({ type: s.type, start: s.start, end: s.end, text: text.substring(s.start, s.end) }));
    spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : 1));
    return { id: state.article.id, text, spans };
  }

  function changed() {
    render();
    const body = record();
    const label = $('save-state');
    label.textContent = 'Saving…';
    label.classList.remove('error');
    state.saving = state.saving.then(() => api('PUT', '/api/review', body)).then((saved) => {
      label.textContent = 'Saved ' + saved.spans.length + (saved.spans.length === 1 ? ' span' : ' spans') + ' at '
        + new Date().toLocaleTimeString();
      label.dataset.saved = String(saved.spans.length);
    }, (e) => {
      label.textContent = 'Not saved: ' + e.message;
      label.classList.add('error');
    });
  }

  // The selected text's offsets in the article, trimmed of surrounding whitespace.
  function selectionOffsets() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const box = $('article');
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    const offset = (node, off) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        // A boundary between elements: the start of the child at that position, or the end.
        const child = node.childNodes[off];
        if (child && child.dataset) return Number(child.dataset.start);
        return node === box ? state.article.text.length : Number(node.dataset.start) + node.textContent.length;
      }
      return Number(node.parentElement.dataset.start) + off;
    };
    let start = offset(range.startContainer, range.startOffset);
    let end = offset(range.endContainer, range.endOffset);
    const text = state.article.text;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return null;
    return { start, end };
  }

  function addSelection() {
    const at = selectionOffsets();
    const label = $('save-state');
    if (!at) {
      label.textContent = 'Select some words in the text first.';
      label.classList.add('error');
      return;
    }
    const type = $('add-type').value;
    const text = state.article.text.substring(at.start, at.end);
    const i = state.result.findings.findIndex((f) => f.start === at.start && f.end === at.end);
    if (i >= 0 && state.decisions[i].status !== 'rejected' && state.decisions[i].type === type) {
      label.textContent = 'That span is already a finding of this type.';
      return;
    }
    if (!state.added.some((s) => s.start === at.start && s.end === at.end && s.type === type)) {
      state.added.push({ type, start: at.start, end: at.end, text });
    }
    window.getSelection().removeAllRanges();
    changed();
  }

  // ---- start-up ----

  async function init() {
    try {
      const info = await api('GET', '/api/types');
      state.types = info.types;
      $('annotations-name').textContent = info.annotations;
    } catch (e) {
      setStatus('Cannot reach the slant server: ' + e.message, true);
      return;
    }
    $('legend').replaceChildren(...state.types.map((t) => el('li', {}, [el('span', { class: 'swatch t-' + t.id }),
      el('strong', { text: t.label }), ': ' + t.description])));
    $('add-type').replaceChildren(...typeSelect(state.types[0].id).children);

    $('score-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const text = $('text').value;
      if (!text.trim()) { setStatus('Paste an article first.', true); return; }
      const id = $('text').dataset.id || textId(text);
      scoreArticle({ id, text, title: $('title').value.trim(), outlet: $('text').dataset.outlet || '' }, state.reviewing);
    });
    $('text').addEventListener('input', () => { $('text').dataset.id = ''; $('text').dataset.outlet = ''; });
    $('file').addEventListener('change', () => { if ($('file').files[0]) openFile($('file').files[0]); });
    $('pick').addEventListener('change', () => useFileArticle(Number($('pick').value)));
    const area = $('text');
    area.addEventListener('dragover', (ev) => { ev.preventDefault(); area.classList.add('drop'); });
    area.addEventListener('dragleave', () => area.classList.remove('drop'));
    area.addEventListener('drop', (ev) => {
      ev.preventDefault();
      area.classList.remove('drop');
      if (ev.dataTransfer.files.length) openFile(ev.dataTransfer.files[0]);
    });
    $('tab-score').addEventListener('click', () => { if (state.result) setMode(false); });
    $('tab-review').addEventListener('click', () => { if (state.result) setMode(true); });
    $('add-span').addEventListener('click', addSelection);

    // /?id=… or /review?id=…: the saved review, else the article this tab scored before.
    const params = new URLSearchParams(location.search);
    const id = params.get('id');
    const reviewing = location.pathname === '/review';
    if (id) {
      let article = null;
      try {
        const saved = await api('GET', '/api/review?id=' + encodeURIComponent(id));
        article = { id: saved.id, text: saved.text, title: '', outlet: '' };
      } catch (e) { article = null; }
      try {
        const kept = JSON.parse(sessionStorage.getItem('slant:' + id) || 'null');
        if (kept && (!article || kept.text === article.text)) article = kept;
      } catch (e) { /* nothing kept */ }
      if (article) {
        $('text').value = article.text;
        $('title').value = article.title || '';
        $('text').dataset.id = article.id;
        $('text').dataset.outlet = article.outlet || '';
        await scoreArticle(article, reviewing);
      } else {
        setStatus('No saved review or article with id ' + id + ' here; paste the article to score it.', true);
      }
    }
  }

  document.addEventListener('DOMContentLoaded', init);
})();
