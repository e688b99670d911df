// The console's owner pages: dashboard (six sync tiles, manual review, hold metrics with a chart), waitlist and
// catalogue (services with the composite step editor, holidays), and the console's texts.
import { el, fill, longDate, dateOf, timeOf, addDays, today, randomId, t } from './common.js';
import { branchStaff, branchSwitch, call, ctx, may, problem } from './console.js';
import { branchSection } from './console-branches.js';

export const consoleTexts = {
  de: {
    console: 'Konsole', signIn: 'Anmelden', keyLabel: 'Schlüssel', signInButton: 'Anmelden', signOut: 'Abmelden',
    keyHint: 'Ihr API-Schlüssel oder Anmelde-Token. Er bleibt nur in diesem Browser-Tab gespeichert.',
    tab_day: 'Tag', tab_week: 'Woche', tab_dashboard: 'Übersicht', tab_waitlist: 'Warteliste', tab_catalogue: 'Katalog',
    previous: 'Zurück', next: 'Weiter', today: 'Heute', jump: 'Gehe zu Datum', staffMember: 'Mitarbeiter:in',
    weekOf: 'Woche ab {date}', timeline: 'Terminplan', closed: 'geschlossen', break: 'Pause', timeOff: 'abwesend',
    cellLabel: '{staff}, {date}, {time}: buchen oder prüfen', pauseLabel: 'Einwirkzeit ({policy})',
    policy_free: 'frei buchbar', policy_blocked: 'blockiert', policy_flexible: 'nur für Kurzes', policy_never: 'gesperrt',
    status_booked: 'gebucht', status_confirmed: 'bestätigt', status_cancelled: 'abgesagt', status_completed: 'erledigt',
    status_no_show: 'nicht erschienen', syncFailed: 'Kalender-Sync fehlgeschlagen',
    health_healthy: '● In Ordnung', health_degraded: '▲ Eingeschränkt', health_critical: '■ Kritisch',
    severity_info: 'Hinweis', severity_warning: 'Warnung', severity_critical: 'Kritisch',
    sync_healthy: 'Sync in Ordnung', sync_degraded: 'Sync eingeschränkt', sync_critical: 'Sync kritisch',
    syncCounts: '{pending} ausstehend, {failed} fehlgeschlagen', holdsActive: 'Aktive Reservierungen: {n}',
    waitlistSize: 'Warteliste: {n}', close: 'Schließen', service: 'Leistung', customerName: 'Name der Kundin / des Kunden',
    phone: 'Telefon', email: 'E-Mail', channel: 'Kanal', channel_phone: 'Telefon', channel_desk: 'Vor Ort',
    bookNote: 'Die Kundin / der Kunde erhält eine Bestätigung, wenn eine Adresse oder Nummer angegeben ist.',
    book: 'Buchen', why: 'Warum nicht buchbar?', whyTitle: 'Prüfung', bookable: 'Diese Zeit ist buchbar.',
    bookAt: 'Termin bei {staff}, {date}, {time}', when: 'Wann', state: 'Status', calendar: 'Kalender', phases: 'Phasen',
    syncState_pending: 'Abgleich ausstehend', syncState_synced: 'abgeglichen', syncState_failed: 'Abgleich fehlgeschlagen',
    syncState_not_required: 'kein externer Kalender', syncState_cancelled: 'abgesagt', manualReview: 'manuelle Prüfung',
    moveTo: 'Verschieben auf', override: 'Fristen übergehen (nur mit Berechtigung)', move: 'Verschieben', cancel: 'Absagen',
    actionNote: 'Beim Verschieben oder Absagen wird die Kundin / der Kunde benachrichtigt; Fristen gelten, außer sie werden übergangen.',
    noShows: 'Bisher {n}× nicht erschienen.', attendance: 'Anwesenheit', markArrived: 'Ist da',
    markCompleted: 'Fertig', markNoShow: 'Nicht erschienen', status_arrived: 'ist da',
    tile_status: 'Sync-Status', tile_rate: 'Erfolgsquote 24 h', tile_pending: 'Ausstehend (davon > 1 h)',
    tile_failed: 'Fehlgeschlagen (davon > 24 h)', tile_review: 'Manuelle Prüfung', tile_alerts: 'Warnungen',
    reviewList: 'Zur Prüfung', settle: 'Klären', note: 'Notiz', resync: 'Erneut synchronisieren', clearReview: 'Erledigt', noReview: 'Nichts zu prüfen.', holds: 'Reservierungen (24 h)', created: 'angelegt',
    converted: 'gebucht', expired: 'abgelaufen', cancelled: 'freigegeben', conversion: 'Umwandlungsquote',
    timeToConversion: 'Zeit bis zur Buchung (Median)', action: 'Empfehlung', customer: 'Kunde', error: 'Fehler',
    services: 'Leistungen', edit: 'Bearbeiten', newService: 'Neue Leistung', id: 'Kennung', name: 'Name',
    minutes: 'Minuten', priceEuro: 'Preis (€)', steps: 'Phasen',
    work: 'Arbeit', pause: 'Pause', addWork: 'Phase hinzufügen', addPause: 'Pause hinzufügen', remove: 'Entfernen',
    pausePolicy: 'Pausenregel', save: 'Speichern', saved: 'Gespeichert.',
    explain_free: 'frei: während der Pause kann die Person andere Kund:innen bedienen.',
    explain_blocked: 'blockiert: die Person bleibt bei der Kundin / dem Kunden; die Pause belegt sie.',
    explain_flexible: 'flexibel: nur Termine, die ganz in die Pause passen, dürfen hinein.',
    explain_never: 'gesperrt: in Pausen wird gar nichts gebucht, auch nicht bei anderen Personen dieser Phase.',
    holidays: 'Feiertage und Schließtage', firstDay: 'Erster Tag', lastDay: 'Letzter Tag', addHoliday: 'Hinzufügen',
    staffHours: 'Mitarbeiter:innen: Arbeitszeiten, Pausen, Abwesenheit', openingHours: 'Öffnungszeiten', newStaff: 'Neue Person',
    day_monday: 'Montag', day_tuesday: 'Dienstag', day_wednesday: 'Mittwoch', day_thursday: 'Donnerstag', day_friday: 'Freitag',
    day_saturday: 'Samstag', day_sunday: 'Sonntag', workLegend: 'Arbeitszeiten (z. B. 09:00-13:00, 14:00-18:00)',
    breaksLegend: 'Pausen', openLegend: 'Öffnungszeiten je Wochentag (leer: geschlossen)', offStart: 'Abwesend ab',
    offEnd: 'Abwesend bis', offReason: 'Grund', addTimeOff: 'Abwesenheit hinzufügen', overrides: 'Abweichende Tage',
    ovDate: 'Datum', ovWindows: 'Geöffnet (leer: geschlossen)', ovNote: 'Notiz', addOverride: 'Tag hinzufügen', waitlistTitle: 'Warteliste', noWaiting: 'Niemand wartet.', days: 'Zeitraum',
    flexibility: 'Flexibel', anyStaff: 'jede Mitarbeiterin', compatibleService: 'auch passende Leistung',
  },
  en: {
    console: 'Console', signIn: 'Sign in', keyLabel: 'Key', signInButton: 'Sign in', signOut: 'Sign out',
    keyHint: 'Your API key or sign-in token. It is kept in this browser tab only.',
    tab_day: 'Day', tab_week: 'Week', tab_dashboard: 'Overview', tab_waitlist: 'Waiting list', tab_catalogue: 'Catalogue',
    previous: 'Back', next: 'Next', today: 'Today', jump: 'Go to date', staffMember: 'Staff member',
    weekOf: 'Week from {date}', timeline: 'Schedule', closed: 'closed', break: 'Break', timeOff: 'away',
    cellLabel: '{staff}, {date}, {time}: book or check', pauseLabel: 'Processing time ({policy})',
    policy_free: 'bookable', policy_blocked: 'blocked', policy_flexible: 'short bookings only', policy_never: 'closed',
    status_booked: 'booked', status_confirmed: 'confirmed', status_cancelled: 'cancelled', status_completed: 'completed',
    status_no_show: 'no-show', syncFailed: 'calendar sync failed',
    health_healthy: '● Healthy', health_degraded: '▲ Degraded', health_critical: '■ Critical',
    severity_info: 'Note', severity_warning: 'Warning', severity_critical: 'Critical',
    sync_healthy: 'Sync healthy', sync_degraded: 'Sync degraded', sync_critical: 'Sync critical',
    syncCounts: '{pending} pending, {failed} failed', holdsActive: 'Active holds: {n}',
    waitlistSize: 'Waiting list: {n}', close: 'Close', service: 'Service', customerName: "Customer's name",
    phone: 'Phone', email: 'E-mail', channel: 'Channel', channel_phone: 'Phone', channel_desk: 'At the desk',
    bookNote: 'The customer receives a confirmation when an address or number is given.',
    book: 'Book', why: 'Why not bookable?', whyTitle: 'Check', bookable: 'This time can be booked.',
    bookAt: 'Appointment with {staff}, {date}, {time}', when: 'When', state: 'Status', calendar: 'Calendar', phases: 'Phases',
    syncState_pending: 'sync pending', syncState_synced: 'synced', syncState_failed: 'sync failed',
    syncState_not_required: 'no external calendar', syncState_cancelled: 'cancelled', manualReview: 'manual review',
    moveTo: 'Move to', override: 'Override deadlines (if permitted)', move: 'Move', cancel: 'Cancel appointment',
    actionNote: 'Moving or cancelling notifies the customer; deadlines apply unless overridden.',
    noShows: 'No-shows so far: {n}.', attendance: 'Attendance', markArrived: 'Arrived',
    markCompleted: 'Completed', markNoShow: 'No-show', status_arrived: 'arrived',
    tile_status: 'Sync status', tile_rate: 'Success rate 24 h', tile_pending: 'Pending (over 1 h)',
    tile_failed: 'Failed (over 24 h)', tile_review: 'Manual review', tile_alerts: 'Alerts',
    reviewList: 'To review', settle: 'Settle', note: 'Note', resync: 'Sync again', clearReview: 'Done', noReview: 'Nothing to review.', holds: 'Holds (24 h)', created: 'created',
    converted: 'booked', expired: 'expired', cancelled: 'released', conversion: 'Conversion rate',
    timeToConversion: 'Time to booking (median)', action: 'Suggested', customer: 'Customer', error: 'Error',
    services: 'Services', edit: 'Edit', newService: 'New service', id: 'Identifier', name: 'Name',
    minutes: 'Minutes', priceEuro: 'Price (€)', steps: 'Phases',
    work: 'Work', pause: 'Pause', addWork: 'Add phase', addPause: 'Add pause', remove: 'Remove',
    pausePolicy: 'Pause policy', save: 'Save', saved: 'Saved.',
    explain_free: 'free: during the pause the person can serve other customers.',
    explain_blocked: 'blocked: the person stays with the customer; the pause occupies them.',
    explain_flexible: 'flexible: only appointments that fit entirely inside the pause may use it.',
    explain_never: 'never: nothing is booked during pauses, not even with other people of this phase.',
    holidays: 'Holidays and closing days', firstDay: 'First day', lastDay: 'Last day', addHoliday: 'Add',
    waitlistTitle: 'Waiting list', noWaiting: 'Nobody is waiting.', days: 'Period',
    flexibility: 'Flexible', anyStaff: 'any staff member', compatibleService: 'also a matching service',
    staffHours: 'Staff: working hours, breaks, time off', openingHours: 'Opening hours', newStaff: 'New staff member',
    day_monday: 'Monday', day_tuesday: 'Tuesday', day_wednesday: 'Wednesday', day_thursday: 'Thursday', day_friday: 'Friday',
    day_saturday: 'Saturday', day_sunday: 'Sunday', workLegend: 'Working hours (e.g. 09:00-13:00, 14:00-18:00)',
    breaksLegend: 'Breaks', openLegend: 'Opening hours per weekday (empty: closed)', offStart: 'Away from',
    offEnd: 'Away until', offReason: 'Reason', addTimeOff: 'Add time off', overrides: 'Special days',
    ovDate: 'Date', ovWindows: 'Open (empty: closed)', ovNote: 'Note', addOverride: 'Add day',
  },
};

