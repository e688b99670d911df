// The waitlist offer page (/book/{tenant}/offer/{code}), opened from the link in the offer message: the freed time
// held for the waiting customer with the time left; "Termin bestätigen" books it, "Nein danke" passes it on to the
// next waiting customer. The code in the address is the only credential; the page needs no key and no cookies.
import { api, ApiError, dateOf, el, fill, longDate, now, setLang, t, texts, timeOf } from './common.js';

texts({
  de: {
    title: 'Termin frei geworden', offer: 'Ein Termin ist für Sie frei geworden',
    intro: 'Hallo {name}, dieser Termin wird für Sie freigehalten.',
    what: 'Was', when: 'Wann', who: 'Bei wem', where: 'Wo', until: '{from} – {to} Uhr',
    heldUntil: 'Für Sie reserviert bis {date}, {time} Uhr', left: 'noch {h} Std. {min} Min.',
    leftShort: 'noch {min}:{sec} Min.',
    confirm: 'Termin bestätigen', decline: 'Nein danke', done: 'Ihr Termin ist gebucht',
    manage: 'Termin ansehen, verschieben oder absagen',
    declined: 'Danke für Ihre Antwort. Wir geben den Termin weiter; Sie bleiben auf der Warteliste.',
    unknown: 'Dieser Link ist nicht gültig.', used: 'Dieses Angebot wurde bereits angenommen.',
    wasDeclined: 'Sie haben dieses Angebot abgelehnt.', expired: 'Dieses Angebot ist abgelaufen.',
    closedText: 'Der Termin wird nicht mehr für Sie freigehalten.',
    usedText: 'Die Bestätigung haben Sie per E-Mail erhalten.',
    book: 'Anderen Termin buchen', bookElsewhere: 'Einen anderen Termin können Sie auf der Buchungsseite Ihres Salons buchen.',
  },
  en: {
    title: 'A time has become free', offer: 'A time has become free for you',
    intro: 'Hello {name}, this time is being held for you.',
    what: 'What', when: 'When', who: 'With', where: 'Where', until: '{from} – {to}',
    heldUntil: 'Reserved for you until {date}, {time}', left: '{h} h {min} min left',
    leftShort: '{min}:{sec} min left',
    confirm: 'Confirm appointment', decline: 'No, thank you', done: 'Your appointment is booked',
    manage: 'View, move or cancel the appointment',
    declined: 'Thank you for letting us know. We will offer the time to someone else; you stay on the waiting list.',
    unknown: 'This link is not valid.', used: 'This offer has already been accepted.',
    wasDeclined: 'You declined this offer.', expired: 'This offer has expired.',
    closedText: 'The time is no longer being held for you.',
    usedText: 'You have received the confirmation by e-mail.',
    book: 'Book another time', bookElsewhere: 'You can book another time on your salon\u2019s booking page.',
  },
});

const params = new URLSearchParams(location.search);
const path = location.pathname.split('/');
const tenant = decodeURIComponent(path[2] || '');
const code = decodeURIComponent(path[4] || '');
const link = `/v1/waitlist-offers/${encodeURIComponent(tenant)}/${encodeURIComponent(code)}`;
const main = document.getElementById('main');
let timer = null;
let view = () => {};

