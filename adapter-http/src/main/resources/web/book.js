// The customer booking page: service -> staff -> day and time (held) -> details -> done; and the manage page.
import { api, ApiError, addDays, dateOf, el, icsUrl, lang, longDate, now, phases, price, randomId, setLang, t,
  texts, timeOf, today } from './common.js';

texts({
  de: {
    freeTimes: '{n} freie Zeiten', title: 'Termin buchen', step: 'Schritt {n} von 4', service: 'Was dürfen wir für Sie tun?',
    staff: 'Bei wem?', anyone: 'Egal / beliebig', anyoneHint: 'Erste freie Person',
    time: 'Wann passt es Ihnen?', details: 'Ihre Angaben', back: 'Zurück', earlier: 'Frühere Woche',
    later: 'Spätere Woche', morning: 'Vormittag', afternoon: 'Nachmittag', evening: 'Abend',
    noTimes: 'An diesem Tag ist nichts frei.', noTimesWeek: 'In dieser Woche ist leider nichts frei.',
    heldUntil: 'Für Sie reserviert bis {time} Uhr', remaining: 'noch {min}:{sec} Min.',
    name: 'Name', phone: 'Handynummer', email: 'E-Mail (freiwillig)', phoneHint: 'z. B. 0151 2345678',
    nameError: 'Bitte geben Sie Ihren Namen an.',
    phoneError: 'Bitte geben Sie eine Handynummer an, z. B. 0151 2345678.',
    emailError: 'Bitte prüfen Sie die E-Mail-Adresse, z. B. anna@beispiel.de.',
    confirm: 'Verbindlich buchen', summary: '{service} am {date} um {time} Uhr bei {staff}',
    taken: 'Dieser Termin wurde gerade vergeben.', expired: 'Ihre Reservierung ist abgelaufen.',
    nearest: 'Diese Zeiten sind frei:', pickOther: 'Andere Zeit wählen', waitlist: 'Auf die Warteliste',
    waitlistText: 'Nichts Passendes dabei? Wir melden uns, sobald in den nächsten zwei Wochen etwas frei wird.',
    waitlistDone: 'Sie stehen auf der Warteliste. Wir melden uns bei Ihnen.',
    wlEmail: 'E-Mail (für das Angebot per Link)', wlAnyStaff: 'Auch bei einer anderen Person', wlCompatible: 'Auch eine andere Leistung, in deren Zeit meine passt',
    done: 'Ihr Termin ist gebucht', what: 'Was', when: 'Wann', who: 'Bei wem', where: 'Wo',
    addCalendar: 'Zum Kalender hinzufügen', manage: 'Termin ansehen, verschieben oder absagen',
    another: 'Weiteren Termin buchen', until: '{from} – {to} Uhr',
    noKey: 'Diese Buchungsseite ist nicht richtig eingebunden (es fehlt der Schlüssel).',
    invalidLink: 'Dieser Link ist nicht mehr gültig.', cancel: 'Termin absagen', move: 'Termin verschieben',
    cancelled: 'Ihr Termin ist abgesagt.', moved: 'Ihr Termin ist verschoben.', yourAppt: 'Ihr Termin',
  },
  en: {
    freeTimes: '{n} free times', title: 'Book an appointment', step: 'Step {n} of 4', service: 'What can we do for you?',
    staff: 'With whom?', anyone: 'Anyone', anyoneHint: 'First person available',
    time: 'When suits you?', details: 'Your details', back: 'Back', earlier: 'Earlier week',
    later: 'Later week', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening',
    noTimes: 'Nothing is free on this day.', noTimesWeek: 'Sorry, nothing is free this week.',
    heldUntil: 'Reserved for you until {time}', remaining: '{min}:{sec} min left',
    name: 'Name', phone: 'Mobile number', email: 'E-mail (optional)', phoneHint: 'e.g. 0151 2345678',
    nameError: 'Please enter your name.', phoneError: 'Please enter a mobile number, e.g. 0151 2345678.',
    emailError: 'Please check the e-mail address, e.g. anna@example.com.',
    confirm: 'Book now', summary: '{service} on {date} at {time} with {staff}',
    taken: 'This time was just taken.', expired: 'Your reservation has expired.',
    nearest: 'These times are free:', pickOther: 'Choose another time', waitlist: 'Join the waiting list',
    waitlistText: 'Nothing suitable? We will get in touch as soon as something frees up in the next two weeks.',
    waitlistDone: 'You are on the waiting list. We will get in touch.',
    wlEmail: 'E-mail (for the offer with its link)', wlAnyStaff: 'Someone else will do', wlCompatible: 'Also the time of another service that mine fits into',
    done: 'Your appointment is booked', what: 'What', when: 'When', who: 'With', where: 'Where',
    addCalendar: 'Add to calendar', manage: 'View, move or cancel the appointment',
    another: 'Book another appointment', until: '{from} – {to}',
    noKey: 'This booking page is not embedded correctly (the key is missing).',
    invalidLink: 'This link is no longer valid.', cancel: 'Cancel appointment', move: 'Move appointment',
    cancelled: 'Your appointment is cancelled.', moved: 'Your appointment has been moved.',
    yourAppt: 'Your appointment',
  },
});