function tile(label, value, level, testid) {
  return el('div', { class: 'tile ' + level, 'data-tile': testid }, el('div', { class: 'label' }, t(label)),
    el('div', { class: 'value' }, value));
}

export async function dashboard(main) {
  let h, m, appts;
  try {
    [h, m, appts] = await Promise.all([call('GET', '/v1/ops/sync-health'), call('GET', '/v1/ops/reservation-metrics'),
      call('GET', '/v1/appointments?' + new URLSearchParams({ from: addDays(today(ctx.branch.timeZone), -60), to: addDays(today(ctx.branch.timeZone), 300), branch: ctx.branch.id }))]);
  } catch (e) { fill(main, problem(e)); return; }
  const k = h.counts;
  const level = x => (x ? 'bad' : 'good');
  const review = appts.filter(a => a.sync.manualReview || a.sync.status === 'failed');
  fill(main, el('h2', {}, t('tab_dashboard')), el('div', { class: 'tiles' },
    tile('tile_status', t('health_' + h.status), h.status === 'healthy' ? 'good' : h.status === 'degraded' ? 'warn' : 'bad', 'status'),
    tile('tile_rate', `${(h.successRate * 100).toFixed(1)} %`, h.successRate >= 0.95 ? 'good' : 'warn', 'rate'),
    tile('tile_pending', `${k.pending} (${k.stalePending})`, k.stalePending ? 'warn' : 'good', 'pending'),
    tile('tile_failed', `${k.failed} (${k.ancientFailed})`, level(k.failed), 'failed'),
    tile('tile_review', String(k.manualReview), level(k.manualReview), 'review'),
    tile('tile_alerts', String(h.alerts.length), level(h.alerts.length), 'alerts')),
  h.alerts.length ? el('ul', { class: 'alerts' }, h.alerts.map(a => el('li', {}, el('strong', {}, `${t('severity_' + a.severity)}: ${a.message}`),
    ' ', t('action'), ': ', a.suggestedAction))) : null,
  el('div', { class: 'cols2' },
    el('section', {}, el('h3', {}, t('reviewList')), review.length ? el('table', { id: 'review' },
      el('thead', {}, el('tr', {}, ['when', 'customer', 'calendar', 'error', 'settle'].map(x => el('th', {}, t(x))))),
      el('tbody', {}, review.map(a => el('tr', { 'data-id': a.id }, el('td', {}, `${longDate(dateOf(a.start))} ${timeOf(a.start)}`),
        el('td', {}, a.customer.name), el('td', {}, t('syncState_' + a.sync.status)), el('td', {}, a.sync.lastError || '–'),
        el('td', {}, a.sync.manualReview && may('manage_calendar_sync') ? settle(main, a) : null)))))
      : el('p', {}, t('noReview'))),
    el('section', {}, el('h3', {}, t('holds')), chart(m),
      el('p', {}, `${t('conversion')}: ${(m.conversionRate * 100).toFixed(0)} % · ${t('timeToConversion')}: ${m.timeToConversion.p50.replace('PT', '').toLowerCase()}`))));
}

