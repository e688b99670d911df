// The staff console: sign-in with a key (kept in sessionStorage only), the day and week timeline, booking at the
// desk, appointment details (move, cancel), "why not bookable?", and the header status. Polls every 1.5 s.
import { api, ApiError, addDays, dateOf, el, fill, longDate, minutesOf, nowMinutes, randomId, setLang, t, texts, timeOf, today } from './common.js';
import { consoleTexts, dashboard, catalogue, waitlist } from './console-admin.js';
import { keyTexts, keys } from './console-keys.js';
import { calendarTexts, calendar } from './console-calendar.js';
import { deskTexts, holdBlocks, customerLookup } from './console-desk.js';
import { branchTexts, branchLabel, byActive } from './console-branches.js';

const all = [consoleTexts, keyTexts, calendarTexts, deskTexts, branchTexts];
texts({ de: Object.assign({}, ...all.map(x => x.de)), en: Object.assign({}, ...all.map(x => x.en)) });
const KEY = 'termin.console.key';
const BRANCH = 'termin.console.branch';
const PX = 1.2; // pixels per minute: a 15-minute row is 18 px high
const main = document.getElementById('main');
const dialog = document.getElementById('dialog');
const c = { key: sessionStorage.getItem(KEY), view: 'day', date: null, weekStaff: null, last: '', timer: null, tick: 0 };
export const call = (method, path, body, headers) => api(c.key, method, path, body, headers);
export const problem = e => el('p', { class: 'alert', role: 'alert' }, e instanceof ApiError ? e.message : String(e));
export const ctx = c;
/** Whether the signed-in role holds {@code permission} (a code such as 'book'); the server decides anyway. */
export const may = permission => (c.me?.permissions || []).includes(permission);
/** The active staff of the chosen branch. */
export const branchStaff = all => all.filter(s => s.active && s.branch === c.branch.id);
/** The tabs and the permission each needs. */
const TABS = { day: 'read_appointments', week: 'read_appointments', dashboard: 'read_sync_health', waitlist: 'waitlist',
  catalogue: 'read_catalogue', keys: 'manage_keys', calendar: 'manage_calendar_sync' };
const statusWords = s => t('status_' + s);
const serviceName = id => (c.services.find(x => x.id === id) || { name: id }).name;
const staffName = id => (c.staff.find(x => x.id === id) || { name: id }).name;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekday = date => WEEKDAYS[new Date(date + 'T00:00:00Z').getUTCDay()];
const windows = (weekly, date) => (weekly[weekday(date)] || []).map(w => w.split('-').map(x => minutesOf('0000-00-00T' + x)));

function signIn(message) {
  clearInterval(c.timer);
  document.getElementById('nav').hidden = true;
  fill(document.getElementById('branch-switch'));
  const input = el('input', { id: 'key', type: 'password', autocomplete: 'current-password', required: true });
  fill(main, el('form', { class: 'signin', onsubmit: async e => {
    e.preventDefault();
    c.key = input.value.trim();
    try { await call('GET', '/v1/company'); sessionStorage.setItem(KEY, c.key); boot(); } catch (err) { signIn(err.message); }
  } }, el('h2', {}, t('signIn')), el('div', { class: 'field' }, el('label', { for: 'key' }, t('keyLabel')),
    el('p', { class: 'hint' }, t('keyHint')), input), message ? problem(message) : null,
  el('button', { type: 'submit', class: 'primary' }, t('signInButton'))));
  input.focus();
}