const params = new URLSearchParams(location.search);
const key = params.get('key');
const path = location.pathname.split('/');
const tenant = decodeURIComponent(path[2] || '');
const manageToken = path[3] === 'manage' ? decodeURIComponent(path[4] || '') : null;
const owner = 'web-' + randomId();
// Every key a page runs with (booking-page, desk, assistant) may put the customer on the waiting list.
const mayWaitlist = Boolean(key);
const main = document.getElementById('main');
const s = { services: [], staff: [], branch: null, service: null, person: null, week: null, day: null,
  slots: [], hold: null, timer: null, customer: { name: '', phone: '', email: '' }, notice: null, view: null };
const call = (method, url, body, headers) => api(key, method, url, body, headers);

if (/^#[0-9a-fA-F]{3,8}$/.test(params.get('color') || '')) {
  document.documentElement.style.setProperty('--brand', params.get('color'));
}
document.getElementById('lang').addEventListener('click', () => { setLang(t('langCode')); render(); });
setLang(params.get('lang') === 'en' ? 'en' : 'de');

function show(...children) {
  clearInterval(s.timer);
  main.replaceChildren(...children.flat().filter(x => x !== null && x !== undefined && x !== false));
  document.getElementById('lang').textContent = t('lang');
  document.getElementById('lang').lang = t('langCode');
  document.title = s.salon ? `${t('title')} · ${s.salon}` : t('title');
}
const heading = (n, text) => [el('p', { class: 'progress' }, t('step', { n })),
  el('h2', { tabindex: '-1', id: 'step' }, text)];
const focusStep = () => document.getElementById('step')?.focus();
const backButton = to => el('button', { type: 'button', class: 'link back', onclick: () => go(to) }, '← ' + t('back'));
const error = e => el('p', { class: 'alert', role: 'alert' }, e instanceof ApiError ? e.message : String(e));
const staffName = id => (s.staff.find(p => p.id === id) || { name: id }).name;

function go(view) { s.view = view; render(); focusStep(); }
function render() { ({ services, staff, time, details, done, manage, failed })[s.view](); }

function services() {
  show(...heading(1, t('service')), el('ul', { class: 'choices' }, s.services.map(x => el('li', {},
    el('button', { type: 'button', class: 'choice', onclick: () => { s.service = x; go('staff'); } },
      el('span', { class: 'name' }, x.name), el('span', { class: 'price' }, price(x.price)),
      el('span', { class: 'meta' }, phases(x)))))));
}