/** Re-sync (Termin's version wins, pushed again) or clear (settled by hand): both keep the note on the appointment. */
function settle(main, a) {
  const note = el('input', { type: 'text', class: 'note', 'aria-label': `${t('note')}: ${a.customer.name}` });
  const out = el('span', { 'aria-live': 'polite' });
  const act = async path => {
    try {
      await call('POST', `/v1/calcom/review/${encodeURIComponent(a.id)}/${path}`, { note: note.value.trim() });
      dashboard(main);
    } catch (e) { fill(out, problem(e)); }
  };
  return [note, el('button', { type: 'button', class: 'secondary', onclick: () => act('resync') }, t('resync')),
    el('button', { type: 'button', class: 'secondary', onclick: () => act('clear') }, t('clearReview')), out];
}

/** A small bar chart as inline SVG, with the numbers written next to the bars (not by colour or length alone). */
function chart(m) {
  const bars = [['created', m.created], ['converted', m.converted], ['expired', m.expired], ['cancelled', m.cancelled]];
  const max = Math.max(1, ...bars.map(b => b[1]));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 320 130'); svg.setAttribute('role', 'img'); svg.setAttribute('width', '320'); svg.setAttribute('height', '130');
  svg.setAttribute('aria-label', bars.map(([k, v]) => `${t(k)} ${v}`).join(', '));
  bars.forEach(([k, v], i) => {
    const add = (tag, attrs, text) => { const n = document.createElementNS(ns, tag); Object.entries(attrs).forEach(([a, b]) => n.setAttribute(a, b)); if (text !== undefined) n.textContent = text; svg.append(n); };
    add('text', { x: 0, y: 22 + i * 30, 'font-size': 13, fill: '#1d1d24' }, t(k));
    add('rect', { x: 95, y: 10 + i * 30, height: 18, width: Math.max(2, (v / max) * 180), fill: i === 1 ? '#1e6b3a' : '#7a2e5b', rx: 3 });
    add('text', { x: 100 + Math.max(2, (v / max) * 180), y: 24 + i * 30, 'font-size': 13, fill: '#1d1d24' }, String(v));
  });
  return svg;
}

