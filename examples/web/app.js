// The page's JavaScript: reads the view from the URL, runs accelspec commands in WebAssembly
// (glue.cpp) and shows what they print. Nothing here decides anything about a chip or a rule:
// every number, ECCN and policy answer is the library's, parsed from the JSON it writes.
// Everything but Module is inside this function: emscripten's script defines globals of its own
// (run, abort, ...).
(() => {
'use strict';

// The URL's query parameters and the command-line option each becomes. Repeatable ones may be
// given several times in the URL; the form shows them space separated.
const PARAMS = [
  { name: 'chip', option: '--chip' },
  { name: 'dense', option: '--dense', repeat: true, rate: true },
  { name: 'sparse', option: '--sparse', repeat: true, rate: true },
  { name: 'die', option: '--die', repeat: true },
  { name: 'market', option: '--market' },
  { name: 'dram-bandwidth', option: '--dram-bandwidth' },
  { name: 'io-bandwidth', option: '--io-bandwidth' },
  { name: 'destination', option: '--destination' },
  { name: 'date', option: '--date' },
  { name: 'headquarters', option: '--headquarters' },
  { name: 'end-user', option: '--end-user' },
  { name: 'tf32-bits', option: '--tf32-bits' },
];
const SPEC = ['dense', 'sparse', 'die', 'market', 'dram-bandwidth', 'io-bandwidth'];
const POLICY = ['headquarters', 'end-user', 'tf32-bits'];
const OPTION_FIELD = Object.fromEntries(PARAMS.map((p) => [p.option, p.name]));

const $ = (id) => document.getElementById(id);
let info = null;          // web-info: chips, catalog as-of date, version
let endUserSupported = false;

// --- the library ------------------------------------------------------------------------------

// Runs one command; returns {status, out, err} exactly as the CLI would print them.
function runCommand(argv) {
  const enc = new TextEncoder();
  // NUL ends an argument for the glue: one typed into a value (%00 in a URL) becomes U+FFFD, which
  // the command then reports as part of an invalid value instead of reading two arguments.
  const parts = argv.map((a) => enc.encode(a.replace(/\0/g, '\uFFFD')));
  const size = parts.reduce((n, p) => n + p.length + 1, 0);
  const ptr = Module._malloc(size);
  try {
    let at = ptr;
    for (const p of parts) {
      Module.HEAPU8.set(p, at);
      Module.HEAPU8[at + p.length] = 0;
      at += p.length + 1;
    }
    return JSON.parse(Module.UTF8ToString(Module._accelspec_web_run(ptr, size)));
  } finally {
    Module._free(ptr);
  }
}

// Runs a command that prints JSON; {json} on success, {error} (the one stderr line) otherwise.
function runJson(argv) {
  const r = runCommand(argv);
  if (r.status !== 0) return { error: r.err.trim() || 'accelspec: failed with status ' + r.status };
  return { json: JSON.parse(r.out), text: r.out.trim() };
}

// --- the view's state: URL <-> form <-> command lines -------------------------------------------

function readUrl() {
  const q = new URLSearchParams(location.search);
  const s = {};
  for (const p of PARAMS) {
    const values = q.getAll(p.name).filter((v) => v !== '');
    if (values.length) s[p.name] = p.repeat ? values : values[values.length - 1];
  }
  return s;
}

function stateToQuery(s) {
  const q = new URLSearchParams();
  for (const p of PARAMS) {
    const v = s[p.name];
    if (v === undefined) continue;
    for (const x of p.repeat ? v : [v]) q.append(p.name, x);
  }
  return q.toString().replace(/%3A/gi, ':');
}

function fillForm(s) {
  for (const p of PARAMS) {
    const v = s[p.name];
    $(p.name).value = v === undefined ? '' : p.repeat ? v.join(' ') : v;
  }
}

function readForm() {
  const s = {};
  for (const p of PARAMS) {
    const v = $(p.name).value.trim();
    if (!v) continue;
    s[p.name] = p.repeat ? v.split(/\s+/) : v;
  }
  return s;
}

// The arguments of the chip: --chip, or the raw spec (URL FORMAT:TERAOPS is the CLI's FORMAT=TERAOPS).
function chipArgs(s) {
  const a = [];
  for (const p of PARAMS) {
    if (p.name !== 'chip' && !SPEC.includes(p.name)) continue;
    const v = s[p.name];
    if (v === undefined) continue;
    for (const x of p.repeat ? v : [v]) a.push(p.option, p.rate ? x.replace(':', '=') : x);
  }
  return a;
}

function optionArgs(s, names) {
  const a = [];
  for (const n of names) {
    if (s[n] === undefined) continue;
    if (n === 'end-user' && !endUserSupported) continue;
    a.push('--' + n, s[n]);
  }
  return a;
}

function shellWord(w) {
  return /^[A-Za-z0-9_.:=\/+-]+$/.test(w) ? w : "'" + w.replace(/'/g, "'\\''") + "'";
}

// --- showing ------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function list(items, render) {
  if (!items || !items.length) return el('p', { class: 'none' }, 'none');
  return el('ul', {}, items.map((x) => el('li', {}, render ? render(x) : x)));
}

function link(url, text) {
  return /^https?:\/\//.test(url) ? el('a', { href: url, rel: 'noopener' }, text) : text;
}

const licenseWords = (v) => (v === true ? 'required' : v === false ? 'not required' : 'undecided');
// A figure with grouped digits and at most three decimals, cut (never rounded) and marked "~" when
// more digits were given, as the library's own sentences write it ("~19.448"): a rounded bound could
// read as above the true one. The JSON's decimal text is cut, not the binary double.
const number = (v) => {
  if (v === null || v === undefined) return 'unknown';
  const [whole, fraction = ''] = String(v).split('.');
  if (/e/i.test(whole + fraction)) return Number(v).toLocaleString('en-US', { maximumFractionDigits: 3 });
  const shown = Number(fraction ? whole + '.' + fraction.slice(0, 3) : whole);
  return (fraction.length > 3 ? '~' : '') + shown.toLocaleString('en-US', { maximumFractionDigits: 3 });
};

function clearErrors() {
  for (const e of document.querySelectorAll('.field-error')) {
    e.hidden = true;
    e.textContent = '';
  }
  for (const e of document.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
}

// An error line of the CLI, next to the field of the option it names (else under the form).
function showError(line, fallbackField) {
  const m = /: (--[a-z0-9-]+):/.exec(line) || /^accelspec [a-z-]+: (--[a-z0-9-]+)/.exec(line);
  const field = (m && OPTION_FIELD[m[1]]) || fallbackField;
  const target = field ? $(field + '-error') : $('form-error');
  target.textContent = line;
  target.hidden = false;
  if (field) $(field).setAttribute('aria-invalid', 'true');
}

function setValue(id, json, text) {
  const e = $(id);
  if (json === undefined) {
    e.removeAttribute('data-value');
    e.textContent = text || '–';
  } else {
    e.setAttribute('data-value', JSON.stringify(json));
    e.textContent = text;
  }
}

function clearResults() {
  for (const id of ['tpp', 'density', 'eccn', 'license', 'review']) setValue(id, undefined);
  for (const id of ['policy-body', 'classes', 'timeline', 'map', 'headroom', 'sources']) $(id).replaceChildren();
  $('answer-for').textContent = '';
  $('cli-command').textContent = '';
}

function renderClassification(c) {
  return el('div', { class: 'card' },
    el('h3', {}, c.rule_name),
    el('p', {}, 'ECCN: ', el('strong', {}, c.eccn), ' · ', c.citation),
    c.undecided_clauses.length ? el('p', {}, 'Undecided: ', c.undecided_clauses.join(', ')) : null,
    el('p', {}, 'Clauses met: ', c.clauses.length ? c.clauses.join(', ') : 'none'),
    list(c.reasons));
}

function renderPolicy(a) {
  const b = $('policy-body');
  const rows = [
    ['License', licenseWords(a.license_required)],
    ['Review', a.review],
    ['Headquarters', a.headquarters + (a.headquarters_given ? '' : ' (assumed: the destination)')],
  ];
  b.append(el('dl', { class: 'facts' }, rows.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))));
  if (a.tf32_readings.length) {
    b.append(el('h3', {}, 'TF32 readings (the regulation does not settle its bit length)'),
      el('table', {}, el('thead', {}, el('tr', {}, ['TF32 bits', 'TPP', 'ECCN', 'License', 'Review'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, a.tf32_readings.map((t) => el('tr', {}, el('td', {}, t.tf32_bits), el('td', {}, number(t.tpp)), el('td', {}, t.eccn),
          el('td', {}, licenseWords(t.license_required)), el('td', {}, t.review))))));
  }
  const sections = [
    ['Because', a.reasons],
    ['To decide, give', a.needs],
    ['Conditions', a.conditions],
    ['License exceptions', a.license_exceptions, (e) => [e.exception, e.conditions.length ? ' (' + e.conditions.join('; ') + ')' : '', ' · ', e.citation, e.verified ? '' : ' [' + e.status + ']']],
    ['Measures', a.measures, (m) => [el('strong', {}, m.key), ' (', m.section, '): ', m.requirement,
      ' · applies: ', m.applies === null ? 'unknown' + (m.needs ? ', needs ' + m.needs : '') : String(m.applies), ' · ', m.citation, m.verified ? '' : ' [' + m.status + ']']],
    ['Warnings', a.warnings],
    ['Assumed', a.assumptions],
    ['Not checked', a.not_checked],
    ['Not verified', a.unverified],
    ['Citations', a.citations, (c) => [link(c.url || '', c.name), ', ', c.citation, ', effective ', c.effective, c.verified ? '' : ' [' + c.status + ']']],
  ];
  for (const [title, items, render] of sections) {
    if (!items || (!items.length && title !== 'Not checked' && title !== 'Not verified')) continue;
    b.append(el('h3', {}, title), list(items, render));
  }
  // The destination's own gate (import measures), where this build's library models it: never
  // folded into the US answer above.
  const d = a.destination_side;
  if (d) {
    b.append(el('h3', {}, "The destination's side: import into " + a.destination));
    if (!d.modelled) {
      b.append(el('p', {}, 'No import measure of this destination is in the library: nothing is said about it.'));
    } else {
      b.append(el('p', {}, 'Import allowed: ', el('strong', {}, d.import_allowed === null ? 'undecided' : d.import_allowed ? 'yes' : 'no'),
        d.end_user ? ' (end user ' + d.end_user + ')' : ' (no end user given)'));
      b.append(list(d.measures, (m) => [el('strong', {}, m.key), ' (', m.authority, ', from ', m.from, '): ', m.measure,
        ' · applies: ', m.applies === null ? 'unknown' + (m.needs ? ', needs ' + m.needs : '') : String(m.applies),
        ' · ', m.status, m.sources && m.sources.length ? ': ' : '',
        ...(m.sources || []).map((x, i) => [i ? ', ' : '', link(x.url || '', x.outlet + ' ' + x.date)])]));
      for (const [title, items] of [['Because', d.reasons], ['To decide, give', d.needs], ['Conditions', d.conditions]]) {
        if (items && items.length) b.append(el('h4', {}, title), list(items));
      }
    }
  }
  if (a.tariff) {
    b.append(el('h3', {}, 'Section 232 tariff'), el('p', {}, 'Band ', a.tariff.band, ' (', a.tariff.rate_percent, '%): ',
      a.tariff.in_band === true ? 'inside' : 'undecided', '; ', a.tariff.scope));
  }
}

function renderTimeline(t) {
  if (!t.events.length) return el('p', {}, 'No change of the answer on record.');
  return el('table', {},
    el('thead', {}, el('tr', {}, ['From', 'ECCN', 'License', 'Review', 'What changed'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, t.events.map((e) => el('tr', {},
      el('td', {}, e.date), el('td', {}, e.eccn), el('td', {}, licenseWords(e.license_required)), el('td', {}, e.review),
      el('td', {}, [...(e.took_effect || []), ...(e.ended || []).map((x) => 'ended: ' + x)].join('; '))))));
}

function renderSources(show) {
  const rows = show.sources || [];
  if (!rows.length) return el('p', {}, 'No source recorded.');
  return list(rows, (s) => [el('strong', {}, s.field + (s.format ? ' (' + s.format + ')' : '')), ': ', s.kind, ', ',
    link(s.url || '', s.title || s.source), s.publisher ? ', ' + s.publisher : '', s.date ? ', ' + s.date : '',
    s.url_verified ? '' : ' (URL not verified as of ' + info.catalog_as_of + ')', s.note ? ' · ' + s.note : '']);
}

// The chip's market and I/O bandwidth (both texts' clauses read them) go with the slider's area.
function renderHeadroom(chip, chipTpp, area) {
  $('headroom-area-value').textContent = area;
  const h = $('headroom');
  h.replaceChildren();
  const base = ['headroom', '--die', String(area)];
  if (chip.market === 'datacenter' || chip.market === 'other') base.push('--market', chip.market);
  if (chip.io !== null && chip.io !== undefined) base.push('--io-bandwidth', String(chip.io));
  const rows = [];
  for (const [label, extra] of [['October 2023 text', ['--rule', '3a090-2023']], ['October 2022 text', ['--rule', '3a090-2022']]]) {
    const r = runJson([...base, ...extra, '--json']);
    if (r.error) {
      h.append(el('p', { class: 'error' }, r.error));
      return;
    }
    const j = r.json;
    rows.push(el('tr', {}, el('th', { scope: 'row' }, label),
      el('td', {}, j.bounded ? '< ' + number(j.tpp_limit) : 'no bound'),
      el('td', {}, j.binding_clauses.join(', ') || '–'),
      el('td', {}, j.bounded ? number(j.max_dense_teraops.fp8) + ' / ' + number(j.max_dense_teraops.fp16) : '–')));
  }
  h.append(el('table', {},
    el('thead', {}, el('tr', {}, ['Text', 'TPP that stays outside .a and .b', 'Clause that binds', 'Largest dense FP8 / FP16 TOPS'].map((x) => el('th', { scope: 'col' }, x)))),
    el('tbody', {}, rows)),
    el('p', {}, 'This chip: TPP ', number(chipTpp), ' at its own applicable die area (the answer above).'));
}

// The whole view, from the URL: the one path every view takes (first load, Assess, back/forward).
function render() {
  const s = readUrl();
  fillForm(s);
  clearErrors();
  clearResults();
  $('permalink').href = location.href;
  const chip = chipArgs(s);
  if (!chip.length) {
    $('status').textContent = 'Choose a chip or enter datasheet numbers, then Assess.';
    return;
  }
  if (s['end-user'] !== undefined && !endUserSupported) {
    showError('end-user: not supported by this build of the library (its assess command has no --end-user); the answer below does not take it into account', 'end-user');
  }
  const when = s.date ? ['--date', s.date] : [];
  const tf32 = optionArgs(s, ['tf32-bits']);
  // The assessment first (when there is a destination): its error line is the one
  // `accelspec assess` prints for the same inputs.
  let assessed = null;
  if (s.destination !== undefined) {
    const argv = ['assess', ...chip, '--destination', s.destination, ...when, ...optionArgs(s, POLICY), '--json'];
    $('cli-command').textContent = 'accelspec ' + argv.map(shellWord).join(' ');
    const a = runJson(argv);
    if (a.error) {
      showError(a.error);
      $('status').textContent = 'The input has an error: see the field marked.';
      return;
    }
    assessed = a.json;
  }
  // The classification under both texts (it needs no destination).
  const classes = [];
  for (const rule of ['3a090-2022', '3a090-2023']) {
    const c = runJson(['classify', ...chip, '--rule', rule, ...tf32, '--json']);
    if (c.error) {
      showError(c.error);
      $('status').textContent = 'The input has an error: see the field marked.';
      return;
    }
    classes.push(c.json);
  }
  $('classes').append(...classes.map(renderClassification));
  const latest = classes[1];
  $('answer-for').textContent = latest.chip ? latest.chip.name : 'your spec';
  if (assessed) {
    renderPolicy(assessed);
    $('status').textContent = 'Assessed ' + (assessed.chip ? assessed.chip.name : 'your spec') + ' for ' + assessed.destination + ' on ' + assessed.date + '.';
    const t = runJson(['timeline', ...chip, '--destination', s.destination, ...optionArgs(s, POLICY), '--json']);
    $('timeline').append(t.error ? el('p', { class: 'error' }, t.error) : renderTimeline(t.json));
  } else {
    $('status').textContent = 'Give a destination for the policy answer.';
    $('policy-body').append(el('p', {}, 'Give a destination (and a date) for the license answer.'));
  }
  // The five values of `accelspec assess --json` (classify's where there is no destination).
  const cls = assessed ? assessed.classification : latest;
  setValue('tpp', assessed ? assessed.tpp : cls.tpp, number(assessed ? assessed.tpp : cls.tpp));
  setValue('density', cls.performance_density, number(cls.performance_density) + (cls.performance_density === null ? '' : ' TPP/mm²'));
  setValue('eccn', assessed ? assessed.eccn : cls.eccn, assessed ? assessed.eccn : cls.eccn);
  if (assessed) {
    setValue('license', assessed.license_required, licenseWords(assessed.license_required));
    setValue('review', assessed.review, assessed.review);
  }
  // The map of the text in force on the date, with this chip's point marked.
  const m = runCommand(['web-map', ...chip, ...when]);
  if (m.status === 0) {
    const map = $('map');
    map.innerHTML = m.out;
    const svg = map.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', 'Threshold map: TPP against performance density, every catalog chip, this one marked');
    }
    const id = latest.chip ? latest.chip.id : 'spec';
    const point = map.querySelector('g.chip[data-id="' + CSS.escape(id) + '"]');
    if (point) point.classList.add('current');
    else map.append(el('p', {}, 'Not on the map: its TPP or performance density is unknown.'));
  } else {
    $('map').append(el('p', { class: 'error' }, m.err.trim()));
  }
  // Sources of a catalog chip (and its I/O bandwidth, for the headroom below).
  let io = s['io-bandwidth'];
  if (latest.chip) {
    const sh = runJson(['show', latest.chip.id, '--json']);
    $('sources').append(sh.error ? el('p', { class: 'error' }, sh.error) : renderSources(sh.json));
    if (!sh.error) io = sh.json.io_bandwidth_gbps;
  }
  // Headroom: the slider starts at the chip's applicable die area.
  const slider = $('headroom-area');
  if (latest.applicable_die_area_mm2) {
    slider.max = String(Math.max(2000, Math.ceil(latest.applicable_die_area_mm2)));
    slider.value = String(Math.round(latest.applicable_die_area_mm2));
  }
  const chipFacts = { market: latest.market, io };
  slider.oninput = () => renderHeadroom(chipFacts, latest.tpp, Number(slider.value));
  renderHeadroom(chipFacts, latest.tpp, Number(slider.value));
  if (!latest.chip) {
    $('sources').append(el('p', {}, 'Your own numbers: the sources are yours.'));
  }
}

function safeRender() {
  try {
    render();
  } catch (e) {
    $('status').textContent = 'The page failed to show this view: ' + e.message;
  }
  document.documentElement.dataset.rendered = String(Number(document.documentElement.dataset.rendered || 0) + 1);
}

function start() {
  const i = runJson(['web-info']);
  if (i.error) {
    $('status').textContent = i.error;
    return;
  }
  info = i.json;
  endUserSupported = /--end-user\b/.test(runCommand(['help', 'assess']).out);
  for (const id of ['catalog-as-of', 'catalog-as-of-2']) $(id).textContent = info.catalog_as_of;
  $('version').textContent = info.version;
  $('chip-list').replaceChildren(...info.chips.map((c) =>
    el('option', { value: c.id, label: c.name + (c.aliases.length ? ' (' + c.aliases.join(', ') + ')' : '') })));
  $('country-list').replaceChildren(...['CN', 'HK', 'MO', 'AE', 'SA', 'IN', 'SG', 'MY', 'VN', 'IL', 'RU', 'DE', 'JP', 'GB', 'US'].map((c) => el('option', { value: c })));
  $('inputs').addEventListener('submit', (ev) => {
    ev.preventDefault();
    history.pushState(null, '', '?' + stateToQuery(readForm()));
    safeRender();
    // Keyboard users land on the field to fix, its message read with it (aria-describedby).
    const invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) invalid.focus();
  });
  window.addEventListener('popstate', safeRender);
  // The first view: the URL's, or an example when the URL has none.
  if (!location.search) history.replaceState(null, '', '?chip=nvidia-h200-sxm&destination=CN&date=2026-02-01');
  safeRender();
  document.documentElement.dataset.ready = 'true';
}

window.Module = {
  onRuntimeInitialized: () => {
    try {
      start();
    } catch (e) {
      $('status').textContent = 'The page failed to start: ' + e.message;
    }
  },
  onAbort: (what) => {
    $('status').textContent = 'The WebAssembly library stopped: ' + what;
  },
  print: () => {},
  printErr: () => {},
};
if (typeof WebAssembly !== 'object') {
  document.addEventListener('DOMContentLoaded', () => {
    $('status').textContent = 'This browser has no WebAssembly: the page cannot compute its answers.';
  });
}
})();