async function boot() {
  try {
    const [company, branches, staff, services, me] = await Promise.all([call('GET', '/v1/company'),
      call('GET', '/v1/branches'), call('GET', '/v1/staff'), call('GET', '/v1/services'), call('GET', '/v1/me')]);
    // The branch shown so far (a language switch keeps it), else the tab's choice; by default never a deactivated one.
    const branch = branches.find(b => b.id === c.branch?.id) || branches.find(b => b.active && b.id === sessionStorage.getItem(BRANCH))
      || branches.find(b => b.active) || branches[0];
    Object.assign(c, { company, branches, branch, allStaff: staff, services, me });
    c.staff = branchStaff(staff);
  } catch (e) { if (e.status === 401) { sessionStorage.removeItem(KEY); signIn(e.message); } else fill(main, problem(e)); return; }
  document.getElementById('salon').textContent = `${c.company.name} · ${t('console')}`;
  c.date = c.date || today(c.branch.timeZone);
  if (!c.staff.some(s => s.id === c.weekStaff)) c.weekStaff = c.staff[0]?.id;
  const views = Object.keys(TABS).filter(v => may(TABS[v]));
  if (!views.includes(c.view)) c.view = views[0] || 'day';
  branchSwitch();
  const nav = document.getElementById('nav');
  nav.hidden = false;
  fill(nav, ...views.map(v => el('button', { type: 'button',
    'data-view': v, 'aria-current': v === c.view ? 'page' : false, onclick: () => { c.view = v; show(); } }, t('tab_' + v))),
  el('button', { type: 'button', lang: t('langCode'), onclick: () => { setLang(t('langCode')); boot(); } }, t('lang')),
  el('button', { type: 'button', onclick: () => { sessionStorage.removeItem(KEY); c.key = null; c.me = null; signIn(); } }, t('signOut')));
  show();
  clearInterval(c.timer);
  c.timer = setInterval(poll, 1500);
  header();
}

/**
 * The branch switch in the header, only when the tenant has more than one branch; the choice lasts for the tab.
 * Active branches come first; a deactivated one is marked in words and shown only when chosen.
 */
export function branchSwitch() {
  const box = document.getElementById('branch-switch');
  fill(box, c.branches.length > 1 ? [el('label', { for: 'branch' }, t('branch')), el('select', { id: 'branch', onchange: e => {
    c.branch = c.branches.find(b => b.id === e.target.value);
    sessionStorage.setItem(BRANCH, c.branch.id);
    c.staff = branchStaff(c.allStaff);
    c.weekStaff = c.staff[0]?.id;
    show();
    header();
  } }, byActive(c.branches).map(b => el('option', { value: b.id, selected: b.id === c.branch.id }, branchLabel(b))))] : null);
}

function show() {
  c.last = '';
  document.querySelectorAll('#nav [data-view]').forEach(b => (b.dataset.view === c.view
    ? b.setAttribute('aria-current', 'page') : b.removeAttribute('aria-current')));
  if (c.view === 'day' || c.view === 'week') { fill(main, toolbar()); refresh(); } else ({ dashboard, catalogue, waitlist, keys, calendar })[c.view](main);
}

async function poll() {
  if (c.view === 'day' || c.view === 'week') refresh();
  if (++c.tick % 4 === 0) header();
}

async function header() {
  const box = document.getElementById('status');
  try {
    // Each pill needs its own permission; a role that may not read it (a viewer the waiting list) does without.
    // The holds of the chosen branch for slots in the next two weeks (the listing's longest range), not the tenant's.
    const from = today(c.branch.timeZone);
    const holdsQuery = new URLSearchParams({ branch: c.branch.id, from, to: addDays(from, 13) });
    const [h, held, w] = await Promise.all([may('read_sync_health') ? call('GET', '/v1/ops/sync-health') : null,
      may('read_appointments') ? call('GET', '/v1/holds?' + holdsQuery) : null, may('waitlist') ? call('GET', '/v1/waitlist') : null]);
    fill(box, h ? el('span', { class: 'pill ' + h.status }, t('sync_' + h.status), ' · ',
      t('syncCounts', { pending: h.counts.pending, failed: h.counts.failed })) : null,
    held ? el('span', { class: 'pill', id: 'holds-pill', title: t('holdsHint') }, t('holdsActive', { n: held.length })) : null,
    w ? el('span', { class: 'pill' }, t('waitlistSize', { n: w.filter(x => x.status === 'waiting' && x.branch === c.branch.id).length })) : null);
  } catch (e) { fill(box, el('span', { class: 'pill' }, e.message)); }
}