export async function waitlist(main) {
  try {
    const w = (await call('GET', '/v1/waitlist')).filter(x => x.status === 'waiting' && x.branch === ctx.branch.id);
    fill(main, el('h2', {}, t('waitlistTitle')), w.length ? el('table', {},
      el('thead', {}, el('tr', {}, [t('customer'), t('service'), t('days'), t('staffMember'), t('flexibility')].map(x => el('th', {}, x)))),
      el('tbody', {}, w.map(x => el('tr', { 'data-entry': x.id }, el('td', {}, x.customer.name), el('td', {}, (ctx.services.find(s => s.id === x.service) || { name: x.service }).name),
        el('td', {}, `${longDate(x.firstDay)} – ${longDate(x.lastDay)}`), el('td', {}, x.staff ? (ctx.allStaff.find(s => s.id === x.staff) || { name: x.staff }).name : '–'),
        el('td', { class: 'flex' }, [x.anyStaff ? t('anyStaff') : null, x.compatibleService ? t('compatibleService') : null].filter(Boolean).join(', ') || '–'))))) : el('p', {}, t('noWaiting')));
  } catch (e) { fill(main, problem(e)); }
}

export async function catalogue(main, notice) {
  let services, holidays;
  try { [services, holidays] = await Promise.all([call('GET', '/v1/services'), call('GET', '/v1/holidays')]); } catch (e) { fill(main, problem(e)); return; }
  ctx.services = services;
  const editor = el('section', { id: 'editor' });
  // Without manage_catalogue the catalogue is shown to read: no edit buttons, no forms.
  const edits = may('manage_catalogue');
  const editButton = (label, onclick) => (edits ? el('button', { type: 'button', class: 'link', 'aria-label': `${t('edit')}: ${label}`, onclick }, t('edit')) : null);
  fill(main, el('h2', {}, t('tab_catalogue')), notice ? el('p', { class: 'success', role: 'status' }, notice) : null,
    el('div', { class: 'cols2' }, el('section', {}, el('h3', {}, t('services')), el('table', {}, el('tbody', {}, services.map(s => el('tr', {},
      el('td', {}, s.name), el('td', {}, `${s.durationMinutes} ${t('minutes')}`),
      el('td', {}, editButton(s.name, () => serviceForm(editor, s))))))),
    edits ? el('button', { type: 'button', class: 'secondary', onclick: () => serviceForm(editor, null) }, t('newService')) : null), editor),
    branchSection(async note => { await reloadStaff(); branchSwitch(); catalogue(main, note); }),
    el('section', {}, el('h3', {}, t('holidays')), el('ul', {}, holidays.map(x => el('li', {}, `${x.name}: ${longDate(x.firstDay)} – ${longDate(x.lastDay)}`))),
      edits ? holidayForm(main) : null),
    el('section', {}, el('h3', {}, t('staffHours')), el('table', {}, el('tbody', {}, ctx.staff.map(s => el('tr', {}, el('td', {}, s.name),
      el('td', {}, Object.entries(s.workingHours).map(([d, w]) => `${t('day_' + d).slice(0, 2)} ${w.join(', ')}`).join(' · ')),
      el('td', {}, editButton(s.name, () => staffForm(editor, s))))))),
    edits ? [el('button', { type: 'button', class: 'secondary', onclick: () => staffForm(editor, null) }, t('newStaff')),
      el('button', { type: 'button', class: 'secondary', onclick: () => branchForm(editor) }, t('openingHours'))] : null));
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Seven text fields, one per weekday, each with windows like "09:00-13:00, 14:00-18:00" (empty: none). */
function weeklyFields(prefix, weekly) {
  return el('fieldset', {}, el('legend', {}, t(prefix + 'Legend')), DAYS.map(d => el('div', { class: 'row' },
    el('label', { for: `${prefix}-${d}` }, t('day_' + d)), el('input', { id: `${prefix}-${d}`, value: (weekly[d] || []).join(', '), placeholder: '09:00-18:00' }))));
}

function readWeekly(form, prefix) {
  const out = {};
  for (const d of DAYS) {
    const v = form.querySelector(`#${prefix}-${d}`).value.split(',').map(x => x.trim()).filter(Boolean);
    if (v.length) out[d] = v;
  }
  return out;
}

async function save(box, method, path, body, out) {
  try { await call(method, path, body); await reloadStaff(); catalogue(box.closest('main'), t('saved')); } catch (err) { fill(out, problem(err)); }
}

async function reloadStaff() {
  const [staff, branches] = await Promise.all([call('GET', '/v1/staff'), call('GET', '/v1/branches')]);
  ctx.branches = branches;
  ctx.branch = branches.find(b => b.id === ctx.branch.id) || branches[0];
  ctx.allStaff = staff;
  ctx.staff = branchStaff(staff);
}

function staffForm(box, existing) {
  const s = existing || { id: '', name: '', branch: ctx.branch.id, aliases: [], services: [], timeOff: [], active: true, breaks: {},
    workingHours: Object.fromEntries(DAYS.slice(0, 5).map(d => [d, ['09:00-18:00']])) };
  const out = el('div', { 'aria-live': 'polite' });
  const timeOff = s.timeOff.map(x => ({ ...x }));
  const list = el('ul');
  const draw = () => fill(list, ...timeOff.map((x, i) => el('li', {}, `${longDate(dateOf(x.start))} ${timeOf(x.start)} – ${longDate(dateOf(x.end))} ${timeOf(x.end)} ${x.reason}`, ' ',
    el('button', { type: 'button', class: 'link', onclick: () => { timeOff.splice(i, 1); draw(); } }, t('remove')))));
  draw();
  const input = (id, type) => el('div', { class: 'field' }, el('label', { for: id }, t(id)), el('input', { id, type }));
  const form = el('form', { onsubmit: e => {
    e.preventDefault();
    const services = ctx.services.filter(x => form.querySelector(`#offers-${x.id}`).checked).map(x => x.id);
    const id = form.querySelector('#p-id').value.trim();
    save(box, 'PUT', '/v1/staff/' + encodeURIComponent(id), { ...s, id, name: form.querySelector('#p-name').value.trim(), services, workingHours: readWeekly(form, 'work'), breaks: readWeekly(form, 'breaks'),
      timeOff: timeOff.map(x => ({ start: x.start.slice(0, 16), end: x.end.slice(0, 16), reason: x.reason })) }, out);
  } }, el('div', { class: 'field' }, el('label', { for: 'p-id' }, t('id')), el('input', { id: 'p-id', value: s.id, required: true, readonly: Boolean(existing) })),
  el('div', { class: 'field' }, el('label', { for: 'p-name' }, t('name')), el('input', { id: 'p-name', value: s.name, required: true })),
  el('fieldset', {}, el('legend', {}, t('services')), ctx.services.map(x => el('div', {},
    el('input', { type: 'checkbox', id: `offers-${x.id}`, checked: s.services.includes(x.id) }), ' ', el('label', { for: `offers-${x.id}` }, x.name)))),
  weeklyFields('work', s.workingHours), weeklyFields('breaks', s.breaks),
  el('h4', {}, t('timeOff')), list, input('offStart', 'datetime-local'), input('offEnd', 'datetime-local'), input('offReason', 'text'),
  el('button', { type: 'button', class: 'link', onclick: () => {
    const v = id => form.querySelector('#' + id).value;
    if (v('offStart') && v('offEnd')) { timeOff.push({ start: v('offStart'), end: v('offEnd'), reason: v('offReason') }); draw(); }
  } }, t('addTimeOff')), out, el('button', { type: 'submit', class: 'primary' }, t('save')));
  fill(box, el('h3', {}, existing ? s.name : t('newStaff')), form);
  form.querySelector('input:not([readonly])').focus();
}

function branchForm(box) {
  const b = ctx.branch;
  const out = el('div', { 'aria-live': 'polite' });
  const overrides = b.openingHours.overrides.map(x => ({ ...x }));
  const list = el('ul');
  const draw = () => fill(list, ...overrides.map((x, i) => el('li', {}, `${longDate(x.date)}: ${x.windows.join(', ') || t('closed')} ${x.note}`, ' ',
    el('button', { type: 'button', class: 'link', onclick: () => { overrides.splice(i, 1); draw(); } }, t('remove')))));
  draw();
  const input = (id, type) => el('div', { class: 'field' }, el('label', { for: id }, t(id)), el('input', { id, type }));
  const form = el('form', { onsubmit: e => {
    e.preventDefault();
    save(box, 'PUT', '/v1/branches/' + encodeURIComponent(b.id), { ...b, openingHours: { weekly: readWeekly(form, 'open'), overrides } }, out);
  } }, weeklyFields('open', b.openingHours.weekly), el('h4', {}, t('overrides')), list,
  input('ovDate', 'date'), input('ovWindows', 'text'), input('ovNote', 'text'),
  el('button', { type: 'button', class: 'link', onclick: () => {
    const v = id => form.querySelector('#' + id).value.trim();
    if (v('ovDate')) { overrides.push({ date: v('ovDate'), windows: v('ovWindows').split(',').map(x => x.trim()).filter(Boolean), note: v('ovNote') }); draw(); }
  } }, t('addOverride')), out, el('button', { type: 'submit', class: 'primary' }, t('save')));
  fill(box, el('h3', {}, `${t('openingHours')}: ${b.name}`), form);
  form.querySelector('input').focus();
}

function holidayForm(main) {
  const input = (id, type) => el('div', { class: 'field' }, el('label', { for: id }, t(id.slice(2))), el('input', { id, type, required: true }));
  const out = el('div');
  const form = el('form', { onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value;
    try {
      await call('POST', '/v1/holidays', { id: 'h-' + randomId().slice(0, 8), name: v('h-name'), type: 'company_holiday', firstDay: v('h-firstDay'), lastDay: v('h-lastDay') || v('h-firstDay') }, { 'Idempotency-Key': randomId() });
      catalogue(main, t('saved'));
    } catch (err) { fill(out, problem(err)); }
  } }, input('h-name', 'text'), input('h-firstDay', 'date'), input('h-lastDay', 'date'), out,
  el('button', { type: 'submit', class: 'secondary' }, t('addHoliday')));
  return form;
}