function staff() {
  const able = s.staff.filter(p => p.active && p.services.includes(s.service.id));
  const pick = p => { s.person = p; s.week = null; go('time'); };
  show(backButton('services'), ...heading(2, t('staff')), el('ul', { class: 'choices' },
    el('li', {}, el('button', { type: 'button', class: 'choice', onclick: () => pick(null) },
      el('span', { class: 'name' }, t('anyone')), el('span', { class: 'meta' }, t('anyoneHint')))),
    able.map(p => el('li', {}, el('button', { type: 'button', class: 'choice', onclick: () => pick(p) },
      el('span', { class: 'name' }, p.name)))), ));
}

async function loadWeek(from) {
  const q = new URLSearchParams({ service: s.service.id, from, to: addDays(from, 6), owner });
  if (s.person) q.set('staff', s.person.id);
  const r = await call('GET', '/v1/availability?' + q);
  const seen = new Set();
  s.slots = r.slots.filter(x => !seen.has(x.start) && seen.add(x.start));
  s.week = from;
}

async function time() {
  show(backButton('staff'), ...heading(3, t('time')), el('p', { class: 'muted' }, '…'));
  try {
    if (s.week === null) {
      let from = today(s.branch.timeZone);
      await loadWeek(from);
      for (let i = 0; i < 4 && s.slots.length === 0; i++) await loadWeek(from = addDays(from, 7));
      s.day = s.slots.length ? dateOf(s.slots[0].start) : s.week;
    }
  } catch (e) { show(backButton('staff'), ...heading(3, t('time')), error(e)); return; }
  const days = Array.from({ length: 7 }, (_, i) => addDays(s.week, i));
  const startOf = today(s.branch.timeZone);
  const week = async d => { s.week = null; await loadWeek(d); s.day = (s.slots[0] && dateOf(s.slots[0].start)) || d; time(); };
  const dayList = el('div', { class: 'days', role: 'group', 'aria-label': t('time') }, days.map(d => {
    const n = s.slots.filter(x => dateOf(x.start) === d).length;
    return el('button', { type: 'button', class: 'day', disabled: n === 0, 'aria-pressed': String(d === s.day),
      'aria-label': `${longDate(d)}: ${t('freeTimes', { n })}`,
      onclick: () => { s.day = d; time(); } }, el('span', {}, longDate(d).split(', ')[0]),
      el('strong', {}, String(Number(d.slice(8, 10)))), el('small', {}, n ? `${n}` : '–'));
  }));
  const today_ = s.slots.filter(x => dateOf(x.start) === s.day);
  const groups = [['morning', 0, 12], ['afternoon', 12, 17], ['evening', 17, 24]].map(([name, a, b]) => {
    const inGroup = today_.filter(x => { const h = Number(timeOf(x.start).slice(0, 2)); return h >= a && h < b; });
    return inGroup.length ? el('section', { class: 'times' }, el('h3', {}, t(name)),
      el('div', { class: 'grid' }, inGroup.map(x => el('button', { type: 'button', class: 'time',
        'aria-label': `${longDate(s.day)}, ${timeOf(x.start)}`, onclick: () => holdSlot(x) }, timeOf(x.start))))) : null;
  });
  show(backButton('staff'), ...heading(3, t('time')), s.notice ? el('p', { class: 'alert', role: 'alert' }, s.notice) : null,
    el('p', { class: 'chosen' }, `${s.service.name} · ${s.person ? s.person.name : t('anyone')}`),
    el('div', { class: 'weeknav' },
      el('button', { type: 'button', class: 'link', disabled: s.week <= startOf, onclick: () => week(addDays(s.week, -7)) }, '‹ ' + t('earlier')),
      el('button', { type: 'button', class: 'link', onclick: () => week(addDays(s.week, 7)) }, t('later') + ' ›')),
    dayList, s.slots.length ? null : el('p', {}, t('noTimesWeek')),
    ...(today_.length ? groups : [el('p', {}, t('noTimes'))]), waitlistOffer());
  s.notice = null;
}

async function holdSlot(slot) {
  try {
    if (s.hold) await call('DELETE', `/v1/holds/${s.hold.token}?owner=${encodeURIComponent(owner)}`).catch(() => {});
    s.hold = await call('POST', '/v1/holds', { service: s.service.id, staff: slot.staff,
      start: slot.start.slice(0, 16), owner });
    go('details');
  } catch (e) { lost(e, slot.start); }
}