function toolbar() {
  const date = el('input', { id: 'date', type: 'date', value: c.date, onchange: e => { if (e.target.value) { c.date = e.target.value; show(); } } });
  const step = c.view === 'week' ? 7 : 1;
  return el('div', { class: 'toolbar' }, el('h2', {}, c.view === 'week' ? t('weekOf', { date: longDate(c.date) }) : longDate(c.date)),
    el('button', { type: 'button', class: 'secondary', onclick: () => { c.date = addDays(c.date, -step); show(); } }, '‹ ' + t('previous')),
    el('button', { type: 'button', class: 'secondary', onclick: () => { c.date = today(c.branch.timeZone); show(); } }, t('today')),
    el('button', { type: 'button', class: 'secondary', onclick: () => { c.date = addDays(c.date, step); show(); } }, t('next') + ' ›'),
    el('label', { for: 'date' }, t('jump')), date,
    c.view === 'week' && c.staff.length ? [el('label', { for: 'week-staff' }, t('staffMember')), el('select', { id: 'week-staff',
      onchange: e => { c.weekStaff = e.target.value; show(); } }, c.staff.map(s => el('option', { value: s.id, selected: s.id === c.weekStaff }, s.name)))] : null);
}

async function refresh() {
  // A branch without (active) staff has nothing to draw: say so instead of asking the server about nobody.
  if (!c.staff.length) {
    if (!main.querySelector('#no-staff')) fill(main, toolbar(), el('p', { id: 'no-staff', class: 'empty', role: 'status' }, t('noStaff', { branch: c.branch.name }),
      may('manage_catalogue') ? ' ' + t('addStaffHint') : null));
    return;
  }
  const days = c.view === 'week' ? Array.from({ length: 7 }, (_, i) => addDays(c.date, i)) : [c.date];
  const q = new URLSearchParams({ from: days[0], to: days[days.length - 1], branch: c.branch.id });
  if (c.view === 'week') q.set('staff', c.weekStaff);
  let appts, holds;
  try {
    [appts, holds] = await Promise.all([call('GET', '/v1/appointments?' + q), call('GET', '/v1/holds?' + q)]);
  } catch (e) { fill(main, toolbar(), problem(e)); return; }
  const fingerprint = JSON.stringify([c.view, c.date, c.weekStaff, c.branch.id, appts, holds]);
  if (fingerprint === c.last) return;
  c.last = fingerprint;
  const columns = c.view === 'week'
    ? days.map(d => ({ label: longDate(d), date: d, staff: c.staff.find(s => s.id === c.weekStaff) }))
    : c.staff.map(s => ({ label: s.name, date: c.date, staff: s }));
  const old = main.querySelector('.timeline');
  const next = timeline(columns, appts, holds);
  if (old) {
    const scroll = [old.scrollTop, old.scrollLeft];
    old.replaceWith(next);
    [next.scrollTop, next.scrollLeft] = scroll;
  } else {
    if (!main.querySelector('.toolbar')) fill(main, toolbar());
    main.append(next);
  }
}

function range(columns) {
  let from = 24 * 60, to = 0;
  for (const col of columns) for (const [a, b] of windows(c.branch.openingHours.weekly, col.date).concat(windows(col.staff.workingHours, col.date))) {
    from = Math.min(from, a); to = Math.max(to, b);
  }
  return from < to ? [Math.floor(from / 60) * 60, Math.ceil(to / 60) * 60] : [9 * 60, 18 * 60];
}