function serviceForm(box, s) {
  const svc = s ? structuredClone(s) : { id: '', name: '', durationMinutes: 30, price: { minorUnits: 0, currency: 'EUR' }, active: true };
  let steps = svc.composite ? svc.composite.steps.map(x => ({ ...x })) : [];
  const out = el('div', { 'aria-live': 'polite' });
  const rows = el('div', { class: 'rows' });
  const drawRows = () => fill(rows, ...steps.map((st, i) => el('div', { class: 'row' },
    el('span', {}, `${i + 1}. ${t(st.type)}`),
    st.type === 'work' ? el('label', {}, t('name'), ' ', el('input', { value: st.name, 'aria-label': `${t('name')} ${i + 1}`, onchange: e => { st.name = e.target.value; st.key = st.key || e.target.value.toLowerCase().replace(/[^a-z0-9]+/g, '-'); } })) : null,
    el('label', {}, t('minutes'), ' ', el('input', { type: 'number', min: 1, value: st.minutes, 'aria-label': `${t('minutes')} ${i + 1}`, onchange: e => { st.minutes = Number(e.target.value); } })),
    el('button', { type: 'button', class: 'link', 'aria-label': `${t('remove')} ${i + 1}`, onclick: () => { steps.splice(i, 1); drawRows(); } }, t('remove')))));
  drawRows();
  const policy = el('select', { id: 's-policy' }, ['free', 'blocked', 'flexible', 'never'].map(p => el('option', { value: p, selected: svc.composite?.pausePolicy === p }, p)));
  const form = el('form', { onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value.trim();
    const body = { ...svc, id: v('s-id'), name: v('s-name'), durationMinutes: Number(v('s-minutes')),
      price: { minorUnits: Math.round(Number(v('s-price').replace(',', '.')) * 100), currency: 'EUR' } };
    if (steps.length) body.composite = { pausePolicy: policy.value, steps: steps.map(x => x.type === 'work' ? { type: 'work', key: x.key || x.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: x.name, minutes: x.minutes, qualifiedStaff: x.qualifiedStaff || [] } : { type: 'pause', minutes: x.minutes }) };
    else delete body.composite;
    try { await call('PUT', '/v1/services/' + encodeURIComponent(body.id), body); catalogue(box.closest('main'), t('saved')); } catch (err) { fill(out, problem(err)); }
  } },
  el('div', { class: 'field' }, el('label', { for: 's-id' }, t('id')), el('input', { id: 's-id', value: svc.id, required: true, readonly: Boolean(s) })),
  el('div', { class: 'field' }, el('label', { for: 's-name' }, t('name')), el('input', { id: 's-name', value: svc.name, required: true })),
  el('div', { class: 'field' }, el('label', { for: 's-minutes' }, t('minutes')), el('input', { id: 's-minutes', type: 'number', min: 1, value: svc.durationMinutes })),
  el('div', { class: 'field' }, el('label', { for: 's-price' }, t('priceEuro')), el('input', { id: 's-price', inputmode: 'decimal', value: (svc.price.minorUnits / 100).toFixed(2).replace('.', ',') })),
  el('h4', {}, t('steps')), rows,
  el('button', { type: 'button', class: 'link', onclick: () => { steps.push({ type: 'work', name: '', key: '', minutes: 30 }); drawRows(); } }, t('addWork')),
  el('button', { type: 'button', class: 'link', onclick: () => { steps.push({ type: 'pause', minutes: 15 }); drawRows(); } }, t('addPause')),
  el('div', { class: 'field' }, el('label', { for: 's-policy' }, t('pausePolicy')), policy),
  el('ul', { class: 'hint' }, ['free', 'blocked', 'flexible', 'never'].map(p => el('li', {}, t('explain_' + p)))),
  out, el('button', { type: 'submit', class: 'primary' }, t('save')));
  fill(box, el('h3', {}, s ? s.name : t('newService')), form);
  form.querySelector('input:not([readonly])').focus();
}