/** The chosen time is gone (taken or expired): say so and offer the three nearest times, one tap away. */
async function lost(e, around) {
  s.hold = null;
  s.failure = { message: e instanceof ApiError && e.code === 'reservation_expired' ? t('expired')
    : e instanceof ApiError && e.code === 'slot_unavailable' ? t('taken') : e.message, around, nearest: [] };
  try {
    const q = new URLSearchParams({ service: s.service.id, around: around.slice(0, 16), limit: '3', owner });
    if (s.person) q.set('staff', s.person.id);
    s.failure.nearest = (await call('GET', '/v1/availability/next?' + q)).slots.slice(0, 3);
  } catch (ignored) { /* the message and "choose another time" still lead on */ }
  go('failed');
}

function failed() {
  const f = s.failure;
  show(...heading(3, f.message), f.nearest.length ? el('p', {}, t('nearest')) : null,
    el('div', { class: 'grid nearest' }, f.nearest.map(x => el('button', { type: 'button', class: 'time',
      onclick: () => holdSlot(x) }, `${longDate(dateOf(x.start))}, ${timeOf(x.start)}`))),
    el('button', { type: 'button', class: 'secondary', onclick: () => { s.week = null; go('time'); } }, t('pickOther')),
    waitlistOffer());
}

function countdown() {
  const box = el('p', { class: 'held', role: 'status' });
  const tick = () => {
    const left = Math.max(0, Math.floor((Date.parse(s.hold.expiresAtUtc) - now().getTime()) / 1000));
    box.textContent = `${t('heldUntil', { time: timeOf(s.hold.expiresAt) })} · ${t('remaining',
      { min: Math.floor(left / 60), sec: String(left % 60).padStart(2, '0') })}`;
    if (left === 0) lost(new ApiError(410, { code: 'reservation_expired' }), s.hold.start);
  };
  return [box, tick];
}

function field(id, label, type, value, hint, autocomplete) {
  return el('div', { class: 'field' }, el('label', { for: id }, label),
    hint ? el('p', { class: 'hint', id: id + '-hint' }, hint) : null,
    el('p', { class: 'field-error', id: id + '-error', hidden: true }),
    el('input', { id, name: id, type, value, autocomplete, 'aria-describedby': [hint ? id + '-hint' : '', id + '-error'].join(' ').trim() }));
}

function details() {
  const [box, tick] = countdown();
  const form = el('form', { novalidate: true, onsubmit: e => { e.preventDefault(); confirmHold(form); } },
    field('name', t('name'), 'text', s.customer.name, null, 'name'),
    field('phone', t('phone'), 'tel', s.customer.phone, t('phoneHint'), 'tel'),
    field('email', t('email'), 'email', s.customer.email, null, 'email'),
    el('div', { id: 'form-error' }),
    el('button', { type: 'submit', class: 'primary' }, t('confirm')));
  show(backButton('time'), ...heading(4, t('details')), el('p', { class: 'chosen' }, t('summary', {
    service: s.service.name, date: longDate(dateOf(s.hold.start)), time: timeOf(s.hold.start), staff: staffName(s.hold.staff) })),
  box, form);
  tick();
  s.timer = setInterval(tick, 1000);
}

function invalid(form, id, message) {
  const input = form.querySelector('#' + id);
  const box = form.querySelector(`#${id}-error`);
  box.hidden = !message;
  box.textContent = message || '';
  input.setAttribute('aria-invalid', String(Boolean(message)));
  return Boolean(message);
}