function timeline(columns, appts, holds) {
  const [from, to] = range(columns);
  const y = m => (m - from) * PX + 'px';
  const grid = el('div', { class: 'timeline', role: 'region', 'aria-label': t('timeline') });
  grid.style.gridTemplateColumns = `3.5rem repeat(${columns.length}, minmax(9rem, 1fr))`;
  grid.append(el('div', { class: 'colhead', 'aria-hidden': 'true' }), ...columns.map(col => el('div', { class: 'colhead' }, col.label)));
  const hours = el('div', { class: 'hours', 'aria-hidden': 'true' });
  hours.style.height = (to - from) * PX + 'px';
  for (let m = from + 60; m < to; m += 60) { const s = el('span', {}, String(m / 60).padStart(2, '0') + ':00'); s.style.top = y(m); hours.append(s); }
  grid.append(hours);
  for (const col of columns) grid.append(column(col, appts, holds, from, to, y));
  return grid;
}

function shade(col, from, to, y) {
  const open = windows(c.branch.openingHours.weekly, col.date);
  const override = c.branch.openingHours.overrides.find(o => o.date === col.date);
  const branchOpen = override ? override.windows.map(w => w.split('-').map(x => minutesOf('0000-00-00T' + x))) : open;
  const work = windows(col.staff.workingHours, col.date).map(([a, b]) => [Math.max(a, Math.min(...branchOpen.map(w => w[0]), b)),
    Math.min(b, Math.max(...branchOpen.map(w => w[1]), a))]).filter(([a, b]) => a < b && branchOpen.length);
  const off = [];
  let at = from;
  for (const [a, b] of work.sort((p, q) => p[0] - q[0])) { if (a > at) off.push([at, a, t('closed')]); at = Math.max(at, b); }
  if (at < to) off.push([at, to, t('closed')]);
  windows(col.staff.breaks, col.date).forEach(([a, b]) => off.push([a, b, t('break')]));
  for (const o of col.staff.timeOff) {
    if (dateOf(o.start) <= col.date && dateOf(o.end) >= col.date) {
      off.push([dateOf(o.start) === col.date ? minutesOf(o.start) : from, dateOf(o.end) === col.date ? minutesOf(o.end) : to, t('timeOff')]);
    }
  }
  return off.map(([a, b, label]) => { const d = el('div', { class: 'off' }, el('span', {}, label)); d.style.top = y(Math.max(a, from)); d.style.height = (Math.min(b, to) - Math.max(a, from)) * PX + 'px'; return d; });
}

function column(col, appts, holds, from, to, y) {
  const box = el('div', { class: 'col', 'data-staff': col.staff.id, 'data-date': col.date });
  box.style.height = (to - from) * PX + 'px';
  box.append(...shade(col, from, to, y));
  // A role that may neither book nor ask why gets the grid lines without buttons.
  const open = may('book') || may('read_availability');
  for (let m = from; m < to; m += 15) {
    const time = String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');
    const cell = open ? el('button', { type: 'button', class: 'cell' + (m % 60 === 0 ? ' hour' : ''), 'data-time': time,
      'aria-label': t('cellLabel', { staff: col.staff.name, date: longDate(col.date), time }), onclick: () => bookDialog(col, time) })
      : el('div', { class: 'cell' + (m % 60 === 0 ? ' hour' : ''), 'data-time': time, 'aria-hidden': 'true' });
    cell.style.top = y(m); cell.style.height = 15 * PX + 'px';
    box.append(cell);
  }
  for (const a of appts.filter(a => a.status !== 'cancelled' && dateOf(a.start) === col.date)) {
    const segs = a.segments.length ? a.segments : [{ name: serviceName(a.service), start: a.start, end: a.end, staff: a.staff }];
    const policy = (c.services.find(s => s.id === a.service)?.composite || {}).pausePolicy;
    segs.forEach((s, i) => {
      if (s.staff !== col.staff.id) return;
      const b = el('button', { type: 'button', class: 'appt ' + a.status + (segs.length > 1 ? ' phase' : ''), 'data-id': a.id, onclick: () => apptDialog(a) },
        el('strong', {}, a.customer.name), `${serviceName(a.service)}${segs.length > 1 ? ` · ${s.name} (${i + 1}/${segs.length})` : ''}`,
        el('span', { class: 'state' }, ' · ' + statusWords(a.status) + (a.sync.status === 'failed' ? ' · ' + t('syncFailed') : '')));
      b.style.top = y(minutesOf(s.start)); b.style.height = Math.max(14, (minutesOf(s.end) - minutesOf(s.start)) * PX - 2) + 'px';
      box.append(b);
      const next = segs[i + 1];
      if (next && minutesOf(next.start) > minutesOf(s.end)) {
        const p = el('div', { class: 'pausebox' + (policy === 'blocked' || policy === 'never' ? ' blocked' : '') },
          t('pauseLabel', { policy: t('policy_' + (policy || 'free')) }));
        p.style.top = y(minutesOf(s.end)); p.style.height = (minutesOf(next.start) - minutesOf(s.end)) * PX + 'px';
        box.append(p);
      }
    });
  }
  box.append(...holdBlocks(holds, col, y, PX));
  if (col.date === today(c.branch.timeZone)) {
    const m = nowMinutes(c.branch.timeZone);
    if (m > from && m < to) { const line = el('div', { class: 'nowline', 'aria-hidden': 'true' }); line.style.top = y(m); box.append(line); }
  }
  return box;
}

