// The desk's helpers on the timeline and in the booking form: holds drawn as hatched blocks with their expiry, and the
// customer found by the phone number typed in (name, e-mail, previous appointments, no-shows).
import { el, fill, longDate, dateOf, timeOf, minutesOf, t } from './common.js';
import { call, ctx, problem } from './console.js';

/** The texts of this module; the console merges them into its own. */
export const deskTexts = {
  de: {
    branch: 'Filiale', checkAt: 'Prüfen: {staff}, {date}, {time}', holdLabel: 'reserviert · läuft ab {time}', holdFor: '{service}, {from}–{to}',
    known: 'Bekannte Kundin / bekannter Kunde', noShowCount: '{n} × nicht erschienen', noNoShows: 'Bisher immer erschienen.',
    appointmentCount: '{n} Termine bisher', lastVisits: 'Letzte Termine', useCustomer: 'Name und E-Mail übernehmen',
    unknownPhone: 'Mit dieser Nummer gibt es noch keinen Termin.', lookupHint: 'Bei bekannter Nummer erscheinen hier die bisherigen Termine.',
  },
  en: {
    branch: 'Branch', checkAt: 'Check: {staff}, {date}, {time}', holdLabel: 'held · expires {time}', holdFor: '{service}, {from}–{to}',
    known: 'Known customer', noShowCount: '{n} × no-show', noNoShows: 'Always came so far.',
    appointmentCount: '{n} appointments so far', lastVisits: 'Latest appointments', useCustomer: 'Use name and e-mail',
    unknownPhone: 'No appointment with this number yet.', lookupHint: 'For a known number the previous appointments appear here.',
  },
};

const serviceName = id => (ctx.services.find(x => x.id === id) || { name: id }).name;
const staffName = id => (ctx.staff.find(x => x.id === id) || { name: id }).name;

/**
 * The hatched blocks of {@code holds} in one column: a hold of a service with pauses is drawn per phase, like an
 * appointment. They are not buttons: the cell below still opens "book here" and "why not bookable?".
 */
export function holdBlocks(holds, col, y, px) {
  const blocks = [];
  for (const h of holds) {
    const parts = h.segments.length ? h.segments : [{ start: h.start, end: h.end, staff: h.staff }];
    for (const s of parts) {
      if (s.staff !== col.staff.id || dateOf(s.start) !== col.date) continue;
      const b = el('div', { class: 'hold', 'data-hold': h.staff + '@' + h.start },
        el('strong', {}, t('holdLabel', { time: timeOf(h.expiresAt) })),
        t('holdFor', { service: serviceName(h.service), from: timeOf(s.start), to: timeOf(s.end) }));
      b.style.top = y(minutesOf(s.start));
      b.style.height = Math.max(14, (minutesOf(s.end) - minutesOf(s.start)) * px - 2) + 'px';
      blocks.push(b);
    }
  }
  return blocks;
}

/**
 * A live region under the phone field that shows the customer with the number typed in, looked up after a short
 * pause in typing; "use" fills in name and e-mail. Only for roles that may read contact details.
 */
export function customerLookup(phone, nameField, emailField) {
  const box = el('div', { class: 'known', id: 'b-known', 'aria-live': 'polite' }, el('p', { class: 'hint' }, t('lookupHint')));
  let timer = null;
  let asked = 0;
  phone.addEventListener('input', () => {
    clearTimeout(timer);
    const digits = phone.value.replace(/\D/g, '');
    if (digits.length < 7) { fill(box, el('p', { class: 'hint' }, t('lookupHint'))); return; }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const found = await call('GET', '/v1/customers/lookup?' + new URLSearchParams({ phone: phone.value.trim() }));
        if (mine === asked) fill(box, shown(found, nameField, emailField));
      } catch (e) {
        if (mine !== asked) return;
        fill(box, e.status === 404 ? el('p', { class: 'hint' }, t('unknownPhone'))
          : e.status === 400 ? el('p', { class: 'hint' }, t('lookupHint')) : problem(e));
      }
    }, 350);
  });
  return box;
}

function shown(found, nameField, emailField) {
  const c = found.customer;
  return [
    el('h3', {}, t('known')),
    el('p', {}, el('strong', {}, c.name), c.email ? ' · ' + c.email : ''),
    el('p', { class: found.noShows ? 'alert' : 'muted' }, found.noShows ? t('noShowCount', { n: found.noShows }) : t('noNoShows'),
      ' · ', t('appointmentCount', { n: found.appointmentCount })),
    el('h4', {}, t('lastVisits')),
    el('ul', { class: 'history' }, found.appointments.slice(0, 5).map(a => el('li', {},
      `${longDate(dateOf(a.start))}, ${timeOf(a.start)} · ${serviceName(a.service)} · ${staffName(a.staff)} · ${t('status_' + a.status)}`))),
    el('button', { type: 'button', class: 'secondary', onclick: () => {
      nameField.value = c.name;
      if (c.email) emailField.value = c.email;
      nameField.focus();
    } }, t('useCustomer')),
  ];
}