/** The salon's colour: from this address, else from the booking page the customer joined from. */
function colour(bookingPage) {
  const fromPage = typeof bookingPage === 'string' && bookingPage.includes('?')
    ? new URLSearchParams(bookingPage.slice(bookingPage.indexOf('?') + 1)).get('color') : null;
  const c = params.get('color') || fromPage || '';
  if (/^#[0-9a-fA-F]{3,8}$/.test(c)) document.documentElement.style.setProperty('--brand', c);
}
colour(null);
setLang(params.get('lang') === 'en' ? 'en' : 'de');
document.getElementById('lang').addEventListener('click', () => { setLang(t('langCode')); view(); });

function show(...children) {
  clearInterval(timer);
  fill(main, ...children);
  document.getElementById('lang').textContent = t('lang');
  document.getElementById('lang').lang = t('langCode');
  document.title = t('title');
  document.getElementById('step')?.focus();
}
const heading = (text, cls) => el('h2', { tabindex: '-1', id: 'step', class: cls }, text);
const error = e => el('p', { class: 'alert', role: 'alert' }, e instanceof ApiError ? e.message : String(e));
/** Only a path on this server is followed: the server stores nothing else, and the page checks again. */
const bookingLink = page => (typeof page === 'string' && /^\/book\/[^/]/.test(page)
  ? el('a', { class: 'button secondary', href: page }, t('book')) : el('p', { class: 'muted' }, t('bookElsewhere')));

function summary(o) {
  return el('dl', { class: 'summary' },
    el('dt', {}, t('what')), el('dd', {}, o.serviceName || o.service),
    el('dt', {}, t('when')), el('dd', {}, `${longDate(dateOf(o.start))}, ${t('until', { from: timeOf(o.start), to: timeOf(o.end) })}`),
    el('dt', {}, t('who')), el('dd', {}, o.staffName || o.staff),
    el('dt', {}, t('where')), el('dd', {}, o.branchName || ''));
}

function remaining(o) {
  const left = Math.max(0, Math.floor((Date.parse(o.expiresAtUtc) - now().getTime()) / 1000));
  const h = Math.floor(left / 3600);
  const min = Math.floor((left % 3600) / 60);
  return { left, text: h > 0 ? t('left', { h, min }) : t('leftShort', { min, sec: String(left % 60).padStart(2, '0') }) };
}

function open(o) {
  view = () => open(o);
  colour(o.bookingPage);
  if (o.salon) document.getElementById('salon').textContent = o.salon;
  const box = el('p', { class: 'held', role: 'timer', 'aria-live': 'off' });
  const tick = () => {
    const r = remaining(o);
    box.textContent = `${t('heldUntil', { date: longDate(dateOf(o.expiresAt)), time: timeOf(o.expiresAt) })} · ${r.text}`;
    if (r.left === 0) closed({ reason: 'expired', bookingPage: o.bookingPage });
  };
  const act = async what => {
    main.querySelectorAll('.actions button').forEach(b => { b.disabled = true; });
    try {
      const answer = await api(null, 'POST', `${link}/${what}`);
      if (what === 'confirm') booked(answer); else declined(answer);
    } catch (e) {
      if (e.status === 404 || e.status === 410) closed(problem(e));
      else { main.querySelectorAll('.actions button').forEach(b => { b.disabled = false; }); main.append(error(e)); }
    }
  };
  show(heading(t('offer')), el('p', {}, t('intro', { name: o.customerName || '' })), summary(o), box,
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', onclick: () => act('confirm') }, t('confirm')),
      el('button', { type: 'button', class: 'secondary', onclick: () => act('decline') }, t('decline'))));
  tick();
  timer = setInterval(tick, 1000);
}

function booked(a) {
  view = () => booked(a);
  show(heading('✓ ' + t('done'), 'success'), summary(a),
    a.managePage ? el('a', { class: 'button secondary', href: a.managePage }, t('manage')) : null);
}

function declined(answer) {
  view = () => declined(answer);
  show(heading(t('wasDeclined')), el('p', { class: 'success', role: 'status' }, t('declined')),
    bookingLink(answer.bookingPage));
}

/** What a refusal says: unknown link, or the offer taken, declined or lapsed (with the way back to booking). */
function problem(e) {
  const d = (e.problem && e.problem.details) || {};
  return { reason: e.status === 404 ? 'unknown' : d.reason || 'expired', bookingPage: d.bookingPage };
}

function closed(p) {
  view = () => closed(p);
  colour(p.bookingPage);
  const title = { unknown: t('unknown'), used: t('used'), declined: t('wasDeclined') }[p.reason] || t('expired');
  show(heading(title), el('p', { class: 'alert', role: 'alert' }, p.reason === 'used' ? t('usedText') : t('closedText')),
    bookingLink(p.bookingPage));
}

async function start() {
  try { open(await api(null, 'GET', link)); } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 410)) closed(problem(e));
    else { view = start; show(heading(t('title')), error(e)); }
  }
}
start();