function openDialog(title, ...body) {
  fill(dialog, el('h2', { id: 'dialog-title' }, title), ...body,
    el('button', { type: 'button', class: 'link', onclick: () => dialog.close() }, t('close')));
  if (!dialog.open) dialog.showModal();
}

function bookDialog(col, time) {
  const able = c.services.filter(s => s.active && col.staff.services.includes(s.id));
  const out = el('div', { 'aria-live': 'polite' });
  const f = id => el('input', { id, type: id === 'b-phone' ? 'tel' : id === 'b-email' ? 'email' : 'text' });
  const [name, phone, email] = [f('b-name'), f('b-phone'), f('b-email')];
  const start = `${col.date}T${time}`;
  const booking = may('book');
  const form = el('form', { onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value.trim();
    const customer = { name: v('b-name'), ...(v('b-phone') ? { phone: v('b-phone') } : {}), ...(v('b-email') ? { email: v('b-email') } : {}) };
    try {
      await call('POST', '/v1/appointments', { service: v('b-service'), staff: col.staff.id, start, customer, source: v('b-source') },
        { 'Idempotency-Key': randomId() });
      dialog.close(); c.last = ''; refresh();
    } catch (err) { fill(out, problem(err)); }
  } },
  el('div', { class: 'field' }, el('label', { for: 'b-service' }, t('service')), el('select', { id: 'b-service' }, able.map(s => el('option', { value: s.id }, s.name)))),
  booking ? [
    el('div', { class: 'field' }, el('label', { for: 'b-phone' }, t('phone')), phone),
    may('read_contact_details') ? customerLookup(phone, name, email) : null,
    el('div', { class: 'field' }, el('label', { for: 'b-name' }, t('customerName')), name),
    el('div', { class: 'field' }, el('label', { for: 'b-email' }, t('email')), email),
    el('div', { class: 'field' }, el('label', { for: 'b-source' }, t('channel')), el('select', { id: 'b-source' },
      el('option', { value: 'phone' }, t('channel_phone')), el('option', { value: 'desk' }, t('channel_desk')))),
    el('p', { class: 'hint' }, t('bookNote')),
    el('button', { type: 'submit', class: 'primary' }, t('book'))] : null,
  may('read_availability') ? el('button', { type: 'button', class: 'secondary', onclick: async () => {
    const q = new URLSearchParams({ service: form.querySelector('#b-service').value, staff: col.staff.id, start });
    try {
      const x = await call('GET', '/v1/availability/explain?' + q);
      fill(out, el('h3', {}, t('whyTitle')), x.bookable ? el('p', { class: 'success' }, t('bookable'))
        : el('ul', { class: 'reasons' }, x.reasons.map(r => el('li', {}, r.message))));
    } catch (err) { fill(out, problem(err)); }
  } }, t('why')) : null, out);
  openDialog(t(booking ? 'bookAt' : 'checkAt', { staff: col.staff.name, date: longDate(col.date), time }), form);
}