async function confirmHold(form) {
  const c = s.customer;
  ['name', 'phone', 'email'].forEach(k => { c[k] = form.querySelector('#' + k).value.trim(); });
  const bad = [invalid(form, 'name', c.name ? null : t('nameError')),
    invalid(form, 'phone', /^\+?[0-9][0-9 ()/-]{5,22}$/.test(c.phone) ? null : t('phoneError')),
    invalid(form, 'email', !c.email || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email) ? null : t('emailError'))];
  if (bad.some(Boolean)) { form.querySelector('[aria-invalid="true"]').focus(); return; }
  const customer = { name: c.name, phone: c.phone, ...(c.email ? { email: c.email } : {}) };
  const body = { owner, customer, source: 'web' };
  // A retry of the same request reuses its key (booked once); corrected details are a new request with a new key.
  const payload = JSON.stringify([s.hold.token, body]);
  if (!s.attempt || s.attempt.payload !== payload) s.attempt = { payload, key: randomId() };
  const submit = form.querySelector('button[type=submit]');
  submit.disabled = true;
  try {
    s.booked = await call('POST', `/v1/holds/${s.hold.token}/confirm`, body, { 'Idempotency-Key': s.attempt.key });
    s.hold = null;
    go('done');
  } catch (e) {
    submit.disabled = false;
    if (['reservation_expired', 'reservation_not_found', 'slot_unavailable'].includes(e.code)) lost(e, s.hold.start);
    else if (e.code === 'invalid_data' && /phone|telefon/i.test(e.message)) invalid(form, 'phone', t('phoneError'));
    else form.querySelector('#form-error').replaceChildren(error(e));
  }
}

function summaryList(a) {
  const segs = a.segments && a.segments.length ? a.segments : [{ name: s.service?.name, start: a.start, end: a.end }];
  return el('dl', { class: 'summary' },
    el('dt', {}, t('what')), el('dd', {}, (s.services.find(x => x.id === a.service) || { name: a.serviceName || a.service }).name,
      segs.length > 1 ? el('ul', { class: 'phases' }, segs.map(x => el('li', {}, `${timeOf(x.start)} ${x.name}`))) : null),
    el('dt', {}, t('when')), el('dd', {}, `${longDate(dateOf(a.start))}, ${t('until', { from: timeOf(a.start), to: timeOf(a.end) })}`),
    el('dt', {}, t('who')), el('dd', {}, a.staffName || staffName(a.staff)),
    el('dt', {}, t('where')), el('dd', {}, a.branchName || (s.branch ? s.branch.name : '')));
}

function done() {
  const a = s.booked;
  const svc = (s.services.find(x => x.id === a.service) || { name: a.service }).name;
  const segs = a.segments && a.segments.length ? a.segments.map(x => ({ ...x, start: x.startUtc, end: x.endUtc }))
    : [{ name: svc, start: a.startUtc, end: a.endUtc }];
  show(el('h2', { tabindex: '-1', id: 'step', class: 'success' }, '✓ ' + t('done')), summaryList(a),
    el('a', { class: 'button secondary', href: icsUrl(`${svc} · ${s.salon}`, s.branch.name, segs), download: 'termin.ics' }, t('addCalendar')),
    a.manageToken ? el('a', { class: 'button secondary', href: `/book/${encodeURIComponent(tenant)}/manage/${encodeURIComponent(a.manageToken)}` }, t('manage')) : null,
    el('button', { type: 'button', class: 'link', onclick: () => { s.week = null; go('services'); } }, t('another')));
}