async function apptDialog(a) {
  const out = el('div', { 'aria-live': 'polite' });
  const act = async (path, body) => {
    try { await call('POST', `/v1/appointments/${a.id}/${path}`, body, { 'Idempotency-Key': randomId() }); dialog.close(); c.last = ''; refresh(); } catch (err) { fill(out, problem(err)); }
  };
  const moveTo = el('input', { id: 'm-start', type: 'datetime-local', value: a.start.slice(0, 16), step: 900 });
  const moveStaff = el('select', { id: 'm-staff' }, c.staff.filter(s => s.services.includes(a.service)).map(s => el('option', { value: s.id, selected: s.id === a.staff }, s.name)));
  const override = el('input', { id: 'm-override', type: 'checkbox' });
  const history = el('p', { class: 'muted' });
  openDialog(`${a.customer.name} · ${serviceName(a.service)}`,
    el('dl', { class: 'summary' }, el('dt', {}, t('when')), el('dd', {}, `${longDate(dateOf(a.start))}, ${timeOf(a.start)}–${timeOf(a.end)}`),
      el('dt', {}, t('staffMember')), el('dd', {}, staffName(a.staff)),
      el('dt', {}, t('state')), el('dd', {}, statusWords(a.status)),
      may('read_contact_details') ? [el('dt', {}, t('phone')), el('dd', {}, a.customer.phone || '–'), el('dt', {}, t('email')), el('dd', {}, a.customer.email || '–')] : null,
      el('dt', {}, t('calendar')), el('dd', {}, t('syncState_' + a.sync.status) + (a.sync.manualReview ? ' · ' + t('manualReview') : '')),
      a.segments.length > 1 ? [el('dt', {}, t('phases')), el('dd', {}, el('ul', { class: 'phases' }, a.segments.map(s => el('li', {}, `${timeOf(s.start)}–${timeOf(s.end)} ${s.name} (${staffName(s.staff)})`))))] : null),
    history,
    may('mark_attendance') && ['booked', 'confirmed', 'arrived'].includes(a.status) ? el('div', { class: 'attendance', role: 'group', 'aria-label': t('attendance') },
      a.status === 'arrived' ? null : el('button', { type: 'button', class: 'secondary', onclick: () => act('arrived', {}) }, t('markArrived')),
      el('button', { type: 'button', class: 'secondary', onclick: () => act('completed', {}) }, t('markCompleted')),
      a.status === 'arrived' ? null : el('button', { type: 'button', class: 'secondary', onclick: () => act('no-show', {}) }, t('markNoShow'))) : null,
    a.status === 'cancelled' || !may('change_appointments') ? null : el('div', {},
      el('div', { class: 'field' }, el('label', { for: 'm-start' }, t('moveTo')), moveTo),
      el('div', { class: 'field' }, el('label', { for: 'm-staff' }, t('staffMember')), moveStaff),
      may('override_deadlines') ? el('p', {}, override, ' ', el('label', { for: 'm-override' }, t('override'))) : null,
      el('p', { class: 'hint' }, t('actionNote')),
      el('button', { type: 'button', class: 'secondary', onclick: () => act('reschedule', { start: moveTo.value, staff: moveStaff.value, override: override.checked }) }, t('move')),
      el('button', { type: 'button', class: 'danger', onclick: () => act('cancel', { reason: 'cancelled at the desk', override: override.checked }) }, t('cancel'))),
    out);
  try {
    const n = (await call('GET', `/v1/appointments/${a.id}`)).customerNoShows;
    history.textContent = t('noShows', { n });
    if (n > 0) history.className = 'alert';
  } catch (ignored) { /* the count is a nicety; the dialog works without it */ }
}

setLang(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de');
if (c.key) boot(); else signIn();