function waitlistOffer() {
  if (!mayWaitlist) return null;
  const out = el('div', { class: 'waitlist' });
  const form = el('form', { novalidate: true, hidden: true, onsubmit: async e => {
    e.preventDefault();
    const c = { name: form.querySelector('#wl-name').value.trim(), phone: form.querySelector('#wl-phone').value.trim() };
    const email = form.querySelector('#wl-email').value.trim();
    if (invalid(form, 'wl-name', c.name ? null : t('nameError')) | invalid(form, 'wl-phone',
      /^\+?[0-9][0-9 ()/-]{5,22}$/.test(c.phone) ? null : t('phoneError')) | invalid(form, 'wl-email',
      !email || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? null : t('emailError'))) return;
    if (email) c.email = email;
    const first = today(s.branch.timeZone);
    const flexible = id => Boolean(form.querySelector('#' + id)?.checked);
    try {
      await call('POST', '/v1/waitlist', { service: s.service.id, ...(s.person ? { staff: s.person.id } : {}),
        customer: c, firstDay: first, lastDay: addDays(first, 14), anyStaff: flexible('wl-any-staff'),
        compatibleService: flexible('wl-compatible'), ...(thisPage() ? { bookingPage: thisPage() } : {}) });
      out.replaceChildren(el('p', { class: 'success', role: 'status' }, t('waitlistDone')));
    } catch (err) { form.append(error(err)); }
  } }, field('wl-name', t('name'), 'text', s.customer.name, null, 'name'),
  field('wl-phone', t('phone'), 'tel', s.customer.phone, t('phoneHint'), 'tel'),
  field('wl-email', t('wlEmail'), 'email', s.customer.email, null, 'email'),
  s.person ? check('wl-any-staff', t('wlAnyStaff')) : null, check('wl-compatible', t('wlCompatible')),
  el('button', { type: 'submit', class: 'secondary' }, t('waitlist')));
  out.append(el('p', { class: 'muted' }, t('waitlistText')), el('button', { type: 'button', class: 'link',
    'aria-expanded': 'false', onclick: ev => { form.hidden = false; ev.target.remove(); form.querySelector('input').focus(); } },
  t('waitlist')), form);
  return out;
}

function check(id, label) {
  return el('div', { class: 'check' }, el('input', { id, type: 'checkbox' }), el('label', { for: id }, label));
}

/** This booking page as a path, for the offer page's way back; left out when the server would not take it. */
function thisPage() {
  const page = location.pathname + location.search;
  return /^\/book\/[A-Za-z0-9._-]+(\?[A-Za-z0-9._~%&=+-]*)?$/.test(page) && page.length <= 500 ? page : null;
}

// ---- manage page (/book/{tenant}/manage/{token}) ----

async function manage(message) {
  const link = `/v1/manage/${encodeURIComponent(manageToken)}`;
  let a;
  try { a = await api(null, 'GET', link); } catch (e) {
    show(el('h2', { tabindex: '-1', id: 'step' }, t('invalidLink')));
    return;
  }
  const act = async (path, body, done) => {
    try { await api(null, 'POST', `${link}/${path}`, body); manage(done); } catch (e) { main.prepend(error(e)); }
  };
  // The API takes the new start as local wall time of the branch, which is what the field shows.
  const moveTo = el('input', { id: 'move-to', type: 'datetime-local', value: a.start.slice(0, 16) });
  show(el('h2', { tabindex: '-1', id: 'step' }, t('yourAppt')),
    message ? el('p', { class: 'success', role: 'status' }, message) : null, summaryList(a),
    a.status === 'cancelled' ? (message ? null : el('p', { class: 'alert' }, t('cancelled'))) : el('div', { class: 'actions' },
      el('label', { for: 'move-to' }, t('move')), moveTo,
      el('button', { type: 'button', class: 'secondary', onclick: () => act('reschedule', { start: moveTo.value }, t('moved')) }, t('move')),
      el('button', { type: 'button', class: 'danger', onclick: () => act('cancel', undefined, t('cancelled')) }, t('cancel'))));
}

async function start() {
  if (manageToken) { s.view = 'manage'; render(); return; }
  if (!key) { show(el('p', { class: 'alert', role: 'alert' }, t('noKey'))); return; }
  try {
    const [company, services, staff, branches] = await Promise.all([call('GET', '/v1/company'),
      call('GET', '/v1/services'), call('GET', '/v1/staff'), call('GET', '/v1/branches')]);
    s.salon = company.name;
    document.getElementById('salon').textContent = company.name;
    s.services = services.filter(x => x.active);
    s.staff = staff;
    // a deactivated branch is kept for history but offers nothing
    s.branch = branches.find(b => b.active) || branches[0];
    go('services');
  } catch (e) { show(error(e)); }
}
start();
